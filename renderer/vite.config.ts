import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Preloads the fonts of the first screen (Noto Sans 400 and 500 in Cyrillic, Kazakh and Latin) from index.html: they
 * then arrive while the code loads, instead of being asked for by the first layout and holding up the first paint.
 */
function preloadFirstScreenFonts(): Plugin {
  return {
    name: 'preload-first-screen-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => /noto-sans-(cyrillic|cyrillic-ext|latin)-(400|500)-normal-[\w-]+\.woff2$/.test(file))
          .sort()
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', href: `./${file}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' as const })),
    },
  };
}

// The renderer is one bundle with relative URLs, so the same build runs from Electron's app:// scheme, from the
// fallback static server, and under `vite preview` in the Playwright tests.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), preloadFirstScreenFonts()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  server: { fs: { allow: [projectRoot] } },
  build: {
    // RENDERER_OUT lets parallel local runs build and preview their own copy; the default is what Electron packs.
    outDir: process.env.RENDERER_OUT ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2500,
  },
});
