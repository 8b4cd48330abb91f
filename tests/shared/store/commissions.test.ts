import { afterEach, describe, expect, it } from 'vitest';
import { currentVersionOf } from '../../../shared/regulations/catalogue';
import {
  attendanceOf,
  compositionsFor,
  listCommissions,
  regulationCommissions,
  saveCommission,
  type CaseDatabase,
  type CommissionDraft,
  type UserRow,
} from '../../../shared/store';
import { OFFICE, openTestDb } from './fixtures';

const opened: CaseDatabase[] = [];
async function db(): Promise<CaseDatabase> {
  const d = await openTestDb();
  opened.push(d);
  const users: UserRow[] = [
    { id: 'chair-1', officeId: OFFICE, fullName: 'Иманова Сәуле', roles: ['commission_chair'], active: true },
    { id: 'member-1', officeId: OFFICE, fullName: 'Қасымов Бауыржан', roles: ['commission_member'], active: true },
    { id: 'member-2', officeId: OFFICE, fullName: 'Омарова Гүлнар', roles: ['commission_member', 'commission_chair'], active: true },
    { id: 'gone', officeId: OFFICE, fullName: 'Бекова Сания', roles: ['commission_member'], active: false },
    { id: 'operator', officeId: OFFICE, fullName: 'Оператор Окна', roles: ['operator'], active: true },
    { id: 'elsewhere', officeId: 'ALM-BOST', fullName: 'Другой Офис', roles: ['commission_member'], active: true },
  ];
  await d.users.bulkPut(users);
  return d;
}

afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete();
  }
});

const draft = (overrides: Partial<CommissionDraft> = {}): CommissionDraft => ({
  officeId: OFFICE,
  commissionId: 'district-commission',
  name: { ru: 'Участковая комиссия № 1', kk: '№ 1 учаскелік комиссия' },
  members: [
    { userId: 'chair-1', role: 'commission_chair' },
    { userId: 'member-1', role: 'commission_member' },
  ],
  ...overrides,
});

describe('the office\'s commissions (composition)', () => {
  it('lists each commission of the regulations once, with the services that send cases to it', () => {
    const all = regulationCommissions();
    const district = all.find((c) => c.id === 'district-commission');
    expect(district).toBeDefined();
    // 002 R6 (child benefit), R7 (targeted social assistance) and R13 (local social assistance) share the district commission.
    expect(district?.services.map((s) => s.id)).toEqual(expect.arrayContaining(['targeted-social-assistance', 'child-benefit', 'social-assistance-local']));
    // The shortest of the names the services give it, capitalised: what the administrator picks from.
    expect(district?.name).toEqual({ ru: 'Участковая комиссия', kk: 'Учаскелік комиссия' });
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining(['foreign-labour-commission', 'special-commission']));
  });

  it('saves a valid commission, chair first, and edits it in place', async () => {
    const d = await db();
    const created = await saveCommission(d, draft({ members: [{ userId: 'member-1', role: 'commission_member' }, { userId: 'chair-1', role: 'commission_chair' }] }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.members.map((m) => m.userId)).toEqual(['chair-1', 'member-1']);
    const edited = await saveCommission(d, draft({ members: [...draft().members, { userId: 'member-2', role: 'commission_member' }] }), created.value.id);
    expect(edited.ok).toBe(true);
    const rows = await listCommissions(d, OFFICE);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.members).toHaveLength(3);
  });

  it.each([
    ['no chair', draft({ members: [{ userId: 'member-1', role: 'commission_member' }, { userId: 'member-2', role: 'commission_member' }] }), 'ровно один председатель', 'бір ғана төраға'],
    ['two chairs', draft({ members: [{ userId: 'chair-1', role: 'commission_chair' }, { userId: 'member-2', role: 'commission_chair' }, { userId: 'member-1', role: 'commission_member' }] }), 'ровно один председатель', 'бір ғана төраға'],
    ['the chair alone', draft({ members: [{ userId: 'chair-1', role: 'commission_chair' }] }), 'хотя бы одного члена', 'кемінде бір'],
    ['an inactive member', draft({ members: [...draft().members, { userId: 'gone', role: 'commission_member' }] }), 'отключён', 'өшірілген'],
    ['a user without the member role', draft({ members: [...draft().members, { userId: 'operator', role: 'commission_member' }] }), 'нет роли «Член комиссии»', '«Комиссия мүшесі» рөлі жоқ'],
    ['a chair without the chair role', draft({ members: [{ userId: 'member-1', role: 'commission_chair' }, { userId: 'chair-1', role: 'commission_member' }] }), 'нет роли «Председатель комиссии»', '«Комиссия төрағасы» рөлі жоқ'],
    ['a user of another office', draft({ members: [...draft().members, { userId: 'elsewhere', role: 'commission_member' }] }), 'не найден', 'табылмады'],
    ['the same user twice', draft({ members: [...draft().members, { userId: 'member-1', role: 'commission_member' }] }), 'дважды', 'екі рет'],
    ['no Kazakh name', draft({ name: { ru: 'Комиссия', kk: '  ' } }), 'на русском и казахском', 'орыс және қазақ'],
    ['a commission the regulations do not know', draft({ commissionId: 'no-such-commission' }), 'предусмотренную регламентами', 'Регламенттерде'],
  ])('refuses %s with a message in both languages', async (_name, bad, ru, kk) => {
    const d = await db();
    const result = await saveCommission(d, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.ru).toContain(ru);
    expect(result.reason.kk).toContain(kk);
    expect(await listCommissions(d, OFFICE)).toHaveLength(0);
  });

  it('refuses a second commission with the same name, and editing a commission that does not exist', async () => {
    const d = await db();
    expect((await saveCommission(d, draft())).ok).toBe(true);
    const twin = await saveCommission(d, draft({ name: { ru: ' участковая комиссия № 1 ', kk: 'басқа' } }));
    expect(twin.ok).toBe(false);
    const missing = await saveCommission(d, draft({ name: { ru: 'Другая', kk: 'Басқа' } }), 'no-such-id');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.reason.ru).toBe('Комиссия не найдена');
    expect(await listCommissions(d, OFFICE)).toHaveLength(1);
  });

  it('offers a case only the compositions of its service\'s commissions, and prefills the attendance from them', async () => {
    const d = await db();
    const district = await saveCommission(d, draft());
    const labour = await saveCommission(d, draft({ commissionId: 'foreign-labour-commission', name: { ru: 'Комиссия по ИРС', kk: 'ШЖК комиссиясы' } }));
    expect(district.ok && labour.ok).toBe(true);
    const rows = await listCommissions(d, OFFICE);
    const tsa = currentVersionOf('targeted-social-assistance');
    const forTsa = compositionsFor(rows, tsa);
    expect(forTsa.map((r) => r.commissionId)).toEqual(['district-commission']);
    const users = await d.users.toArray();
    expect(attendanceOf(forTsa[0]!, users)).toEqual([
      { userId: 'chair-1', role: 'commission_chair', name: 'Иманова Сәуле' },
      { userId: 'member-1', role: 'commission_member', name: 'Қасымов Бауыржан' },
    ]);
    expect(compositionsFor(rows, currentVersionOf('unemployed-registration'))).toEqual([]);
  });
});
