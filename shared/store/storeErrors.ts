import type { Messages } from '../i18n/languages';
import { localized } from '../i18n/localize';
import type { LocalizedText } from '../regulations/types';

/**
 * Every failure of the store reaches the user as a message in their language (ru.json / kk.json, section
 * `storeError`). IndexedDB and Dexie errors are mapped by name; a transaction that failed has written nothing
 * (IndexedDB aborts it as a whole), and the messages say so.
 */
export type StoreErrorCode = keyof Messages['storeError'];
export type StoreMessageParam = string | number | LocalizedText;

export function storeMessage(code: StoreErrorCode, params: Readonly<Record<string, StoreMessageParam>> = {}): LocalizedText {
  return localized((m) => m.storeError[code], params);
}

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    /** What the user reads, in both languages. */
    readonly localized: LocalizedText,
    options?: { readonly cause?: unknown },
  ) {
    super(localized.ru, options);
    this.name = 'StoreError';
  }
}

export function storeError(code: StoreErrorCode, params: Readonly<Record<string, StoreMessageParam>> = {}, cause?: unknown): StoreError {
  return new StoreError(code, storeMessage(code, params), cause === undefined ? undefined : { cause });
}

/** IndexedDB / Dexie error names → our codes. Dexie keeps the DOM name (`QuotaExceededError`…) or its own. */
const BY_NAME: Readonly<Record<string, StoreErrorCode>> = {
  QuotaExceededError: 'quotaExceeded',
  VersionError: 'versionTooNew',
  UpgradeError: 'versionTooNew',
  AbortError: 'aborted',
  TimeoutError: 'aborted',
  ConstraintError: 'constraint',
  DatabaseClosedError: 'closed',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotFoundError: 'unavailable',
  OpenFailedError: 'unavailable',
};

/** The chain of causes of an error: Dexie's `inner`, the standard `cause`, a BulkError's first failure. */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && current !== undefined; depth++) {
    chain.push(current);
    const record = current as { inner?: unknown; cause?: unknown; failures?: unknown };
    const failures = Array.isArray(record.failures) ? (record.failures as unknown[]) : Object.values((record.failures ?? {}) as Record<string, unknown>);
    current = record.inner ?? record.cause ?? failures[0];
  }
  return chain;
}

const nameOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string' ? (error as { name: string }).name : undefined;

/**
 * Any error thrown by the store, as a StoreError. The most specific cause wins: a transaction aborted because the
 * disk is full reads "no space", not "aborted".
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const chain = causes(error);
  const known = chain.find((e): e is StoreError => e instanceof StoreError);
  if (known) return known;
  const codes = chain.map((e) => BY_NAME[nameOf(e) ?? '']).filter((c): c is StoreErrorCode => c !== undefined);
  const priority: readonly StoreErrorCode[] = ['quotaExceeded', 'versionTooNew', 'constraint', 'unavailable', 'closed', 'aborted'];
  const code = priority.find((c) => codes.includes(c));
  if (code) return storeError(code, {}, error);
  const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return storeError('unknown', { details: details.slice(0, 300) }, error);
}
