import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SyncDatabase } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Any constant shared by every instance: the advisory lock that lets one instance migrate while the others wait. */
const MIGRATION_LOCK = 470_001;

export type Migration = { readonly version: number; readonly name: string; readonly sql: string };

/** `NNN_name.sql` files of server/migrations, in order. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[\w-]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ version: Number(file.slice(0, 3)), name: file, sql: readFileSync(`${dir}${file}`, 'utf8') }));
}

/**
 * Applies the migrations not yet recorded in schema_migrations, in order, in ONE transaction holding a transaction-level
 * advisory lock: several instances starting together against one database apply each migration exactly once (the
 * others wait for the lock, then find them recorded). DDL is transactional in PostgreSQL, so a failing migration
 * leaves nothing half-done. Returns the versions applied now.
 */
export async function migrate(db: SyncDatabase, migrations: readonly Migration[] = listMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/**
 * Statements of a migration file, one per `;` at a line end. Both drivers run one statement per parameterless query in
 * a transaction the same way this way; migrations hold no functions with `;` inside bodies (add a splitter if one does).
 */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
