import css from '../../resources/templates/base.css?raw';
import receiptRu from '../../resources/templates/receipt.ru.html?raw';
import receiptKk from '../../resources/templates/receipt.kk.html?raw';
import intakeRefusalRu from '../../resources/templates/intake-refusal.ru.html?raw';
import intakeRefusalKk from '../../resources/templates/intake-refusal.kk.html?raw';
import resultRu from '../../resources/templates/result.ru.html?raw';
import resultKk from '../../resources/templates/result.kk.html?raw';
import type { Lang } from '../../shared/regulations/types';

/** The bundled print templates, one per language (resources/templates). */
export const templates = {
  receipt: { ru: receiptRu, kk: receiptKk },
  intakeRefusal: { ru: intakeRefusalRu, kk: intakeRefusalKk },
  result: { ru: resultRu, kk: resultKk },
} as const satisfies Record<string, Record<Lang, string>>;

export type TemplateName = keyof typeof templates;
export const templateCss = css;
