import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { LocalizedText } from '../shared/regulations/types';
import {
  CreateEnrolmentCodeRequest,
  DEFAULT_PULL_LIMIT,
  DEVICE_AUTH_SCHEME,
  EnrolRequest,
  MAX_PUSH_BATCH,
  NumberingBlockRequest,
  OFFICE_AUTH_SCHEME,
  PROTOCOL_VERSION,
  PullRequest,
  PushRequest,
  SyncBundle,
  SYNC_PATHS,
  type CreateEnrolmentCodeResponse,
  type DeviceListResponse,
  type EnrolResponse,
  type ErrorResponse,
  type PullResponse,
  type PushResponse,
  type RequestErrorCode,
  type RevokeDeviceResponse,
  type UpdatesBundle,
  type WhoAmIResponse,
  SYNC_BUNDLE_FORMAT,
  Checkpoint,
  MAX_PULL_LIMIT,
  MAX_IMPORT_ACTIONS,
} from '../shared/sync/protocol';
import { parseAuthorization } from './credentials';
import type { SyncDatabase } from './database';
import { requestMessage } from './messages';
import { takeNumberingBlock } from './numbering';
import {
  authenticateDevice,
  authenticateOffice,
  createEnrolmentCode,
  enrolDevice,
  ENROLMENT_FAILURE_LIMIT,
  ENROLMENT_FAILURE_WINDOW_MINUTES,
  listDevices,
  logRefusal,
  recentEnrolmentFailures,
  revokeDevice,
  type Device,
  type Office,
  type Refusal,
} from './offices';
import { pullFeed } from './pull';
import { pushEntries, StateCache } from './push';

/**
 * The HTTP face of the sync service (routes in shared/sync/protocol.ts SYNC_PATHS). Stateless: every request reads what
 * it needs from the database, so any number of instances can run behind a balancer against one PostgreSQL.
 */
export type AppOptions = { readonly logger?: boolean };

const STATUS: Record<RequestErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  unknown_device: 401,
  revoked_device: 403,
  bad_admin_token: 401,
  code_invalid: 403,
  code_used: 403,
  code_expired: 403,
  forbidden: 403,
  not_found: 404,
  too_large: 413,
  blocks_exhausted: 409,
  too_many_attempts: 429,
  unsupported_protocol: 400,
  server_error: 500,
};

function errorBody(code: RequestErrorCode, reason: LocalizedText): ErrorResponse {
  return { error: { code, reason } };
}

function send(reply: FastifyReply, code: RequestErrorCode, reason: LocalizedText = requestMessage(code)): FastifyReply {
  return reply.code(STATUS[code]).send(errorBody(code, reason));
}

function zodDetails(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
}

export function buildApp(db: SyncDatabase, options: AppOptions = {}): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 16 * 1024 * 1024 });
  const cache = new StateCache();

  // Desktops call from their own page origin (Electron's file page, the Chromium fallback's localhost): the credential
  // travels in the Authorization header, never in a cookie, so any origin may call and no cookie is ever honoured.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('Access-Control-Allow-Origin', '*');
    reply.header('Vary', 'Origin');
    if (request.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      reply.header('Access-Control-Allow-Headers', 'authorization, content-type');
      reply.header('Access-Control-Max-Age', '600');
      return reply.code(204).send();
    }
    return undefined;
  });
  app.options('/*', async (_request, reply) => reply.code(204).send());

  app.setErrorHandler(async (error: { statusCode?: number; code?: string; message?: string }, request, reply) => {
    if (error.statusCode === 413) return send(reply, 'too_large', requestMessage('too_large', { max: MAX_PUSH_BATCH }));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return send(reply, 'bad_request', requestMessage('bad_request', { details: error.message ?? '' }));
    request.log.error(error);
    return send(reply, 'server_error');
  });
  app.setNotFoundHandler(async (request, reply) => send(reply, 'not_found', requestMessage('not_found', { details: `${request.method} ${request.url}` })));

  async function refuse(request: FastifyRequest, reply: FastifyReply, refusal: Refusal, params: Record<string, string> = {}): Promise<FastifyReply> {
    await logRefusal(db, refusal, { method: request.method, path: request.url, remote: request.ip });
    return send(reply, refusal.code, requestMessage(refusal.code, { office: refusal.officeId ?? '', details: refusal.detail ?? '', ...params }));
  }

  /** The device a request authenticates as; otherwise the reply is sent (and the refusal logged) and undefined returned. */
  async function device(request: FastifyRequest, reply: FastifyReply): Promise<{ device: Device; office: Office } | undefined> {
    const credential = parseAuthorization(request.headers.authorization, DEVICE_AUTH_SCHEME);
    if (!credential) {
      await refuse(request, reply, { code: 'unauthenticated' });
      return undefined;
    }
    const result = await authenticateDevice(db, credential.id, credential.secret);
    if (!result.ok) {
      await refuse(request, reply, result.refusal);
      return undefined;
    }
    return result;
  }

  async function admin(request: FastifyRequest, reply: FastifyReply): Promise<Office | undefined> {
    const credential = parseAuthorization(request.headers.authorization, OFFICE_AUTH_SCHEME);
    if (!credential) {
      await refuse(request, reply, { code: 'unauthenticated' });
      return undefined;
    }
    const result = await authenticateOffice(db, credential.id, credential.secret);
    if (!result.ok) {
      await refuse(request, reply, result.refusal);
      return undefined;
    }
    return result.office;
  }

  function parse<T extends z.ZodType>(schema: T, value: unknown, reply: FastifyReply): z.infer<T> | undefined {
    const parsed = schema.safeParse(value ?? {});
    if (parsed.success) return parsed.data;
    void send(reply, 'bad_request', requestMessage('bad_request', { details: zodDetails(parsed.error) }));
    return undefined;
  }

  app.get(SYNC_PATHS.health, async () => ({ ok: true, protocol: PROTOCOL_VERSION, database: db.kind }));

  app.post(SYNC_PATHS.enrol, async (request, reply) => {
    const body = parse(EnrolRequest, request.body, reply);
    if (!body) return reply;
    // Codes are short (typed by a person): after ENROLMENT_FAILURE_LIMIT refused codes for an office within the window,
    // its enrolments wait. Counted from the audit log, so every instance sees the same count.
    if ((await recentEnrolmentFailures(db, body.officeId, ENROLMENT_FAILURE_WINDOW_MINUTES)) >= ENROLMENT_FAILURE_LIMIT) {
      await logRefusal(db, { code: 'too_many_attempts', officeId: body.officeId }, { method: request.method, path: request.url, remote: request.ip });
      return send(reply, 'too_many_attempts', requestMessage('too_many_attempts', { office: body.officeId, minutes: ENROLMENT_FAILURE_WINDOW_MINUTES }));
    }
    const result = await enrolDevice(db, body);
    if (!result.ok) return refuse(request, reply, result.refusal);
    const response: EnrolResponse = { ...result.enrolment, protocol: PROTOCOL_VERSION };
    return reply.code(201).send(response);
  });

  app.get(SYNC_PATHS.whoami, async (request, reply) => {
    const auth = await device(request, reply);
    if (!auth) return reply;
    const response: WhoAmIResponse = { deviceId: auth.device.id, officeId: auth.office.id, officeKind: auth.office.kind, serverTime: new Date().toISOString(), protocol: PROTOCOL_VERSION };
    return response;
  });

  app.post(SYNC_PATHS.push, async (request, reply) => {
    const auth = await device(request, reply);
    if (!auth) return reply;
    const record = request.body as { actions?: unknown } | undefined;
    if (Array.isArray(record?.actions) && record.actions.length > MAX_PUSH_BATCH) return send(reply, 'too_large', requestMessage('too_large', { max: MAX_PUSH_BATCH }));
    const body = parse(PushRequest, request.body, reply);
    if (!body) return reply;
    const results = await pushEntries(db, { officeId: auth.office.id, via: auth.device.id }, body.actions, cache);
    const response: PushResponse = { results, serverTime: new Date().toISOString() };
    return response;
  });

  app.post(SYNC_PATHS.pull, async (request, reply) => {
    const auth = await device(request, reply);
    if (!auth) return reply;
    const body = parse(PullRequest, request.body, reply);
    if (!body) return reply;
    const page = await pullFeed(db, auth.office.id, body.since, body.limit ?? DEFAULT_PULL_LIMIT);
    const response: PullResponse = { ...page, serverTime: new Date().toISOString() };
    return response;
  });

  app.post(SYNC_PATHS.numberingBlocks, async (request, reply) => {
    const auth = await device(request, reply);
    if (!auth) return reply;
    const body = parse(NumberingBlockRequest, request.body, reply);
    if (!body) return reply;
    const result = await takeNumberingBlock(db, { officeId: auth.office.id, deviceId: auth.device.id, year: body.year, ...(body.requestId === undefined ? {} : { requestId: body.requestId }) });
    if (!result.ok) return send(reply, 'blocks_exhausted', requestMessage('blocks_exhausted', { office: auth.office.id, year: body.year }));
    return reply.code(201).send(result.block);
  });

  app.post(SYNC_PATHS.adminEnrolmentCodes, async (request, reply) => {
    const office = await admin(request, reply);
    if (!office) return reply;
    const body = parse(CreateEnrolmentCodeRequest, request.body, reply);
    if (!body) return reply;
    const created = await createEnrolmentCode(db, office.id, body);
    const response: CreateEnrolmentCodeResponse = { ...created, officeId: office.id };
    return reply.code(201).send(response);
  });

  app.get(SYNC_PATHS.adminDevices, async (request, reply) => {
    const office = await admin(request, reply);
    if (!office) return reply;
    const response: DeviceListResponse = { devices: await listDevices(db, office.id) };
    return response;
  });

  app.post<{ Params: { deviceId: string } }>('/v1/admin/devices/:deviceId/revoke', async (request, reply) => {
    const office = await admin(request, reply);
    if (!office) return reply;
    const revoked = await revokeDevice(db, office.id, request.params.deviceId);
    if (!revoked) return send(reply, 'not_found', requestMessage('not_found', { details: request.params.deviceId }));
    const response: RevokeDeviceResponse = { device: revoked };
    return response;
  });

  app.post(SYNC_PATHS.adminImport, { bodyLimit: 64 * 1024 * 1024 }, async (request, reply) => {
    const office = await admin(request, reply);
    if (!office) return reply;
    const bundle = parse(SyncBundle, request.body, reply);
    if (!bundle) return reply;
    if (bundle.kind !== 'actions') return send(reply, 'bad_request', requestMessage('bad_request', { details: `kind: ${bundle.kind}` }));
    if (bundle.officeId !== office.id) return send(reply, 'forbidden', requestMessage('forbidden', { details: bundle.officeId }));
    if (bundle.actions.length > MAX_IMPORT_ACTIONS) return send(reply, 'too_large', requestMessage('too_large', { max: MAX_IMPORT_ACTIONS }));
    // The same judgement as push, batch by batch, in the file's order.
    const results: PushResponse['results'] = [];
    for (let start = 0; start < bundle.actions.length; start += MAX_PUSH_BATCH) {
      results.push(...(await pushEntries(db, { officeId: office.id, via: `import:${bundle.deviceId}`, adoptDevices: true }, bundle.actions.slice(start, start + MAX_PUSH_BATCH), cache)));
    }
    const response: PushResponse = { results, serverTime: new Date().toISOString() };
    return response;
  });

  app.get<{ Querystring: { since?: string; limit?: string } }>(SYNC_PATHS.adminExport, async (request, reply) => {
    const office = await admin(request, reply);
    if (!office) return reply;
    const since = parse(Checkpoint, request.query.since ?? '0', reply);
    if (since === undefined) return reply;
    const limit = Math.min(MAX_PULL_LIMIT * 10, Math.max(1, Number(request.query.limit ?? MAX_PULL_LIMIT * 10) || MAX_PULL_LIMIT));
    const page = await pullFeed(db, office.id, since, limit, MAX_PULL_LIMIT * 10);
    const bundle: UpdatesBundle = { format: SYNC_BUNDLE_FORMAT, version: 1, kind: 'updates', officeId: office.id, createdAt: new Date().toISOString(), since, ...page };
    return bundle;
  });

  return app;
}
