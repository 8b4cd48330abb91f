import type { Messages } from '../i18n/languages';
import { localized } from '../i18n/localize';
import type { LocalizedText, Role } from '../regulations/types';
import { createBlock, isLocalBlock, LOCAL_BLOCKS } from '../numbering';
import type { CaseDatabase, OfficeRow, UserRow } from './database';
import { saveNumberingBlock } from './numberingBlocks';
import { hashPassword, verifyPassword, type PasswordHash } from './passwordHash';

/**
 * Users of the workstation and how they sign in. Passwords are kept only as PBKDF2 hashes (passwordHash.ts) in their
 * own table, apart from the user rows that worklists read. Repeated failures lock the login for a while.
 */
export type CredentialRow = {
  readonly userId: string;
  /** Lower-case login, unique in the office database. */
  readonly login: string;
  readonly password: PasswordHash;
  readonly failedAttempts: number;
  /** ISO instant until which sign-in is refused after too many failures. */
  readonly lockedUntil?: string;
};

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;
export const MIN_PASSWORD_LENGTH = 8;

type AccountMessage = keyof Messages['account'];
function localizeStore(key: AccountMessage, params: Readonly<Record<string, string | number>> = {}): LocalizedText {
  return localized((m) => m.account[key], params);
}

const credentials = (db: CaseDatabase) => db.table<CredentialRow, string>('credentials');
const normalizeLogin = (login: string) => login.trim().toLocaleLowerCase('en');

export type AccountResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: LocalizedText };

export type NewUser = {
  readonly officeId: string;
  readonly fullName: string;
  readonly login: string;
  readonly password: string;
  readonly roles: readonly Role[];
};

function checkNewUser(user: NewUser): LocalizedText | undefined {
  if (!user.fullName.trim()) return localizeStore('accountNameRequired');
  if (!/^[a-z0-9._-]{3,40}$/i.test(user.login.trim())) return localizeStore('accountLoginInvalid');
  if (user.password.length < MIN_PASSWORD_LENGTH) return localizeStore('accountPasswordShort', { min: MIN_PASSWORD_LENGTH });
  if (user.roles.length === 0) return localizeStore('accountRoleRequired');
  return undefined;
}

/** The administrator creates a user with roles; the password is hashed before anything is written. */
export async function createUser(db: CaseDatabase, user: NewUser, id: string = crypto.randomUUID()): Promise<AccountResult<UserRow>> {
  const invalid = checkNewUser(user);
  if (invalid) return { ok: false, reason: invalid };
  const login = normalizeLogin(user.login);
  if (await credentials(db).where('login').equals(login).first()) return { ok: false, reason: localizeStore('accountLoginTaken', { login }) };
  const password = await hashPassword(user.password);
  const row: UserRow = { id, officeId: user.officeId, fullName: user.fullName.trim(), roles: [...user.roles], active: true, login };
  await db.transaction('rw', db.users, credentials(db), async () => {
    await db.users.add(row);
    await credentials(db).add({ userId: id, login, password, failedAttempts: 0 });
  });
  return { ok: true, value: row };
}

export type OfficeSetup = {
  readonly office: OfficeRow;
  readonly admin: Omit<NewUser, 'officeId' | 'roles'>;
  readonly deviceId: string;
  /**
   * The numbering block the administrator assigns to this device (unique per device of the office), from
   * LOCAL_BLOCKS: the centre issues only blocks below them, so a block picked offline never meets one it hands out.
   */
  readonly block: number;
  readonly year: number;
};

/** First start: the office, its administrator and this device's numbering block, all at once or nothing. */
export async function setupOffice(db: CaseDatabase, setup: OfficeSetup): Promise<AccountResult<UserRow>> {
  if (!/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(setup.office.id)) return { ok: false, reason: localizeStore('officeCodeInvalid') };
  if (!setup.office.name.ru.trim() || !setup.office.name.kk.trim()) return { ok: false, reason: localizeStore('officeNameRequired') };
  if (!Number.isInteger(setup.block) || setup.block < 1 || setup.block > 9999) return { ok: false, reason: localizeStore('blockInvalid') };
  if (!isLocalBlock(setup.block)) return { ok: false, reason: localized((m) => m.sync.numbering.blockNotLocal, { first: LOCAL_BLOCKS.first, last: LOCAL_BLOCKS.last }) };
  if ((await db.offices.count()) > 0) return { ok: false, reason: localizeStore('officeAlreadySetUp') };
  const admin: NewUser = { ...setup.admin, officeId: setup.office.id, roles: ['admin'] };
  const invalid = checkNewUser(admin);
  if (invalid) return { ok: false, reason: invalid };
  await db.offices.put(setup.office);
  const created = await createUser(db, admin);
  if (!created.ok) {
    await db.offices.delete(setup.office.id);
    return created;
  }
  await saveNumberingBlock(db, createBlock({ office: setup.office.id, year: setup.year, block: setup.block }), setup.deviceId);
  await db.settings.bulkPut([
    { key: 'office.id', value: setup.office.id },
    { key: 'device.id', value: setup.deviceId },
  ]);
  return created;
}

/**
 * Sign in. A wrong password counts a failure; the fifth in a row locks the login for LOCKOUT_MINUTES. The reason never
 * says whether the login exists (only "wrong login or password"), except for the lock, which the owner must know.
 */
export async function authenticate(db: CaseDatabase, login: string, password: string, now: Date = new Date()): Promise<AccountResult<UserRow>> {
  const credential = await credentials(db).where('login').equals(normalizeLogin(login)).first();
  const wrong = { ok: false as const, reason: localizeStore('accountWrongCredentials') };
  if (!credential) return wrong;
  if (credential.lockedUntil && credential.lockedUntil > now.toISOString()) {
    return { ok: false, reason: localizeStore('accountLocked', { minutes: Math.ceil((Date.parse(credential.lockedUntil) - now.getTime()) / 60_000) }) };
  }
  const user = await db.users.get(credential.userId);
  if (!user || !user.active) return wrong;
  if (!(await verifyPassword(password, credential.password))) {
    const failedAttempts = credential.failedAttempts + 1;
    const locked = failedAttempts >= MAX_FAILED_ATTEMPTS;
    await credentials(db).put({
      ...credential,
      failedAttempts: locked ? 0 : failedAttempts,
      ...(locked ? { lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() } : {}),
    });
    return locked ? { ok: false, reason: localizeStore('accountLocked', { minutes: LOCKOUT_MINUTES }) } : wrong;
  }
  if (credential.failedAttempts > 0 || credential.lockedUntil) await credentials(db).put({ userId: credential.userId, login: credential.login, password: credential.password, failedAttempts: 0 });
  return { ok: true, value: user };
}

export async function setUserActive(db: CaseDatabase, userId: string, active: boolean): Promise<void> {
  await db.users.update(userId, { active });
}

export async function setPassword(db: CaseDatabase, userId: string, password: string): Promise<AccountResult<true>> {
  if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, reason: localizeStore('accountPasswordShort', { min: MIN_PASSWORD_LENGTH }) };
  const credential = await credentials(db).get(userId);
  if (!credential) return { ok: false, reason: localizeStore('accountWrongCredentials') };
  await credentials(db).put({ userId, login: credential.login, password: await hashPassword(password), failedAttempts: 0 });
  return { ok: true, value: true };
}

export const accounts = { createUser, setupOffice, authenticate, setUserActive, setPassword } as const;
