import { Controller, type Control } from 'react-hook-form';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { FactField } from '../../../shared/regulations/types';
import { IsoDateField } from '../../components/IsoDateField';
import { INVALID_DATE } from '../../components/isoDate';
import { useLang } from '../../i18n/useLang';
import type { IntakeDraft } from './intakeDraft';

/** The questions an act's intake rules need (seed 001: area, kinship, dates of crossing…), rendered from data. */
export function FactsFields({ fields, control }: { fields: readonly FactField[]; control: Control<IntakeDraft> }) {
  const { t, text } = useLang();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      {fields.map((field) => (
        <Controller
          key={field.id}
          control={control}
          name={`facts.${field.id}`}
          rules={field.type === 'date' ? { validate: (value) => value !== INVALID_DATE || t('datePicker.invalid') } : undefined}
          render={({ field: input }) => {
            const label = text(field.label);
            switch (field.type) {
              case 'boolean':
                return <FormControlLabel control={<Checkbox checked={input.value === true} onChange={(e) => input.onChange(e.target.checked)} />} label={label} />;
              case 'number':
                return (
                  <TextField
                    type="number"
                    label={field.unit ? `${label}, ${text(field.unit)}` : label}
                    value={input.value ?? ''}
                    onChange={(e) => input.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
                    slotProps={{ htmlInput: { min: field.min ?? 0, step: 'any' } }}
                  />
                );
              case 'date':
                // An impossible typed date stays in the form as INVALID_DATE (the field says why; intakeDraft drops it).
                return (
                  <IsoDateField
                    label={label}
                    name={input.name}
                    inputRef={input.ref}
                    value={typeof input.value === 'string' ? input.value : ''}
                    onChange={(value) => input.onChange(value || undefined)}
                    onBlur={input.onBlur}
                  />
                );
              case 'select':
                return (
                  <TextField select label={label} value={input.value ?? ''} onChange={(e) => input.onChange(e.target.value || undefined)}>
                    {field.options.map((o) => (
                      <MenuItem key={o.id} value={o.id} sx={{ whiteSpace: 'normal' }}>
                        {text(o.label)}
                      </MenuItem>
                    ))}
                  </TextField>
                );
              case 'text':
                return <TextField label={label} value={input.value ?? ''} onChange={(e) => input.onChange(e.target.value)} />;
            }
          }}
        />
      ))}
    </Box>
  );
}
