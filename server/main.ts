import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { OfficeKind } from '../shared/sync/protocol';
import { createEnrolmentCode, createOffice, OfficeExists, rotateAdminToken } from './offices';
import { migrate } from './migrate';
import { DEFAULT_DATA_DIR, DEFAULT_HOST, DEFAULT_PORT, openDatabase, startSyncServer } from './server';

/**
 * `npm run server` — the central sync service. PostgreSQL when DATABASE_URL is set, otherwise PGlite in ./server-data
 * (nothing to install). Office set-up commands run against the same database and exit:
 *   npm run server -- --create-office ALM-AU --kind district --name-ru "…" --name-kk "…" [--admin-token T]
 *   npm run server -- --rotate-admin-token ALM-AU
 *   npm run server -- --enrolment-code ALM-AU [--ttl-minutes 60]
 * and, for scripted runs (the end-to-end tests), offices created when missing before serving:
 *   npm run server -- --seed offices.json   ([{ "id", "kind", "nameRu", "nameKk", "adminToken" }])
 */
const usage = `Usage: npm run server -- [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}] [--data-dir ${DEFAULT_DATA_DIR}]
       npm run server -- --create-office CODE --kind district|con|commission|city --name-ru NAME --name-kk NAME [--admin-token TOKEN]
       npm run server -- --rotate-admin-token CODE
       npm run server -- --enrolment-code CODE [--ttl-minutes N]
       npm run server -- --seed offices.json [--port …]   (creates the listed offices when missing, then serves)
DATABASE_URL=postgres://… selects PostgreSQL instead of PGlite.`;

const SeedOffices = z.array(
  z.object({ id: z.string(), kind: OfficeKind, nameRu: z.string().min(1), nameKk: z.string().min(1), adminToken: z.string().min(32) }),
);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'create-office': { type: 'string' },
      kind: { type: 'string' },
      'name-ru': { type: 'string' },
      'name-kk': { type: 'string' },
      'admin-token': { type: 'string' },
      'rotate-admin-token': { type: 'string' },
      'enrolment-code': { type: 'string' },
      'ttl-minutes': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = values['data-dir'] ?? process.env.SYNC_DATA_DIR ?? DEFAULT_DATA_DIR;

  if (values['create-office'] || values['rotate-admin-token'] || values['enrolment-code']) {
    const db = await openDatabase({ ...(databaseUrl ? { databaseUrl } : {}), dataDir });
    try {
      await migrate(db);
      if (values['create-office']) {
        const kind = OfficeKind.safeParse(values.kind ?? 'district');
        if (!kind.success || !values['name-ru'] || !values['name-kk']) {
          console.error(usage);
          return 2;
        }
        try {
          const created = await createOffice(db, {
            id: values['create-office'],
            kind: kind.data,
            name: { ru: values['name-ru'], kk: values['name-kk'] },
            ...(values['admin-token'] ? { adminToken: values['admin-token'] } : {}),
          });
          console.log(`Office ${created.office.id} (${created.office.kind}) created.`);
          console.log(`Administrator token (shown once; the centre keeps only its hash): ${created.adminToken}`);
        } catch (error) {
          if (error instanceof OfficeExists) {
            console.log(`Office ${error.officeId} exists already (its admin token is unchanged; --rotate-admin-token issues a new one).`);
            return 0;
          }
          throw error;
        }
      }
      if (values['rotate-admin-token']) {
        const token = await rotateAdminToken(db, values['rotate-admin-token']);
        if (!token) {
          console.error(`No office ${values['rotate-admin-token']}`);
          return 1;
        }
        console.log(`New administrator token for ${values['rotate-admin-token']}: ${token}`);
      }
      if (values['enrolment-code']) {
        const ttl = values['ttl-minutes'] === undefined ? undefined : Number(values['ttl-minutes']);
        const created = await createEnrolmentCode(db, values['enrolment-code'], ttl === undefined ? {} : { ttlMinutes: ttl });
        console.log(`One-time enrolment code for ${values['enrolment-code']}: ${created.code} (valid until ${created.expiresAt})`);
      }
      return 0;
    } finally {
      await db.close();
    }
  }

  const port = values.port === undefined ? Number(process.env.PORT ?? DEFAULT_PORT) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(usage);
    return 2;
  }
  const seed = values.seed === undefined ? [] : SeedOffices.parse(JSON.parse(readFileSync(values.seed, 'utf8')));
  const database = await openDatabase({ ...(databaseUrl ? { databaseUrl } : {}), dataDir });
  // Seeded offices exist before the first request can arrive.
  await migrate(database);
  for (const office of seed) {
    try {
      await createOffice(database, { id: office.id, kind: office.kind, name: { ru: office.nameRu, kk: office.nameKk }, adminToken: office.adminToken });
    } catch (error) {
      if (!(error instanceof OfficeExists)) throw error;
    }
  }
  const server = await startSyncServer({ database, host: values.host ?? process.env.HOST ?? DEFAULT_HOST, port });
  console.log(`Sync service listening on ${server.url} (${server.database.kind === 'postgres' ? 'PostgreSQL from DATABASE_URL' : `PGlite in ${dataDir}`})`);
  const stop = () => {
    void server
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
