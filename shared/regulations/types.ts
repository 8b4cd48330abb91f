/**
 * The shape every legal act in ../shared/seeds is turned into. Regulations are data: a component or a machine
 * never holds a term, a role, a document list or a step as a literal — it reads them from here.
 *
 * Citations (`source`) use the form `<seed> <where>`, e.g. `002 R1 п.7 пп.5` = seed 002, regulation (Регламент) 1,
 * point 7, sub-point 5; `003 3-т. 9)` for the Kazakh act; `001 п.4.2`; `000 кат.7`.
 */

/** The two UI languages. Every user-visible text carries both. */
export type Lang = 'ru' | 'kk';
export type LocalizedText = { readonly ru: string; readonly kk: string };

/** The units the acts measure terms in. Terms are values with units, never prose. */
export type TermUnit = 'working_days' | 'calendar_days' | 'minutes' | 'hours' | 'months';
export type Term = { readonly value: number; readonly unit: TermUnit };

/** The five stages every service passes through (ARCHITECTURE.md). `commission` only where the act has one. */
export const STAGES = ['intake', 'review', 'commission', 'decision', 'issue'] as const;
export type Stage = (typeof STAGES)[number];

/** Where an application may be lodged and the result collected. */
export const CHANNELS = ['office', 'con', 'portal'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Roles of the workstation (issue 5). An act names structural units in its own words ("специалист услугодателя",
 * "руководитель услугодателя", "канцелярия", "сотрудник миграционной полиции"…); each unit maps to one of these, and
 * the act's own name is kept next to it (`RoleAssignment.unit`).
 */
export const ROLES = [
  'operator', // window operator of the district office: accepts documents, registers, issues
  'con_worker', // worker of a ЦОН (public service centre)
  'specialist', // specialist of the provider (reviews, prepares the result)
  'responsible_specialist', // the specialist a head assigns as responsible executor
  'head', // head of the provider (district office / department / police unit) — signs, decides
  'commission_chair',
  'commission_member',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type RoleAssignment = {
  readonly role: Role;
  /** The structural unit exactly as the act names it, in both languages. */
  readonly unit: LocalizedText;
  readonly source: string;
};

/** What a step does, so the engine and the desks know how to treat it. */
export type StepKind =
  | 'accept' // accept and register the package (intake)
  | 'consent' // obtain written consent to use protected data
  | 'assign' // head assigns a responsible executor
  | 'check' // specialist checks documents / data
  | 'request' // request to another agency / state information system; the clock may pause for its answer
  | 'applicant_wait' // waiting for the applicant (missing documents); clock pauses where the act allows
  | 'inspect' // on-site inspection (e.g. district commission inspecting a family)
  | 'commission_sitting' // a commission sits and records its conclusion / recommendation / protocol
  | 'prepare' // prepare the draft result
  | 'sign' // head signs / approves the result (decision)
  | 'register_outgoing' // register in the outgoing-correspondence journal
  | 'issue' // hand the result over (to the applicant or to ЦОН)
  | 'transfer'; // send the package between units (ЦОН → office, office → department…)

export type Step = {
  /** Stable within its service version, kebab-case, e.g. `accept-documents`. Journals refer to it. */
  readonly id: string;
  readonly stage: Stage;
  readonly kind: StepKind;
  /** Who performs it in the workstation. */
  readonly actor: Role;
  /** The structural unit as the act names it (e.g. "ответственный исполнитель ОМП"). */
  readonly unit: LocalizedText;
  readonly action: LocalizedText;
  /** Term of this step, when the act gives one. */
  readonly term?: Term;
  /** What the step produces (a document, a record), when the act names it. */
  readonly output?: LocalizedText;
  /** The clock of the total term stops while this step waits (for the applicant or another agency). */
  readonly pausesClock?: boolean;
  /** Only for these variants (service 17); absent = all variants. */
  readonly variants?: readonly string[];
  /** Only for these channels; absent = all channels. */
  readonly channels?: readonly Channel[];
  readonly source: string;
};

export type Commission = {
  readonly id: string;
  readonly name: LocalizedText;
  /** Who sits on it, as the act says (e.g. "участковая комиссия, созданная акимом района"). */
  readonly composition?: LocalizedText;
  readonly term?: Term;
  /** The document the commission produces: акт обследования, заключение, протокол, рекомендация… */
  readonly output: LocalizedText;
  /** Further documents it may produce (e.g. the protocol when the applicant refuses the inspection). */
  readonly otherOutputs?: readonly LocalizedText[];
  /** The decision may not be taken before the conclusion is signed by the chair and members. */
  readonly signedConclusionRequired: boolean;
  /** The commission inspects the applicant's living conditions (акт обследования). */
  readonly inspection?: boolean;
  readonly source: string;
};

export type ResultKind =
  | 'notification'
  | 'certificate'
  | 'identity_card'
  | 'decision'
  | 'pass'
  | 'invitation'
  | 'registration_mark'
  | 'permit'
  | 'referral'
  | 'refusal_letter'
  | 'intake_refusal_receipt'
  | 'receipt';

export type ResultDocument = {
  readonly id: string;
  readonly kind: ResultKind;
  readonly name: LocalizedText;
  /** Issued when the application is granted, refused on the merits, or refused at intake. */
  readonly on: 'grant' | 'refusal' | 'intake_refusal' | 'intake';
  readonly source: string;
};

export type RefusalGround = {
  readonly id: string;
  /** `intake` = refusal to accept an incomplete package (with its receipt); `merits` = a motivated refusal. */
  readonly at: 'intake' | 'merits';
  readonly text: LocalizedText;
  readonly source: string;
};

/** How a document is presented. */
export type DocumentForm = 'original' | 'copy' | 'original_for_check' | 'notarized_copy' | 'state_system' | 'electronic';

export type RequiredDocument = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly form: DocumentForm;
  /** false = only in some cases (`condition` says when). */
  readonly required: boolean;
  readonly condition?: LocalizedText;
  readonly variants?: readonly string[];
  readonly source: string;
};

export type DocumentList = {
  /**
   * true where the act only refers to the Standard (e.g. "пунктом 9 Стандарта") and does not list the documents
   * itself: the list below is the office's working copy and the administrator may edit it.
   */
  readonly editable: boolean;
  readonly note?: LocalizedText;
  readonly items: readonly RequiredDocument[];
  readonly source: string;
};

export type ServiceTerm = Term & {
  /** Which variant (service 17) or situation the term is for; absent = the service as a whole. */
  readonly variant?: string;
  readonly channel?: Channel;
  /**
   * `total` = from lodging the package to the result; `wait` / `service` = minutes on the spot; `extension` = how far
   * the act lets the total term be extended (e.g. by a month for additional checks, 002 R2 п.9 пп.1).
   */
  readonly kind: 'total' | 'wait' | 'service' | 'on_the_spot' | 'extension';
  readonly note?: LocalizedText;
  readonly source: string;
};

export type OfficeHours = {
  readonly channel: Channel;
  /** ISO weekdays 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** 'HH:MM'. */
  readonly open: string;
  readonly close: string;
  readonly lunch?: { readonly from: string; readonly to: string };
  readonly source: string;
};

export type Fee = { readonly free: true; readonly source: string } | {
  readonly free: false;
  readonly description: LocalizedText;
  readonly source: string;
};

/** A sub-process with its own term (service 17: issue / re-issue / extension, employer / foreign worker). */
export type ServiceVariant = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly applicant?: LocalizedText;
  readonly source: string;
};

/** A category of persons (quarantine permit, seed 000) and the documents that confirm it. */
export type Category = {
  readonly id: string;
  readonly ru: string;
  readonly kk: string;
  readonly documents: readonly LocalizedText[];
  readonly source: string;
};

/** A question the intake form asks so that the act's rules can be checked (seed 001: area, kinship, dates…). */
export type FactField =
  | { readonly id: string; readonly type: 'number'; readonly label: LocalizedText; readonly unit?: LocalizedText; readonly min?: number }
  | { readonly id: string; readonly type: 'boolean'; readonly label: LocalizedText }
  | { readonly id: string; readonly type: 'date'; readonly label: LocalizedText }
  | { readonly id: string; readonly type: 'text'; readonly label: LocalizedText }
  | {
      readonly id: string;
      readonly type: 'select';
      readonly label: LocalizedText;
      readonly options: readonly { readonly id: string; readonly label: LocalizedText }[];
    };

export type Facts = Readonly<Record<string, string | number | boolean | undefined>>;

/** The outcome of a rule: it either passes or explains itself in both languages, citing its point. */
export type RuleOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: LocalizedText; readonly source: string };

/** A rule of the act evaluated at intake (a guard that explains itself). Pure. */
export type IntakeRule = {
  readonly id: string;
  readonly name: LocalizedText;
  readonly source: string;
  readonly check: (facts: Facts) => RuleOutcome;
};

/** A choice made where the act is silent, ambiguous or contradicts itself — written down next to the data. */
export type Interpretation = {
  readonly topic: string;
  readonly choice: string;
  readonly reason: string;
  readonly source: string;
};

export type Act = {
  readonly id: string;
  /** File name of the seed, e.g. `002_ee61eef28d79a88d.txt`. */
  readonly seed: string;
  readonly number: string;
  /** ISO date of adoption. */
  readonly date: string;
  readonly issuer: LocalizedText;
  readonly title: LocalizedText;
  /** When it was in force (ISO dates); `to` absent = not known to have lapsed. */
  readonly effective: { readonly from: string; readonly to?: string; readonly note?: LocalizedText };
  readonly registration?: { readonly number: string; readonly date: string };
  readonly source: string;
};

export type ServiceVersion = {
  /** Stable across versions, kebab-case, e.g. `border-zone-pass`. */
  readonly id: string;
  /** Unique per service, e.g. `mvd-2014-103` / `mvd-2015-500`. A case replays with the version it started under. */
  readonly version: string;
  readonly act: Act;
  /** Position of the service (regulation) within its act. */
  readonly ordinal: number;
  readonly name: LocalizedText;
  readonly provider: LocalizedText;
  readonly channels: readonly Channel[];
  /** Form of delivery, e.g. electronic (partially automated) and/or paper. */
  readonly form: LocalizedText;
  readonly roles: readonly RoleAssignment[];
  readonly steps: readonly Step[];
  readonly commissions: readonly Commission[];
  readonly results: readonly ResultDocument[];
  readonly refusalGrounds: readonly RefusalGround[];
  readonly documents: DocumentList;
  readonly terms: readonly ServiceTerm[];
  readonly officeHours: readonly OfficeHours[];
  readonly fee: Fee;
  /** Written consent to use information protected by law is required before the case proceeds. */
  readonly consentRequired: boolean;
  /** Result given on the spot on the day of application (terms in minutes). */
  readonly onTheSpot: boolean;
  /** A representative (by power of attorney) may apply in the applicant's stead. */
  readonly representativeAllowed: boolean;
  /** Who may apply: a citizen (IIN), a foreigner (passport), an employer (BIN)… */
  readonly applicantKinds: readonly ('citizen' | 'foreigner' | 'stateless' | 'legal_entity')[];
  readonly variants?: readonly ServiceVariant[];
  readonly categories?: readonly Category[];
  readonly facts?: readonly FactField[];
  readonly rules?: readonly IntakeRule[];
  readonly interpretations: readonly Interpretation[];
};
