import type { CaseDatabase, CommissionRow, OfficeRow, SettingRow, UserRow } from './database';

/**
 * The office's own reference data: the office, its users and their roles, its commissions, and settings. Repositories
 * only (ARCHITECTURE.md: nothing outside shared/store touches tables); the admin desk validates what it submits.
 */
export const officeDirectory = {
  putOffice: (db: CaseDatabase, office: OfficeRow) => db.offices.put(office),
  findOffice: (db: CaseDatabase, id: string) => db.offices.get(id),
  listOffices: (db: CaseDatabase) => db.offices.toArray(),
  putUser: (db: CaseDatabase, user: UserRow) => db.users.put(user),
  findUser: (db: CaseDatabase, id: string) => db.users.get(id),
  listUsers: (db: CaseDatabase, officeId: string) => db.users.where('officeId').equals(officeId).sortBy('fullName'),
  putCommission: (db: CaseDatabase, commission: CommissionRow) => db.commissions.put(commission),
  listCommissions: (db: CaseDatabase, officeId: string) => db.commissions.where('officeId').equals(officeId).toArray(),
} as const;

/** Settings by key (language, the device's id and office, the office calendar's extra days off…). */
export const settings = {
  find: async <T>(db: CaseDatabase, key: string): Promise<T | undefined> => (await db.settings.get(key))?.value as T | undefined,
  put: (db: CaseDatabase, key: string, value: unknown) => db.settings.put({ key, value } satisfies SettingRow),
} as const;
