/**
 * The `app://local/…` scheme: serves the built renderer (dist/renderer) and, for a moment, HTML documents being
 * printed to PDF. A fixed privileged standard scheme gives the renderer a stable origin, so its IndexedDB data
 * persists between starts and across app updates (file:// would give every path its own opaque origin).
 *
 * The request → response logic is plain code over an injected file reader, so it is tested without Electron.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './security';

/** Passed to `protocol.registerSchemesAsPrivileged` before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  // The CSP stays in force: the scheme must not bypass it.
  bypassCSP: false,
  corsEnabled: false,
  stream: true,
  codeCache: true,
  allowServiceWorkers: false,
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Path prefix of documents registered for printing. */
const PRINT_PREFIX = '/__print__/';

/** HTML documents that exist only while they are printed (pdf.ts registers, prints, releases). */
export class PrintDocuments {
  readonly #documents = new Map<string, string>();
  readonly #newId: () => string;

  constructor(newId: () => string) {
    this.#newId = newId;
  }

  /** Makes `html` reachable at the returned app URL until `release` is called. */
  register(html: string): { url: string; release: () => void } {
    const id = this.#newId();
    this.#documents.set(id, html);
    return {
      url: `${APP_SCHEME}://${APP_HOST}${PRINT_PREFIX}${id}.html`,
      release: () => this.#documents.delete(id),
    };
  }

  find(pathname: string): string | undefined {
    if (!pathname.startsWith(PRINT_PREFIX) || !pathname.endsWith('.html')) return undefined;
    return this.#documents.get(pathname.slice(PRINT_PREFIX.length, -'.html'.length));
  }
}

/**
 * Maps a request path to a file under `root`, or undefined when it would escape `root`. Paths without an extension
 * are client-side routes and get index.html.
 */
export function resolveAppFile(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' || path.posix.extname(decoded) === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  return resolved.startsWith(rootWithSep) ? resolved : undefined;
}

export type AppProtocolDeps = {
  /** Absolute path of dist/renderer. */
  root: string;
  readFile: (filePath: string) => Promise<Uint8Array>;
  printDocuments: PrintDocuments;
  log: (message: string) => void;
};

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': contentType } });
}

/** The `protocol.handle(APP_SCHEME, …)` handler. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    }
    const printed = deps.printDocuments.find(url.pathname);
    if (printed !== undefined) return respond(200, printed, CONTENT_TYPES['.html'] ?? 'text/html');

    const filePath = resolveAppFile(deps.root, url.pathname);
    if (filePath === undefined) return respond(403, 'Forbidden', 'text/plain; charset=utf-8');
    try {
      const bytes = await deps.readFile(filePath);
      return respond(200, request.method === 'HEAD' ? null : (bytes as Uint8Array<ArrayBuffer>), contentTypeOf(filePath));
    } catch {
      deps.log(`app protocol: not found ${url.pathname}`);
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
  };
}
