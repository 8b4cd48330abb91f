import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The one database interface the service uses: the same SQL runs on PostgreSQL (node-postgres pool, `DATABASE_URL`)
 * and on PGlite (embedded PostgreSQL in a data folder, `npm run server`'s default). Values that differ between the two
 * drivers (bigint as string or number, timestamps as Date) are normalised by the callers with the helpers below.
 */
export type Row = Record<string, unknown>;

export interface Sql {
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<{ readonly rows: T[] }>;
}

export interface SyncDatabase extends Sql {
  /** Runs `work` in one transaction on one connection; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `postgres` or `pglite` — for the startup line and the README's measurements. */
  readonly kind: 'postgres' | 'pglite';
}

export function openPostgres(connectionString: string, options: { readonly max?: number } = {}): SyncDatabase {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client that loses its connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await pool.query(text, params as unknown[]);
      return { rows: result.rows as T[] };
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const tx: Sql = {
          async query<R extends Row>(text: string, params: readonly unknown[] = []) {
            const result = await client.query(text, params as unknown[]);
            return { rows: result.rows as R[] };
          },
        };
        const value = await work(tx);
        await client.query('COMMIT');
        return value;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** PGlite in `dataDir` (created when missing), or in memory when `dataDir` is undefined. One process per folder. */
export async function openPglite(dataDir?: string): Promise<SyncDatabase> {
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(text, params as unknown[]);
      return { rows: result.rows };
    },
    transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
      return db.transaction(async (inner) => {
        const tx: Sql = {
          async query<R extends Row>(text: string, params: readonly unknown[] = []) {
            const result = await inner.query<R>(text, params as unknown[]);
            return { rows: result.rows };
          },
        };
        return work(tx);
      });
    },
    close: () => db.close(),
  };
}

/** bigint/int8 values: a string from node-postgres, a number from PGlite. */
export function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'bigint') return Number(value);
  throw new TypeError(`not a number: ${String(value)}`);
}

export function asIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError(`not a timestamp: ${String(value)}`);
}

export function asIsoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : asIso(value);
}

/** PostgreSQL error codes the service reacts to. */
export const PG_UNIQUE_VIOLATION = '23505';
export const PG_SERIALIZATION_FAILURE = '40001';
export const PG_DEADLOCK = '40P01';

export function pgErrorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
