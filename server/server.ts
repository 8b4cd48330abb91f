import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openPglite, openPostgres, type SyncDatabase } from './database';
import { migrate } from './migrate';

export const DEFAULT_PORT = 47700;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = './server-data';

export type SyncServerOptions = {
  /** A PostgreSQL connection string; when absent, PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  /** PGlite's data folder (default ./server-data); `memory` for a throw-away in-memory database. */
  readonly dataDir?: string;
  /** An already open database (tests share one between two instances). */
  readonly database?: SyncDatabase;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly logger?: boolean;
  /** Pool size per instance against PostgreSQL. */
  readonly poolSize?: number;
};

export type SyncServer = {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly database: SyncDatabase;
  close(): Promise<void>;
};

export async function openDatabase(options: Pick<SyncServerOptions, 'databaseUrl' | 'dataDir' | 'poolSize'>): Promise<SyncDatabase> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize === undefined ? {} : { max: options.poolSize });
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  return openPglite(dir === 'memory' ? undefined : dir);
}

/**
 * Opens (or takes) the database, applies pending migrations (safe with several instances starting at once), and
 * listens. Closing stops listening and closes the database only if this call opened it.
 */
export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const database = options.database ?? (await openDatabase(options));
  const owned = options.database === undefined;
  try {
    await migrate(database);
    const app = buildApp(database, options.logger === undefined ? {} : { logger: options.logger });
    const url = await app.listen({ host: options.host ?? DEFAULT_HOST, port: options.port ?? DEFAULT_PORT });
    return {
      url,
      app,
      database,
      async close() {
        await app.close();
        if (owned) await database.close();
      },
    };
  } catch (error) {
    if (owned) await database.close();
    throw error;
  }
}
