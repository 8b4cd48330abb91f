import { randomUUID } from 'node:crypto';
import { isOfficeCode } from '../shared/numbering';
import type { LocalizedText } from '../shared/regulations/types';
import type { DeclaredBlock, DeclaredBlockResult, DeviceInfo, OfficeKind, RequestErrorCode } from '../shared/sync/protocol';
import { asIso, asIsoOrNull, type Row, type Sql, type SyncDatabase } from './database';
import { newEnrolmentCode, newSecret, sameHash, sha256 } from './credentials';
import { declareBlocks } from './numbering';

/**
 * Offices, their administrators' tokens, one-time enrolment codes and enrolled devices. Everything a request needs is
 * read from the database on each request (no per-process state), so any instance can serve any request.
 */

export type Office = { readonly id: string; readonly kind: OfficeKind; readonly name: LocalizedText };
export type Device = { readonly id: string; readonly officeId: string; readonly name: string; readonly revokedAt: string | null };

/** A refused authentication or enrolment, as the audit log keeps it. */
export type Refusal = { readonly code: RequestErrorCode; readonly deviceId?: string; readonly officeId?: string; readonly detail?: string };

export class OfficeExists extends Error {
  constructor(readonly officeId: string) {
    super(`Office ${officeId} exists already`);
    this.name = 'OfficeExists';
  }
}

/**
 * Creates an office and returns its administrator token (shown once; the centre keeps its SHA-256). `adminToken` may be
 * given for scripted set-ups (tests, the e2e run); it must then be at least 32 characters.
 */
export async function createOffice(
  db: Sql,
  office: { readonly id: string; readonly kind: OfficeKind; readonly name: LocalizedText; readonly adminToken?: string },
): Promise<{ readonly office: Office; readonly adminToken: string }> {
  if (!isOfficeCode(office.id)) throw new RangeError(`Bad office code ${JSON.stringify(office.id)} (e.g. ALM-AU)`);
  if (office.adminToken !== undefined && office.adminToken.length < 32) throw new RangeError('The admin token must have at least 32 characters');
  const adminToken = office.adminToken ?? newSecret();
  const { rows } = await db.query(
    `INSERT INTO offices (id, kind, name_ru, name_kk, admin_token_hash) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [office.id, office.kind, office.name.ru, office.name.kk, sha256(adminToken)],
  );
  if (rows.length === 0) throw new OfficeExists(office.id);
  return { office: { id: office.id, kind: office.kind, name: office.name }, adminToken };
}

/** Replaces an office's admin token (the old one stops working at once). */
export async function rotateAdminToken(db: Sql, officeId: string): Promise<string | undefined> {
  const adminToken = newSecret();
  const { rows } = await db.query('UPDATE offices SET admin_token_hash = $2 WHERE id = $1 RETURNING id', [officeId, sha256(adminToken)]);
  return rows.length === 0 ? undefined : adminToken;
}

export async function findOffice(db: Sql, officeId: string): Promise<Office | undefined> {
  const { rows } = await db.query<{ id: string; kind: OfficeKind; name_ru: string; name_kk: string }>('SELECT id, kind, name_ru, name_kk FROM offices WHERE id = $1', [officeId]);
  const row = rows[0];
  return row ? { id: row.id, kind: row.kind, name: { ru: row.name_ru, kk: row.name_kk } } : undefined;
}

export async function authenticateOffice(db: Sql, officeId: string, token: string): Promise<{ ok: true; office: Office } | { ok: false; refusal: Refusal }> {
  const { rows } = await db.query<{ id: string; kind: OfficeKind; name_ru: string; name_kk: string; admin_token_hash: string }>(
    'SELECT id, kind, name_ru, name_kk, admin_token_hash FROM offices WHERE id = $1',
    [officeId],
  );
  const row = rows[0];
  if (!row || !sameHash(row.admin_token_hash, sha256(token))) return { ok: false, refusal: { code: 'bad_admin_token', officeId } };
  return { ok: true, office: { id: row.id, kind: row.kind, name: { ru: row.name_ru, kk: row.name_kk } } };
}

export const DEFAULT_CODE_TTL_MINUTES = 24 * 60;

export async function createEnrolmentCode(
  db: Sql,
  officeId: string,
  options: { readonly ttlMinutes?: number; readonly note?: string } = {},
): Promise<{ readonly code: string; readonly expiresAt: string }> {
  const code = newEnrolmentCode();
  const ttl = options.ttlMinutes ?? DEFAULT_CODE_TTL_MINUTES;
  const { rows } = await db.query<{ expires_at: unknown }>(
    `INSERT INTO enrolment_codes (code_hash, office_id, note, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(mins => $4::int)) RETURNING expires_at`,
    [sha256(code), officeId, options.note ?? null, ttl],
  );
  return { code, expiresAt: asIso(rows[0]?.expires_at) };
}

export type Enrolment = {
  readonly deviceId: string;
  readonly officeId: string;
  readonly secret: string;
  readonly enrolledAt: string;
  /** The centre's verdict on each block the device declared (only when it declared some). */
  readonly blocks?: DeclaredBlockResult[];
};

/**
 * Exchanges a one-time code for a device credential. The code is consumed by one conditional UPDATE, so two requests
 * with the same code (two instances, a retry) cannot both succeed. The numbering blocks the device declares are
 * recorded as its own in the same transaction (server/numbering.ts declareBlocks), or reported taken.
 */
export async function enrolDevice(
  db: SyncDatabase,
  request: { readonly officeId: string; readonly code: string; readonly deviceName: string; readonly deviceId?: string | undefined; readonly blocks?: readonly DeclaredBlock[] | undefined },
): Promise<{ ok: true; enrolment: Enrolment } | { ok: false; refusal: Refusal }> {
  const codeHash = sha256(request.code);
  const deviceId = request.deviceId ?? randomUUID();
  const secret = newSecret();
  return db.transaction(async (tx) => {
    // A desktop may enrol under the id it already stamps on its actions. The id of another office's device is refused
    // before the code is consumed; the same office's device is re-keyed (the administrator gave it a fresh code).
    if (request.deviceId !== undefined) {
      const { rows } = await tx.query<{ office_id: string }>('SELECT office_id FROM devices WHERE id = $1 FOR UPDATE', [request.deviceId]);
      const owner = rows[0]?.office_id;
      if (owner !== undefined && owner !== request.officeId) {
        return { ok: false as const, refusal: { code: 'forbidden' as const, officeId: request.officeId, deviceId: request.deviceId, detail: request.deviceId } };
      }
    }
    const used = await tx.query(
      `UPDATE enrolment_codes SET used_at = now(), used_by_device = $3
       WHERE code_hash = $1 AND office_id = $2 AND used_at IS NULL AND expires_at > now() RETURNING office_id`,
      [codeHash, request.officeId, deviceId],
    );
    if (used.rows.length === 0) {
      const { rows } = await tx.query<{ used_at: unknown; expired: boolean }>(
        'SELECT used_at, expires_at <= now() AS expired FROM enrolment_codes WHERE code_hash = $1 AND office_id = $2',
        [codeHash, request.officeId],
      );
      const row = rows[0];
      const code: RequestErrorCode = !row ? 'code_invalid' : row.used_at !== null ? 'code_used' : 'code_expired';
      return { ok: false as const, refusal: { code, officeId: request.officeId } };
    }
    const { rows } = await tx.query<{ enrolled_at: unknown }>(
      `INSERT INTO devices (id, office_id, name, secret_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, secret_hash = EXCLUDED.secret_hash, enrolled_at = now(), revoked_at = NULL
       RETURNING enrolled_at`,
      [deviceId, request.officeId, request.deviceName, sha256(secret)],
    );
    const blocks = request.blocks === undefined ? undefined : await declareBlocks(tx, request.officeId, deviceId, request.blocks);
    return { ok: true as const, enrolment: { deviceId, officeId: request.officeId, secret, enrolledAt: asIso(rows[0]?.enrolled_at), ...(blocks === undefined ? {} : { blocks }) } };
  });
}

/** The device a `Device <id>:<secret>` header names, if the secret is right and it was not revoked. */
export async function authenticateDevice(db: Sql, deviceId: string, secret: string): Promise<{ ok: true; device: Device; office: Office } | { ok: false; refusal: Refusal }> {
  const { rows } = await db.query<{ id: string; office_id: string; name: string; secret_hash: string; revoked_at: unknown; kind: OfficeKind; name_ru: string; name_kk: string }>(
    `SELECT d.id, d.office_id, d.name, d.secret_hash, d.revoked_at, o.kind, o.name_ru, o.name_kk
     FROM devices d JOIN offices o ON o.id = d.office_id WHERE d.id = $1`,
    [deviceId],
  );
  const row = rows[0];
  if (!row || !sameHash(row.secret_hash, sha256(secret))) return { ok: false, refusal: { code: 'unknown_device', deviceId } };
  if (row.revoked_at !== null) return { ok: false, refusal: { code: 'revoked_device', deviceId, officeId: row.office_id } };
  // last_seen_at at most once a minute per device: the admin's device list, without a write on every request.
  await db.query("UPDATE devices SET last_seen_at = now() WHERE id = $1 AND (last_seen_at IS NULL OR last_seen_at < now() - interval '1 minute')", [deviceId]);
  return {
    ok: true,
    device: { id: row.id, officeId: row.office_id, name: row.name, revokedAt: null },
    office: { id: row.office_id, kind: row.kind, name: { ru: row.name_ru, kk: row.name_kk } },
  };
}

function toDeviceInfo(row: Row): DeviceInfo {
  return {
    deviceId: String(row.id),
    officeId: String(row.office_id),
    name: String(row.name),
    enrolledAt: asIso(row.enrolled_at),
    revokedAt: asIsoOrNull(row.revoked_at),
    lastSeenAt: asIsoOrNull(row.last_seen_at),
  };
}

export async function listDevices(db: Sql, officeId: string): Promise<DeviceInfo[]> {
  const { rows } = await db.query('SELECT id, office_id, name, enrolled_at, revoked_at, last_seen_at FROM devices WHERE office_id = $1 ORDER BY enrolled_at, id', [officeId]);
  return rows.map(toDeviceInfo);
}

/** Revokes a device of the office (idempotent: revoking twice keeps the first time). Undefined when not its device. */
export async function revokeDevice(db: Sql, officeId: string, deviceId: string): Promise<DeviceInfo | undefined> {
  const { rows } = await db.query(
    `UPDATE devices SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND office_id = $2
     RETURNING id, office_id, name, enrolled_at, revoked_at, last_seen_at`,
    [deviceId, officeId],
  );
  const row = rows[0];
  return row ? toDeviceInfo(row) : undefined;
}

/** Devices of an office by id (push checks the actor's device of every entry). */
export async function devicesOf(db: Sql, officeId: string): Promise<Map<string, Device>> {
  const { rows } = await db.query<{ id: string; office_id: string; name: string; revoked_at: unknown }>('SELECT id, office_id, name, revoked_at FROM devices WHERE office_id = $1', [officeId]);
  return new Map(rows.map((r) => [r.id, { id: r.id, officeId: r.office_id, name: r.name, revokedAt: asIsoOrNull(r.revoked_at) }]));
}

export async function logRefusal(db: Sql, refusal: Refusal, request: { readonly method: string; readonly path: string; readonly remote?: string }): Promise<void> {
  await db.query('INSERT INTO refused_requests (code, method, path, remote, device_id, office_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    refusal.code,
    request.method,
    request.path,
    request.remote ?? null,
    refusal.deviceId ?? null,
    refusal.officeId ?? null,
    refusal.detail ?? null,
  ]);
}

/** Refused enrolment codes per office tolerated within the window before its enrolments wait (guessing codes). */
export const ENROLMENT_FAILURE_LIMIT = 20;
export const ENROLMENT_FAILURE_WINDOW_MINUTES = 15;

export async function recentEnrolmentFailures(db: Sql, officeId: string, windowMinutes: number): Promise<number> {
  const { rows } = await db.query<{ n: unknown }>(
    `SELECT count(*) AS n FROM refused_requests
     WHERE office_id = $1 AND code IN ('code_invalid', 'code_used', 'code_expired') AND at > now() - make_interval(mins => $2::int)`,
    [officeId, windowMinutes],
  );
  return Number(rows[0]?.n ?? 0);
}
