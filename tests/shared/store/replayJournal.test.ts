import { describe, expect, it } from 'vitest';
import { replayJournal, type JournalEntry } from '../../../shared/store';
import { JournalRejected, replay } from '../../../shared/workflow';
import { buildTemplates } from '../../bench/officeTemplates';

/** The store's replay (one actor scope, no second validation) must give exactly what the workflow's replay() gives. */
const asJournal = (template: ReturnType<typeof buildTemplates>[number]): JournalEntry[] =>
  template.events.map((payload, i) => ({
    id: crypto.randomUUID(),
    caseId: 'c',
    seq: i + 1,
    type: payload.type,
    payload,
    actor: { ...payload.actor, officeId: 'ALM-AU', deviceId: 'd' },
    deviceTime: payload.at,
    regulation: { serviceId: template.service.id, version: template.service.version },
    prevHash: '',
    hash: '',
  }));

describe('replayJournal', () => {
  const templates = buildTemplates();

  it('equals workflow replay() for every journal the engine walks (all services, channels, outcomes, prefixes)', () => {
    expect(templates.length).toBeGreaterThan(500);
    for (const template of templates) {
      const fast = replayJournal(asJournal(template))!;
      const engine = replay(template.service, template.events);
      expect({ status: fast.status, stage: fast.stage, stepId: fast.stepId, length: fast.length, context: fast.context, value: fast.snapshot.value }).toEqual({
        status: engine.status,
        stage: engine.stage,
        stepId: engine.stepId,
        length: engine.length,
        context: engine.context,
        value: engine.snapshot.value,
      });
    }
  });

  it('a journal with an action the machine does not take throws the engine’s JournalRejected', () => {
    const template = templates.find((t) => t.events.length >= 3)!;
    const journal = asJournal(template);
    const broken = [...journal.slice(0, 2), { ...journal[0]!, seq: 3 }];
    expect(() => replayJournal(broken)).toThrow(JournalRejected);
  });
});
