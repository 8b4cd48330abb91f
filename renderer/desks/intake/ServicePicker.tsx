import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { currentServices } from '../../../shared/regulations/catalogue';
import { matchesServiceName } from '../../../shared/regulations/matchesServiceName';
import type { ServiceVersion } from '../../../shared/regulations/types';
import { useLang } from '../../i18n/useLang';

/** Pick the service by typing part of its name in either language. */
export function ServicePicker({ value, onChange, autoFocus }: { value: ServiceVersion | null; onChange: (service: ServiceVersion | null) => void; autoFocus?: boolean }) {
  const { t, text } = useLang();
  return (
    <Autocomplete
      options={currentServices}
      value={value}
      onChange={(_event, next) => onChange(next)}
      getOptionLabel={(option) => text(option.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id && a.version === b.version}
      filterOptions={(options, state) => options.filter((o) => matchesServiceName(o, state.inputValue))}
      noOptionsText={t('intake.noService')}
      autoHighlight
      renderInput={(params) => (
        <TextField {...params} label={t('intake.service')} placeholder={t('intake.servicePlaceholder')} autoFocus={autoFocus} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'intake-service' } }} />
      )}
    />
  );
}
