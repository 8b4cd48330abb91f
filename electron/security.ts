/**
 * All Electron hardening of the app, in one place (after actualbudget/actual desktop-electron/security.ts).
 *
 * The decisions are pure functions (tested in tests/electron/security.test.ts); `hardenWebContents` and
 * `hardenSession` only wire them to Electron objects. Electron is imported for types only, so this file loads in
 * plain Node and the OS-facing parts (`shell.openExternal`) are passed in.
 */
import type { Session, WebContents, WebPreferences } from 'electron';

/** The privileged scheme the renderer is served from: `app://local/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'local';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Sent with every response of the app scheme (and of the browser fallback server, electron/tools/start.mjs, which
 * a test keeps identical). Inline styles are allowed because MUI/emotion injects <style> tags; nothing else is
 * inline, nothing is evaluated, nothing comes from another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Sync (issue #6): the central sync service the administrator configures — over TLS, or on this machine.
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers added to every response of the app scheme. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * webPreferences of every window: the renderer is an ordinary sandboxed web page whose only door to the system is
 * the preload's contextBridge API.
 */
export function secureWebPreferences(options: { preload?: string; javascript?: boolean } = {}): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    javascript: options.javascript ?? true,
    ...(options.preload === undefined ? {} : { preload: options.preload }),
  };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True for a URL of the app itself. Checked by scheme and host, not `URL.origin`: WHATWG URL gives custom schemes
 * an opaque origin ("null"), so comparing origins would accept every custom-scheme URL alike.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  // Chromium lower-cases the host of a standard scheme; WHATWG URL in Node keeps non-special hosts as written.
  return parsed !== undefined && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
}

/** Links that may leave the app for the OS browser: http and https only, without embedded credentials. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== undefined &&
    (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export type NavigationDecision = { allow: true } | { allow: false; openExternally: boolean };

/** In-page navigation stays inside the app; a link to the web opens in the OS browser instead. */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return { allow: true };
  return { allow: false, openExternally: isSafeExternalUrl(url) };
}

/** Redirects are server-driven: only redirects inside the app are followed, nothing is opened externally. */
export function decideRedirect(url: string): NavigationDecision {
  return isAppUrl(url) ? { allow: true } : { allow: false, openExternally: false };
}

/** `window.open` / target=_blank never creates a window; a web link goes to the OS browser. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

/**
 * Permission requests and checks (camera, microphone, geolocation, notifications, clipboard-read, …) are all
 * refused: the workstation needs none of them, and a refused permission cannot be abused.
 */
export function decidePermission(_permission: string): false {
  return false;
}

export type SecurityDeps = {
  /** `shell.openExternal` — called only with URLs that passed `isSafeExternalUrl`. */
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
};

function openExternally(url: string, deps: SecurityDeps): void {
  if (!isSafeExternalUrl(url)) return;
  deps.openExternal(url).catch((error: unknown) => deps.log(`openExternal failed for ${url}: ${String(error)}`));
}

/** Applied to every webContents the app creates (main window and hidden print windows), via `web-contents-created`. */
export function hardenWebContents(contents: WebContents, deps: SecurityDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) openExternally(url, deps);
    else deps.log(`blocked window.open(${url})`);
    return { action: decision.action };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = decideNavigation(url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openExternally(url, deps);
    else deps.log(`blocked navigation to ${url}`);
  });
  contents.on('will-redirect', (event, url) => {
    if (decideRedirect(url).allow) return;
    event.preventDefault();
    deps.log(`blocked redirect to ${url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.log('blocked a <webview>');
  });
}

/** Applied once to the default session. */
export function hardenSession(session: Session, deps: Pick<SecurityDeps, 'log'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    deps.log(`denied permission request: ${permission}`);
    callback(decidePermission(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.setDevicePermissionHandler(() => false);
  // Files leave the app only through the save dialogs of electron/ipc/files.ts and pdf.ts.
  session.on('will-download', (event, item) => {
    event.preventDefault();
    deps.log(`blocked a download of ${item.getURL().slice(0, 200)}`);
  });
}
