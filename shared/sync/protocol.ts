import { z } from 'zod';
import { JournalEntry } from '../store/journal';

/**
 * The wire protocol between an office desktop (shared/sync) and the central sync service (server/). Pure zod schemas
 * and types, no I/O. JSON over HTTPS; every path below is relative to the server address the administrator enters.
 *
 * Who talks:
 * - An OFFICE ADMINISTRATOR authenticates to the centre with the office's admin token (printed once by
 *   `npm run server -- --create-office <CODE> …`): `Authorization: Office <officeId>:<adminToken>`. They create
 *   one-time enrolment codes, list and revoke devices, import offline files and export pulled updates for an office with
 *   no link.
 * - A DEVICE (one desktop) enrols once with a one-time code (POST /v1/enrol) and receives its device id and a secret
 *   credential; then every request carries `Authorization: Device <deviceId>:<secret>`.
 *
 * Why a bearer credential and not an HMAC signature per request: the centre keeps only SHA-256 of each device secret, so
 * a copy of the central database cannot impersonate a device (HMAC verification needs the secret itself on the server);
 * district PCs sit offline for days with drifting clocks, and a signed timestamp window would refuse their first
 * requests after reconnecting; replaying a captured request gains nothing because push is idempotent by action id and
 * pull is read-only. The transport is TLS (behind the balancer), which is what protects the secret in flight. The
 * secret is 256 random bits, so a plain SHA-256 (no slow KDF) is enough; compare in constant time.
 *
 * Push (POST /v1/push): a batch of journal entries (shared/store/journal.ts `JournalEntry`, exactly as stored, hash
 * included), in the order they were recorded. Idempotent by action id. The centre judges each entry, per case in one
 * database transaction, and answers one result per entry in the same order:
 * - `accepted` — stored now; `duplicate` — the same id with the same hash was stored before (a retry): also success;
 * - `conflict` — another entry already holds this case's seq at the centre (another device/office won the race); the
 *   centre's entry at that seq is returned so the desktop can show both sides. Later entries of the same case in the
 *   batch are `rejected` with code `after_conflict`;
 * - `rejected` {code, reason ru/kk} — see REJECTION_CODES. Codes in RETRYABLE_REJECTIONS are not final: push again
 *   later (e.g. `gap`: an earlier entry of the case has not reached the centre yet — requests can arrive reordered).
 * The checks: the entry parses; its hash is the hash of its content (hashEntry from shared/store/journal.ts); the actor's
 * office is the device's office and the device is the actor's device or another device of the same office (a desktop
 * may relay a colleague's offline file); the office may write the case (it registered it, or it was handed to it —
 * see HANDOVER_EVENT_TYPE); the chain continues the centre's journal (prevHash = hash of seq-1, no gap); the service
 * machine of the case's regulation version (shared/workflow apply) accepts it after the case's journal.
 *
 * Pull (POST /v1/pull {since, limit}): everything new for this device's office after `since`, in the order the office's
 * feed received it, at most `limit` entries, with the checkpoint to send next time and whether more is waiting. An
 * office's feed holds every entry of every case it may read: its own, those handed to it (the whole journal, from seq 1,
 * appears in the feed when the handover is accepted), those handed away from it, and — for the city department
 * (office kind `city`) — every case. Within a case entries always come in seq order, so a desktop can check each one
 * against its chain as it arrives. The checkpoint is opaque; start with INITIAL_CHECKPOINT. Pulling again with the
 * same `since` returns the same entries (resumable after a lost response).
 *
 * Numbering (POST /v1/numbering-blocks {year}): a fresh block of case numbers for this device's office and year; the
 * centre never hands the same (office, year, block) out twice, whatever the number of instances. It issues only
 * CENTRE_BLOCKS (shared/numbering/blockRanges.ts); blocks picked by hand at an offline first start come from
 * LOCAL_BLOCKS and are declared at enrolment (EnrolRequest `blocks`); a block any device declared, was issued, or
 * registered a case number of is never issued again.
 *
 * Offline files: a desktop with no link exports its unsent entries as a SyncBundle of kind `actions`; it is imported at
 * another connected desktop of the same office (which pushes them) or at the centre (POST /v1/admin/import, the
 * office admin, same checks as push — except that a device of the office the centre has never seen, the desktop of
 * an office with no link at all, is recorded as the office's device instead of refused). The reverse: GET /v1/admin/export?since=… gives the office's pulled updates as a
 * bundle of kind `updates` to carry to the offline desktop.
 *
 * Errors of a whole request: HTTP 4xx/5xx with ErrorResponse {error: {code, reason ru/kk}}.
 */

export const PROTOCOL_VERSION = 1;

export const SYNC_PATHS = {
  health: '/v1/health',
  enrol: '/v1/enrol',
  /** Device: who am I (device, office, server time) — also the desktop's online check. */
  whoami: '/v1/whoami',
  push: '/v1/push',
  pull: '/v1/pull',
  numberingBlocks: '/v1/numbering-blocks',
  adminEnrolmentCodes: '/v1/admin/enrolment-codes',
  adminDevices: '/v1/admin/devices',
  /** `/v1/admin/devices/:deviceId/revoke` */
  adminRevokeDevice: (deviceId: string) => `/v1/admin/devices/${encodeURIComponent(deviceId)}/revoke`,
  adminImport: '/v1/admin/import',
  /** `?since=<checkpoint>&limit=<n>` */
  adminExport: '/v1/admin/export',
} as const;

/** `Authorization` schemes (see the comment at the top for why bearer credentials). */
export const DEVICE_AUTH_SCHEME = 'Device';
export const OFFICE_AUTH_SCHEME = 'Office';
export function deviceAuthorization(deviceId: string, secret: string): string {
  return `${DEVICE_AUTH_SCHEME} ${deviceId}:${secret}`;
}
export function officeAuthorization(officeId: string, adminToken: string): string {
  return `${OFFICE_AUTH_SCHEME} ${officeId}:${adminToken}`;
}

/**
 * The action that moves write ownership of a case to another office (shared/workflow/events.ts `CaseHandover`,
 * payload `toOffice`). Ownership: the office that registered the case (the office of its seq-1 actor) until a handover;
 * after it, `toOffice`. Every office that ever owned a case keeps reading it.
 */
export const HANDOVER_EVENT_TYPE = 'case.handover';

/** Limits of one request (the server refuses bigger ones with 413/400). */
export const MAX_PUSH_BATCH = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 200;
export const MAX_IMPORT_ACTIONS = 20_000;

const Localized = z.object({ ru: z.string(), kk: z.string() });
export type Localized = z.infer<typeof Localized>;

const OfficeId = z.string().min(1).max(40);
const DeviceId = z.string().min(1).max(100);
const isoInstant = z.string().datetime({ offset: true });

/** An opaque position in an office's feed (a decimal number today; treat as a string). */
export const Checkpoint = z.string().regex(/^\d{1,19}$/);
export type Checkpoint = z.infer<typeof Checkpoint>;
export const INITIAL_CHECKPOINT: Checkpoint = '0';

export const OFFICE_KINDS = ['district', 'con', 'commission', 'city'] as const;
export const OfficeKind = z.enum(OFFICE_KINDS);
export type OfficeKind = z.infer<typeof OfficeKind>;

// ------------------------------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------------------------------

export const REQUEST_ERROR_CODES = [
  'bad_request',
  /** No or malformed Authorization header. */
  'unauthenticated',
  /** Unknown device, wrong secret, revoked device, wrong admin token (the centre logs each). */
  'unknown_device',
  'revoked_device',
  'bad_admin_token',
  /** Enrolment: the code is unknown, used already or expired. */
  'code_invalid',
  'code_used',
  'code_expired',
  'forbidden',
  'not_found',
  'too_large',
  /** Numbering: every block of the office's year is handed out. */
  'blocks_exhausted',
  /** Enrolment: too many refused codes for this office lately (guessing); wait and ask the administrator. */
  'too_many_attempts',
  'unsupported_protocol',
  'server_error',
] as const;
export const RequestErrorCode = z.enum(REQUEST_ERROR_CODES);
export type RequestErrorCode = z.infer<typeof RequestErrorCode>;

export const ErrorResponse = z.object({ error: z.object({ code: RequestErrorCode, reason: Localized }) });
export type ErrorResponse = z.infer<typeof ErrorResponse>;

// ------------------------------------------------------------------------------------------------------------------
// Enrolment
// ------------------------------------------------------------------------------------------------------------------

/** `ABCD-EFGH`: 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L), typed by a person. */
export const ENROLMENT_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
export const EnrolmentCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(ENROLMENT_CODE_PATTERN));

/** Office admin → centre: a new one-time code (valid `ttlMinutes`, default 24 h, at most 7 days). */
export const CreateEnrolmentCodeRequest = z.object({ ttlMinutes: z.number().int().min(1).max(7 * 24 * 60).optional(), note: z.string().max(200).optional() });
export type CreateEnrolmentCodeRequest = z.infer<typeof CreateEnrolmentCodeRequest>;
export const CreateEnrolmentCodeResponse = z.object({ code: z.string(), officeId: OfficeId, expiresAt: isoInstant });
export type CreateEnrolmentCodeResponse = z.infer<typeof CreateEnrolmentCodeResponse>;

/** A numbering block of the enrolling device's office: (office, year, block) — the office is the request's. */
export const DeclaredBlock = z.object({ year: z.number().int().min(2000).max(9999), block: z.number().int().min(1).max(9999) });
export type DeclaredBlock = z.infer<typeof DeclaredBlock>;
export const MAX_DECLARED_BLOCKS = 200;

/**
 * The centre's verdict on each declared block: `recorded` — it is this device's now (or was already), never handed to
 * another; `taken` — another device of the office declared it, was issued it, or registered cases with its numbers
 * first: the desktop must stop drawing from it (and take a fresh block from the centre).
 */
export const DeclaredBlockResult = DeclaredBlock.extend({ status: z.enum(['recorded', 'taken']) });
export type DeclaredBlockResult = z.infer<typeof DeclaredBlockResult>;

export const EnrolRequest = z.object({
  officeId: OfficeId,
  code: EnrolmentCode,
  /** How the administrator will recognise the computer in the device list. */
  deviceName: z.string().trim().min(1).max(100),
  protocol: z.literal(PROTOCOL_VERSION).optional(),
  // helper3: the desktop's own device id (settings `device.id`, a uuid made at first start). Its actions recorded
  // before enrolment carry it as actor.deviceId, so the centre should enrol the device UNDER THIS ID when given (and
  // refuse with code_invalid/forbidden if another office already has it); the desktop uses the returned deviceId.
  // helper2: implemented (server/offices.ts enrolDevice): another office's id → 403 `forbidden` and the code stays
  // unused; the same office's id is re-keyed (new secret, revocation lifted — the administrator gave a fresh code).
  deviceId: DeviceId.optional(),
  // helper9: the numbering blocks this desktop holds (picked by hand at its first start, or issued earlier), declared so
  // the centre never hands them to another device. Optional: older desktops send none, older centres ignore it.
  blocks: z.array(DeclaredBlock).max(MAX_DECLARED_BLOCKS).optional(),
});
export type EnrolRequest = z.input<typeof EnrolRequest>;

export const EnrolResponse = z.object({
  deviceId: DeviceId,
  officeId: OfficeId,
  /** Shown once; the desktop keeps it (store credentials) and the centre only its SHA-256. */
  secret: z.string().min(43).max(200),
  enrolledAt: isoInstant,
  protocol: z.literal(PROTOCOL_VERSION),
  /** One result per declared block, in the request's order (absent from centres that predate declarations). */
  blocks: z.array(DeclaredBlockResult).optional(),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const WhoAmIResponse = z.object({
  deviceId: DeviceId,
  officeId: OfficeId,
  officeKind: OfficeKind,
  serverTime: isoInstant,
  protocol: z.literal(PROTOCOL_VERSION),
});
export type WhoAmIResponse = z.infer<typeof WhoAmIResponse>;

export const DeviceInfo = z.object({
  deviceId: DeviceId,
  officeId: OfficeId,
  name: z.string(),
  enrolledAt: isoInstant,
  revokedAt: isoInstant.nullable(),
  lastSeenAt: isoInstant.nullable(),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;
export const DeviceListResponse = z.object({ devices: z.array(DeviceInfo) });
export type DeviceListResponse = z.infer<typeof DeviceListResponse>;
export const RevokeDeviceResponse = z.object({ device: DeviceInfo });
export type RevokeDeviceResponse = z.infer<typeof RevokeDeviceResponse>;

// ------------------------------------------------------------------------------------------------------------------
// Push
// ------------------------------------------------------------------------------------------------------------------

/**
 * Each element should be a JournalEntry; the centre parses them one by one so that one bad entry is rejected with a
 * reason instead of failing the batch.
 */
export const PushRequest = z.object({ actions: z.array(z.unknown()).min(1).max(MAX_PUSH_BATCH) });
export type PushRequest = { readonly actions: readonly JournalEntry[] };

export const REJECTION_CODES = [
  /** Not a valid JournalEntry (zod), or a payload the workflow does not know. */
  'invalid',
  /** `hash` is not the hash of the entry's content. */
  'hash_mismatch',
  /** The actor's office is not the pushing device's office, or the actor's device is not enrolled at that office. */
  'wrong_office',
  /** The actor's device was revoked. */
  'device_revoked',
  /** The office may not read this case at all. */
  'not_entitled',
  /** The office may read the case but another office owns it for writing (it was handed over). */
  'not_owner',
  /** `prevHash` differs from the centre's entry at seq-1 (or a seq-1 entry that is not the genesis link). */
  'broken_chain',
  /** seq is beyond the centre's journal + 1: an earlier entry of the case has not arrived yet. Retry later. */
  'gap',
  /** The service machine for the case's regulation version refuses the action after the case's journal. */
  'machine',
  /** The regulation version (service@version) is not in this centre's catalogue. */
  'unknown_service',
  /** The entry names a different regulation than the case's first entry. */
  'regulation_mismatch',
  /** The id is stored already for a different case/seq or with different content. */
  'id_reused',
  /** An earlier entry of the same case in this batch got a conflict: this one builds on the losing side. */
  'after_conflict',
  /** An earlier entry of the same case in this batch was rejected: this one cannot be judged. */
  'after_rejection',
  /** The centre could not judge it now (database busy, serialization failure). Retry later. */
  'busy',
  /** A handover to an office the centre does not know. */
  'unknown_office',
] as const;
export const RejectionCode = z.enum(REJECTION_CODES);
export type RejectionCode = z.infer<typeof RejectionCode>;
/** Rejections that are not final: the desktop keeps the entry in its outbox and pushes it again later. */
export const RETRYABLE_REJECTIONS: readonly RejectionCode[] = ['gap', 'busy'];

export const PushResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('accepted'), id: z.string() }),
  z.object({ status: z.literal('duplicate'), id: z.string() }),
  z.object({ status: z.literal('rejected'), id: z.string().nullable(), code: RejectionCode, reason: Localized }),
  /** `server`: the centre's entry at this entry's seq — the other side of the conflict. */
  z.object({ status: z.literal('conflict'), id: z.string(), reason: Localized, server: JournalEntry }),
]);
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z.object({ results: z.array(PushResult), serverTime: isoInstant });
export type PushResponse = z.infer<typeof PushResponse>;

// ------------------------------------------------------------------------------------------------------------------
// Pull
// ------------------------------------------------------------------------------------------------------------------

export const PullRequest = z.object({ since: Checkpoint, limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional() });
export type PullRequest = z.input<typeof PullRequest>;

export const PullResponse = z.object({
  actions: z.array(JournalEntry),
  /** Send this as `since` next time (equal to `since` when nothing was new). */
  checkpoint: Checkpoint,
  /** More entries are waiting after `checkpoint`: pull again at once. */
  more: z.boolean(),
  serverTime: isoInstant,
});
export type PullResponse = z.infer<typeof PullResponse>;

// ------------------------------------------------------------------------------------------------------------------
// Numbering blocks
// ------------------------------------------------------------------------------------------------------------------

export const NumberingBlockRequest = z.object({
  year: z.number().int().min(2000).max(9999),
  /** A uuid the desktop keeps until it has stored the block: asking again with it returns the same block, not a new one. */
  requestId: z.uuid().optional(),
});
export type NumberingBlockRequest = z.infer<typeof NumberingBlockRequest>;

/** Matches shared/numbering createBlock's parameters: numbers `first`…`last` of block `block` of `office`/`year`. */
export const NumberingBlockResponse = z.object({
  office: OfficeId,
  year: z.number().int(),
  block: z.number().int().min(1),
  first: z.number().int().min(1),
  last: z.number().int().min(1),
  deviceId: DeviceId,
  assignedAt: isoInstant,
});
export type NumberingBlockResponse = z.infer<typeof NumberingBlockResponse>;

// ------------------------------------------------------------------------------------------------------------------
// Offline files
// ------------------------------------------------------------------------------------------------------------------

export const SYNC_BUNDLE_FORMAT = 'kz-state-services/sync-bundle';

/**
 * A file carried between a desktop with no link and a connected one (or the centre).
 * - `actions`: a desktop's unsent entries (its outbox, in order), imported like a push;
 * - `updates`: what the centre has for an office after `since` (a pull), with the `checkpoint` to continue from.
 */
export const SyncBundle = z.discriminatedUnion('kind', [
  z.object({
    format: z.literal(SYNC_BUNDLE_FORMAT),
    version: z.literal(1),
    kind: z.literal('actions'),
    officeId: OfficeId,
    deviceId: DeviceId,
    createdAt: isoInstant,
    actions: z.array(z.unknown()).max(MAX_IMPORT_ACTIONS),
  }),
  z.object({
    format: z.literal(SYNC_BUNDLE_FORMAT),
    version: z.literal(1),
    kind: z.literal('updates'),
    officeId: OfficeId,
    createdAt: isoInstant,
    since: Checkpoint,
    checkpoint: Checkpoint,
    more: z.boolean(),
    actions: z.array(JournalEntry),
  }),
]);
export type SyncBundle = z.infer<typeof SyncBundle>;
export type ActionsBundle = Extract<SyncBundle, { kind: 'actions' }>;
export type UpdatesBundle = Extract<SyncBundle, { kind: 'updates' }>;

/** The centre's answer to an imported `actions` bundle: one result per entry, as for push. */
export const ImportResponse = PushResponse;
export type ImportResponse = PushResponse;
