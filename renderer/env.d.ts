/** Injected by Vite (`define` in renderer/vite.config.ts). */
declare const __APP_VERSION__: string;
