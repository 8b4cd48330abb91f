import pg from 'pg';

/**
 * A fresh PostgreSQL database per test file on the server at DATABASE_URL (the issue wants the server tests on a real
 * PostgreSQL). .ci/run starts one on 127.0.0.1 and exports DATABASE_URL; locally:
 *   pg_ctlcluster 15 main start   (listen_addresses = '127.0.0.1'; a role with CREATEDB)
 *   DATABASE_URL=postgres://sync:sync@127.0.0.1:5432/sync npx vitest run --config tests/vitest.config.ts tests/server
 * Without DATABASE_URL the tests FAIL with this message — they never skip silently.
 */
export const MISSING_DATABASE_URL =
  'DATABASE_URL is not set: the server tests need a real PostgreSQL (a role with CREATEDB). .ci/run sets one up; locally start ' +
  "PostgreSQL on 127.0.0.1 and run with DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:5432/DB (see README, 'Central sync service').";

export type TestDatabase = { readonly url: string; readonly name: string; drop(): Promise<void> };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error(MISSING_DATABASE_URL);
  return url;
}

export async function freshDatabase(prefix = 'sync_test'): Promise<TestDatabase> {
  const base = databaseUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
