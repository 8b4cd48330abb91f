import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseDatabase, openCaseStore, SCHEMA_VERSION, StoreError, storeMessage, toStoreError } from '../../../shared/store';
import ru from '../../../shared/i18n/ru.json';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('IndexedDB errors reach the user in their language', () => {
  it.each([
    ['QuotaExceededError', 'quotaExceeded'],
    ['VersionError', 'versionTooNew'],
    ['AbortError', 'aborted'],
    ['ConstraintError', 'constraint'],
    ['DatabaseClosedError', 'closed'],
    ['InvalidStateError', 'unavailable'],
    ['MissingAPIError', 'unavailable'],
  ] as const)('%s → %s', (name, code) => {
    const error = toStoreError(new DOMException('x', name));
    expect(error).toBeInstanceOf(StoreError);
    expect(error.code).toBe(code);
    expect(error.localized).toEqual(storeMessage(code));
    expect(error.localized.kk).not.toBe(error.localized.ru);
  });

  it('the most specific cause wins: an abort caused by a full disk reads as "no space"', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const abort = Object.assign(new Dexie.AbortError('Transaction aborted'), { inner: quota });
    expect(toStoreError(abort).code).toBe('quotaExceeded');
    const bulk = new Dexie.BulkError('bulk', { 0: new DOMException('c', 'ConstraintError') });
    expect(toStoreError(bulk).code).toBe('constraint');
  });

  it('anything else is "unknown" with its details, never a raw exception', () => {
    const error = toStoreError(new TypeError('boom'));
    expect(error.code).toBe('unknown');
    expect(error.localized.ru).toBe(ru.storeError.unknown.replace('{{details}}', 'TypeError: boom'));
  });

  it('a database written by a newer version of the program: "update the program", data untouched', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    names.push(name);
    // Dexie stores version n as IndexedDB version n×10; 990 is far ahead of ours.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 990);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const failure = await openCaseStore({ name }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).code).toBe('versionTooNew');
  });

  it('an upgrade blocked by another window: the user is asked to close it, then the upgrade proceeds', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    names.push(name);
    const old = new CaseDatabase({ name, schemaVersion: 1 });
    await old.open();
    // A connection that ignores "versionchange" (as an old build without Dexie's handler would).
    old.on('versionchange', () => false);
    const blocked: string[] = [];
    const opening = openCaseStore({ name, onBlocked: () => blocked.push(storeMessage('upgradeBlocked').ru) });
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    expect(blocked[0]).toBe(ru.storeError.upgradeBlocked);
    old.close();
    const store = await opening;
    expect(store.db.verno).toBe(SCHEMA_VERSION);
    store.close();
  });
});
