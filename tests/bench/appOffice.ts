import { localDateOf } from '../../shared/calendar';
import { CaseDatabase } from '../../shared/store';
import { createUser, setupOffice } from '../../shared/store/accounts';

/**
 * The office the cold-start measure logs into: the benchmark's 200,000 cases seeded in the application's own database
 * (DATABASE_NAME), plus what a first start writes (the office, its administrator, this device's block) and a head of
 * the district office, whose first worklist ("to assign") is what "interactive" means in the measure.
 */
export const APP_OFFICE = { id: 'ALM-AU', name: { ru: 'Отдел занятости (замер)', kk: 'Жұмыспен қамту бөлімі (өлшеу)' } } as const;
export async function prepareAppOffice(name: string, head: { readonly login: string; readonly password: string }, now: Date = new Date()): Promise<void> {
  const db = new CaseDatabase({ name });
  await db.open();
  try {
    const setup = await setupOffice(db, {
      office: APP_OFFICE,
      admin: { fullName: 'Администратор замера', login: 'bench.admin', password: head.password },
      deviceId: 'bench-app-device',
      block: 9500,
      year: Number(localDateOf(now.toISOString()).slice(0, 4)),
    });
    if (!setup.ok) throw new Error(`office setup refused: ${setup.reason.ru}`);
    const created = await createUser(db, { officeId: APP_OFFICE.id, fullName: 'Бенчев Бенч', login: head.login, password: head.password, roles: ['head'] });
    if (!created.ok) throw new Error(`head refused: ${created.reason.ru}`);
  } finally {
    db.close();
  }
}
