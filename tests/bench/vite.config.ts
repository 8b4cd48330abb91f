import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The benchmark and crash-harness pages (not the product UI): the store code bundled as the renderer bundles it, run
 * in headless Chromium by tests/bench/run-bench.mjs and tests/e2e/store-crash.spec.ts.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { bench: fileURLToPath(new URL('./bench.html', import.meta.url)), crash: fileURLToPath(new URL('./crash.html', import.meta.url)) },
    },
  },
});
