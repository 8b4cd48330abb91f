import { startSyncServer, type SyncServer } from '../../server/server';
import { createOffice } from '../../server/offices';
import type { SyncDatabase } from '../../server/database';
import { deviceAuthorization, officeAuthorization, SYNC_PATHS, type EnrolResponse, type OfficeKind } from '../../shared/sync/protocol';
import { freshDatabase, type TestDatabase } from './pg';
import type { Where } from './journals';

/** A real sync service (Fastify on a free port) on a fresh PostgreSQL database, and plain-fetch clients for it. */
export type Centre = { readonly server: SyncServer; readonly database: TestDatabase; readonly url: string; close(): Promise<void> };

export async function startCentre(options: { readonly database?: TestDatabase } = {}): Promise<Centre> {
  const database = options.database ?? (await freshDatabase());
  const server = await startSyncServer({ databaseUrl: database.url, port: 0, poolSize: 5 });
  return {
    server,
    database,
    url: server.url,
    async close() {
      await server.close();
      if (!options.database) await database.drop();
    },
  };
}

export type Reply<T = unknown> = { readonly status: number; readonly body: T };

export async function call<T = Record<string, unknown>>(url: string, method: 'GET' | 'POST', path: string, body?: unknown, authorization?: string): Promise<Reply<T>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(authorization ? { authorization } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

export type OfficeAdmin = { readonly officeId: string; readonly token: string; readonly auth: string };

export async function addOffice(db: SyncDatabase, officeId: string, kind: OfficeKind = 'district'): Promise<OfficeAdmin> {
  const { adminToken } = await createOffice(db, { id: officeId, kind, name: { ru: `Офис ${officeId}`, kk: `${officeId} кеңсесі` } });
  return { officeId, token: adminToken, auth: officeAuthorization(officeId, adminToken) };
}

export type EnrolledDevice = Where & { readonly secret: string; readonly auth: string };

/** The enrolment a desktop does: the admin creates a one-time code, the device exchanges it for its credential. */
export async function enrol(url: string, admin: OfficeAdmin, deviceName = 'Окно 1'): Promise<EnrolledDevice> {
  const code = await call<{ code: string }>(url, 'POST', SYNC_PATHS.adminEnrolmentCodes, {}, admin.auth);
  if (code.status !== 201) throw new Error(`enrolment code: ${code.status} ${JSON.stringify(code.body)}`);
  const enrolled = await call<EnrolResponse>(url, 'POST', SYNC_PATHS.enrol, { officeId: admin.officeId, code: code.body.code, deviceName });
  if (enrolled.status !== 201) throw new Error(`enrol: ${enrolled.status} ${JSON.stringify(enrolled.body)}`);
  return { officeId: enrolled.body.officeId, deviceId: enrolled.body.deviceId, secret: enrolled.body.secret, auth: deviceAuthorization(enrolled.body.deviceId, enrolled.body.secret) };
}
