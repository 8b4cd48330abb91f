import { categoryDocumentIds, missingDocuments } from '../../../shared/workflow/checks';
import type { CaseEventOf } from '../../../shared/workflow/events';
import { INVALID_DATE, isIsoDate } from '../../components/isoDate';
import type { Channel, DocumentForm, LocalizedText, ServiceVersion } from '../../../shared/regulations/types';

/** What the intake form holds: plain values, turned into a journal action by `toRegistration` / `toIntakeRefusal`. */
export type IntakeDraft = {
  channel: Channel;
  variant: string;
  category: string;
  applicantKind: 'citizen' | 'foreigner' | 'stateless' | 'legal_entity';
  iin: string;
  passport: string;
  citizenship: string;
  fullName: string;
  birthDate: string;
  phone: string;
  address: string;
  hasRepresentative: boolean;
  representativeName: string;
  powerOfAttorney: string;
  /** Document id → how it was presented, or '' when not presented. */
  documents: Record<string, DocumentForm | ''>;
  consent: boolean;
  facts: Record<string, string | number | boolean>;
};

export type IntakeCheckItem = { readonly id: string; readonly name: LocalizedText; readonly required: boolean; readonly condition?: LocalizedText; readonly defaultForm: DocumentForm };

export function emptyDraft(service: ServiceVersion | null): IntakeDraft {
  return {
    channel: service?.channels.includes('office') ? 'office' : service?.channels[0] ?? 'office',
    variant: service?.variants?.[0]?.id ?? '',
    category: '',
    applicantKind: service?.applicantKinds[0] ?? 'citizen',
    iin: '',
    passport: '',
    citizenship: '',
    fullName: '',
    birthDate: '',
    phone: '',
    address: '',
    hasRepresentative: false,
    representativeName: '',
    powerOfAttorney: '',
    documents: {},
    consent: false,
    facts: {},
  };
}

/** The checklist the window works through: the service's documents for the variant, then the category's (seed 000). */
export function checklistFor(service: ServiceVersion, variant: string, category: string): readonly IntakeCheckItem[] {
  const items: IntakeCheckItem[] = service.documents.items
    .filter((d) => !d.variants || !variant || d.variants.includes(variant))
    .map((d) => ({ id: d.id, name: d.name, required: d.required, ...(d.condition ? { condition: d.condition } : {}), defaultForm: d.form }));
  const cat = service.categories?.find((c) => c.id === category);
  if (cat) {
    categoryDocumentIds(service, cat.id).forEach((id, index) => {
      const name = cat.documents[index];
      if (name) items.push({ id, name, required: true, defaultForm: 'original_for_check' });
    });
  }
  return items;
}

function presented(draft: IntakeDraft) {
  return Object.entries(draft.documents)
    .filter((entry): entry is [string, DocumentForm] => entry[1] !== '')
    .map(([id, form]) => ({ id, form }));
}

function applicantOf(draft: IntakeDraft): CaseEventOf<'case.register'>['applicant'] {
  return {
    kind: draft.applicantKind,
    fullName: draft.fullName.trim(),
    ...(draft.iin.trim() ? { iin: draft.iin.trim() } : {}),
    ...(draft.passport.trim() ? { passport: draft.passport.trim() } : {}),
    ...(draft.citizenship.trim() ? { citizenship: draft.citizenship.trim() } : {}),
    // A half-typed or impossible date (the form shows why) is never recorded.
    ...(isIsoDate(draft.birthDate) ? { birthDate: draft.birthDate } : {}),
    ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    ...(draft.address.trim() ? { address: draft.address.trim() } : {}),
  };
}

/** The act's questions as answered: a date typed wrong (INVALID_DATE) counts as not answered, so the engine asks again. */
function answeredFacts(facts: IntakeDraft['facts']): IntakeDraft['facts'] {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== INVALID_DATE && value !== undefined));
}

type Who = { actor: CaseEventOf<'case.register'>['actor']; at: string; number: string };

export function toRegistration(draft: IntakeDraft, who: Who): CaseEventOf<'case.register'> {
  return {
    type: 'case.register',
    ...who,
    channel: draft.channel,
    applicant: applicantOf(draft),
    ...(draft.hasRepresentative
      ? { representative: { fullName: draft.representativeName.trim(), powerOfAttorney: draft.powerOfAttorney.trim() } }
      : {}),
    documents: presented(draft),
    consent: draft.consent,
    ...(draft.variant ? { variant: draft.variant } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    facts: answeredFacts(draft.facts),
  };
}

export function toIntakeRefusal(service: ServiceVersion, draft: IntakeDraft, who: Who): CaseEventOf<'intake.refuse'> {
  const documents = presented(draft);
  const have = new Set(documents.map((d) => d.id));
  const missing = [
    ...missingDocuments(service, draft.variant || undefined, documents).map((d) => d.id),
    ...(draft.category ? categoryDocumentIds(service, draft.category).filter((id) => !have.has(id)) : []),
  ];
  return {
    type: 'intake.refuse',
    ...who,
    channel: draft.channel,
    applicant: applicantOf(draft),
    documents,
    missing,
    ...(draft.variant ? { variant: draft.variant } : {}),
    ...(draft.category ? { category: draft.category } : {}),
  };
}
