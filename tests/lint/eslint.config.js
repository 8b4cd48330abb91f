// Lint for the whole repository (run from the repository root: `npm run lint`).
// Type-aware rules everywhere; process boundaries (ARCHITECTURE.md) enforced with import restrictions; no raw UI
// strings in components (every user-visible text goes through i18next).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { noRawUiStrings } from './no-raw-ui-strings.js';

const nodeOnly = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'worker_threads'];
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'react-i18next', '@mui/*', '@emotion/*', 'dexie-react-hooks', '@xstate/react'];

const restrict = (patterns, message) => ({ group: patterns, message });

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/artifacts/**', 'test-results/**', '**/*.d.ts.map', '.ci/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The plain .mjs tools (build, start, packaging check, CI runner, bench) are typed by the default project; they are
      // a dozen small files, above typescript-eslint's default cap of 8.
      parserOptions: {
        projectService: { allowDefaultProject: ['electron/tools/*.mjs', 'tests/*.mjs', 'tests/e2e/*.mjs', 'tests/bench/*.mjs'], maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16 },
        tsconfigRootDir: process.cwd(),
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/only-throw-error': 'error',
      // Async functions that implement a Promise-returning contract without awaiting are fine (IPC handlers, bridges).
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    // Node scripts; the ones that drive a browser pass functions that run in the page (page.evaluate), hence browser globals.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // shared/: pure TypeScript — no Electron, no node-only modules, no React/MUI, no Dexie outside shared/store.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['electron'], 'shared/ must not import Electron (ARCHITECTURE.md: shared is pure TypeScript).'),
            restrict(nodeOnly, 'shared/ must not import node-only modules.'),
            restrict(uiLibraries, 'shared/ must not import React, MUI or other UI libraries.'),
            restrict(['dexie'], 'Only shared/store touches Dexie.'),
            restrict(['**/renderer/**', '**/electron/**'], 'shared/ depends on nothing of ours above it.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'indexedDB'],
    },
  },
  {
    files: ['shared/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['electron'], 'shared/ must not import Electron.'),
            restrict(nodeOnly, 'shared/ must not import node-only modules.'),
            restrict(uiLibraries, 'shared/store must not import UI libraries (live-query hooks live in renderer/).'),
            restrict(['**/renderer/**', '**/electron/**'], 'shared/ depends on nothing of ours above it.'),
          ],
        },
      ],
    },
  },
  // renderer/: React + MUI; reaches the platform only through renderer/platform/bridge.ts.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks, local: { rules: { 'no-raw-ui-strings': noRawUiStrings } } },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['electron'], 'The renderer reaches Electron only through renderer/platform/bridge.ts.'),
            restrict(nodeOnly, 'The renderer runs in a sandboxed page: no node modules.'),
            restrict(['**/electron/**'], 'The renderer imports shared/ and the bridge type only.'),
            restrict(['dexie'], 'Only shared/store touches Dexie.'),
          ],
        },
      ],
      'local/no-raw-ui-strings': 'error',
    },
  },
  // server/: the central sync service (Node). It builds on shared/ (journal, workflow, protocol), never on the desktop.
  {
    files: ['server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            restrict(['**/renderer/**', '**/electron/**', 'electron'], 'The sync service does not import desktop code.'),
            restrict(['dexie', 'dexie-react-hooks'], 'The sync service stores in PostgreSQL, never IndexedDB.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [restrict(['**/renderer/**'], 'The main process does not import renderer code.')] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
