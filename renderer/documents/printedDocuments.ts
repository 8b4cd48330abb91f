import { localDateOf } from '../../shared/calendar';
import { fillTemplate, listItems, tableRows } from '../../shared/documents/fillTemplate';
import { messages } from '../../shared/i18n/languages';
import type { Lang, LocalizedText, ServiceVersion } from '../../shared/regulations/types';
import { documentName } from '../../shared/workflow/checks';
import type { CaseState } from '../../shared/workflow';
import { formatIsoDate } from '../i18n/useLang';
import { templateCss, templates } from './templates';

export type PrintContext = {
  readonly lang: Lang;
  readonly officeName: LocalizedText;
  readonly workerName: string;
  readonly headName?: string;
  /** Local date the service is due (the receipt's "date of receiving the service"). */
  readonly dueDate?: string;
};

/** The Almaty calendar day of an instant, as documents write it (an 08:30 registration is not "yesterday" in UTC). */
const localTime = (instant: string) => formatIsoDate(localDateOf(instant));

/** Names of the documents a case presented or lacks, in the language of the print-out. */
function docName(service: ServiceVersion, id: string, lang: Lang): string {
  return documentName(service, id)?.[lang] ?? id;
}

function common(state: CaseState, ctx: PrintContext) {
  const { service, context } = state;
  const m = messages[ctx.lang];
  const applicant = context.applicant;
  const idLine = applicant?.iin ? `, ${m.intake.iin} ${applicant.iin}` : applicant?.passport ? `, ${m.intake.passport} ${applicant.passport}` : '';
  return {
    css: templateCss,
    officeName: ctx.officeName[ctx.lang],
    serviceName: service.name[ctx.lang],
    number: context.number ?? '',
    applicantName: applicant?.fullName ?? '',
    applicantIdLine: idLine,
    registeredAt: context.registeredAt ? localTime(context.registeredAt) : '',
    registeredOn: context.registeredAt ? localTime(context.registeredAt) : '',
    channel: context.channel ? m.channel[context.channel] : '',
    workerName: ctx.workerName,
    actRef: `${service.act.issuer[ctx.lang]}, № ${service.act.number} (${formatIsoDate(service.act.date)})`,
    documentsList: listItems(context.documents.map((d) => `${docName(service, d.id, ctx.lang)} — ${m.intake[`form_${d.form}`]}`)),
  };
}

/** The receipt (расписка) for a registered package: registration date, due date, the receiving worker (002 R1 п.11). */
export function receiptHtml(state: CaseState, ctx: PrintContext): string {
  return fillTemplate(templates.receipt[ctx.lang], { ...common(state, ctx), dueDate: ctx.dueDate ? formatIsoDate(ctx.dueDate) : '—' });
}

/** The receipt of refusal to accept an incomplete package, listing what is missing. */
export function intakeRefusalHtml(state: CaseState, ctx: PrintContext): string {
  const missing = state.context.missing.map((id) => docName(state.service, id, ctx.lang));
  return fillTemplate(templates.intakeRefusal[ctx.lang], { ...common(state, ctx), missingList: listItems(missing) });
}

/** The result document or the motivated refusal letter, from the regulation's own result names. */
export function resultHtml(state: CaseState, ctx: PrintContext & { outgoingNumber: string; issuedOn: string }): string {
  const { service, context } = state;
  const m = messages[ctx.lang];
  const refused = context.outcome === 'refused';
  const result = service.results.find((r) => r.on === (refused ? 'refusal' : 'grant'));
  const ground = refused ? service.refusalGrounds.find((g) => g.id === context.refusal?.groundId) : undefined;
  const extra: [string, string][] = [];
  if (ground) extra.push([m.document.ground, ground.text[ctx.lang]]);
  if (context.variant) {
    const variant = service.variants?.find((v) => v.id === context.variant);
    if (variant) extra.push([m.intake.variant, variant.name[ctx.lang]]);
  }
  if (context.conclusion) extra.push([m.document.conclusion, context.conclusion.text]);
  const resultName = result?.name[ctx.lang] ?? (refused ? m.document.refusalTitle : m.document.resultTitle);
  return fillTemplate(templates.result[ctx.lang], {
    ...common(state, ctx),
    resultName,
    resultTitle: resultName.toLocaleUpperCase(ctx.lang === 'kk' ? 'kk' : 'ru'),
    outgoingNumber: ctx.outgoingNumber,
    issuedOn: formatIsoDate(ctx.issuedOn),
    decisionText: refused ? m.document.refused : m.document.granted,
    extraRows: tableRows(extra),
    body: refused ? (context.refusal?.motivation ?? '') : m.document.grantedBody,
    headName: ctx.headName ?? '',
  });
}
