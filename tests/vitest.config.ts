import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Node environment for shared/ and electron/ (and the lint rule); jsdom for components (tests/renderer).
// shared/ tests get fake-indexeddb so store code runs against a real IndexedDB implementation, not mocks.
export default defineConfig({
  root,
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/artifacts/vitest.json' },
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/{shared,electron,lint}/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/shared/setup-indexeddb.ts'],
        },
      },
      {
        // The central sync service against a REAL PostgreSQL (DATABASE_URL; tests/server/pg.ts gives each file its own
        // database and fails — never skips — without it). fake-indexeddb for the desktop clients some of them run.
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/shared/setup-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/shared/setup-indexeddb.ts'],
        },
      },
    ],
  },
});
