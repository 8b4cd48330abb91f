/**
 * How the desktop reaches the centre: one request → one response, or a thrown TransportFailure when no answer came
 * (no link, refused, timed out, dropped). Injectable, so tests put a fault-injecting proxy between client and centre.
 */
export type TransportRequest = {
  readonly method: 'GET' | 'POST';
  /** A path of SYNC_PATHS, with its query string. */
  readonly path: string;
  readonly body?: unknown;
  readonly authorization?: string;
};

export type TransportResponse = { readonly status: number; readonly body: unknown };

export type SyncTransport = { send(request: TransportRequest): Promise<TransportResponse> };

/** No answer arrived: the link is down, the centre is unreachable, or the answer was lost. */
export class TransportFailure extends Error {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = 'TransportFailure';
  }
}

export type FetchLike = (input: string, init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal }) => Promise<{
  readonly status: number;
  text(): Promise<string>;
}>;

/** Normalises an address typed by an administrator: scheme required (http/https), no trailing slash. */
export function normaliseServerUrl(input: string): string | undefined {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The real transport: fetch with a timeout; JSON in, JSON out. */
export function fetchTransport(serverUrl: string, options: { readonly fetch?: FetchLike; readonly timeoutMs?: number } = {}): SyncTransport {
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    async send(request) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        const headers: Record<string, string> = { accept: 'application/json' };
        if (request.body !== undefined) headers['content-type'] = 'application/json';
        if (request.authorization !== undefined) headers.authorization = request.authorization;
        const response = await doFetch(`${serverUrl}${request.path}`, {
          method: request.method,
          headers,
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
          signal: controller.signal,
        });
        const text = await response.text();
        let body: unknown = undefined;
        if (text.length > 0) {
          try {
            body = JSON.parse(text) as unknown;
          } catch {
            body = undefined;
          }
        }
        return { status: response.status, body };
      } catch (error) {
        throw new TransportFailure(error instanceof Error ? error.message : String(error), { cause: error });
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
