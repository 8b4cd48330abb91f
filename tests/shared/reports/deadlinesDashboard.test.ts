import { describe, expect, it } from 'vitest';
import { kazakhstanCalendar } from '../../../shared/calendar';
import { dashboardTable, deadlinesDashboard, needsAttention, type ReportCase } from '../../../shared/reports';

const base = { serviceId: 'prosthetic-aid', version: 'almaty-2014-2-236', officeId: 'ALM-AU', applicantName: 'Ахметов Арман', status: 'review', stage: 'review', registeredAt: '2026-04-01T05:00:00.000Z', registeredOn: '2026-04-01', steps: [] } as const;
const open = (id: string, due: string, assignee?: { id: string; name: string }, serviceId: string = base.serviceId): ReportCase => ({
  ...base,
  serviceId,
  id,
  number: `N-${id}`,
  dueDate: due,
  openDue: due,
  ...(assignee ? { assigneeId: assignee.id, assigneeName: assignee.name } : {}),
});
const omarova = { id: 'u-1', name: 'Омарова Гүлнар' };

describe('deadlines dashboard', () => {
  // Fri 17.04.2026; 2 working days ahead = Tue 21.04 (the weekend does not count).
  const cases: ReportCase[] = [
    open('a', '2026-04-15', omarova),
    open('b', '2026-04-17', omarova),
    open('c', '2026-04-20'),
    open('d', '2026-04-21', omarova, 'private-invitation'),
    open('e', '2026-04-22', omarova),
    { ...open('f', '2026-04-10'), status: 'issued', openDue: undefined },
    open('g', '9999-12-31'),
  ];
  const dash = deadlinesDashboard(kazakhstanCalendar, cases, '2026-04-17', 2);

  it('buckets: overdue, due today, due within N working days; closed and far cases left out', () => {
    expect(dash.soonUntil).toBe('2026-04-21');
    expect(dash.rows.map((r) => [r.caseId, r.bucket, r.remaining])).toEqual([
      ['a', 'overdue', -2],
      ['b', 'today', 0],
      ['c', 'soon', 1],
      ['d', 'soon', 2],
    ]);
    expect(dash.counts).toEqual({ overdue: 1, today: 1, soon: 2 });
    expect(needsAttention(dash.counts)).toBe(2);
  });

  it('groups by service and by responsible specialist, the most overdue first', () => {
    expect(dash.byService).toEqual([
      { key: 'prosthetic-aid', counts: { overdue: 1, today: 1, soon: 1 } },
      { key: 'private-invitation', counts: { overdue: 0, today: 0, soon: 1 } },
    ]);
    expect(dash.byAssignee).toEqual([
      { key: 'u-1', label: 'Омарова Гүлнар', counts: { overdue: 1, today: 1, soon: 1 } },
      { key: '', counts: { overdue: 0, today: 0, soon: 1 } },
    ]);
  });

  it('exports as a table in both languages', () => {
    const ru = dashboardTable(dash, 'ru');
    expect(ru.rows[0]).toEqual(['N-a', expect.stringMatching(/протез/i), 'Ахметов Арман', 'Омарова Гүлнар', 'Рассмотрение', '15.04.2026', 'Просрочено', -2]);
    expect(ru.rows[2]?.[3]).toBe('Исполнитель не назначен');
    expect(dashboardTable(dash, 'kk').columns.map((c) => c.header)).toContain('Орындаушы');
  });

  it('N must be a whole number of days', () => {
    expect(() => deadlinesDashboard(kazakhstanCalendar, [], '2026-04-17', -1)).toThrow(RangeError);
    expect(() => deadlinesDashboard(kazakhstanCalendar, [], '2026-04-17', 1.5)).toThrow(RangeError);
  });
});
