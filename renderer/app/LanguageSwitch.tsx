import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useTranslation } from 'react-i18next';
import { isLang, LANGS, messages } from '../../shared/i18n/languages';
import type { Lang } from '../../shared/regulations/types';

/** RU ⇄ KK: instant, and remembered by the caller. Each button is labelled in its own language. */
export function LanguageSwitch({ value, onChange }: { value: Lang; onChange: (lang: Lang) => void }) {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      aria-label={t('app.switchLanguage')}
      onChange={(_event, next: unknown) => {
        if (isLang(next)) onChange(next);
      }}
      // The unselected language in full text colour: MUI's default grey falls under 4.5:1 on the hover tint.
      sx={{ bgcolor: 'background.paper', '& .MuiToggleButton-root:not(.Mui-selected)': { color: 'text.primary' } }}
    >
      {LANGS.map((lang) => (
        <ToggleButton key={lang} value={lang} lang={lang} aria-label={messages[lang].app.languageName} data-testid={`lang-${lang}`}>
          {messages[lang].app.languageName}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
