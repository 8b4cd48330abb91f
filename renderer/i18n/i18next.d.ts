import type { Messages } from '../../shared/i18n/languages';

// Translation keys are typed from ru.json: `t('no.such.key')` does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
