import { describe, expect, it } from 'vitest';
import { unemployedRegistration } from '../../../shared/regulations/almaty-akimat-2014-2-236/unemployed-registration';
import { allowedActions, apply, emptyCase, replay } from '../../../shared/workflow';
import { actor, clock, nextAction, registration } from './journal-builders';

describe('unemployed registration (002 R1, no commission)', () => {
  it('walks intake → review → decision → issue to issued', () => {
    const now = clock();
    let state = apply(emptyCase(unemployedRegistration), registration(unemployedRegistration, now()));
    expect(state.ok).toBe(true);
    const seen = new Set<string>();
    for (let i = 0; i < 30 && state.state.snapshot.status === 'active'; i++) {
      seen.add(state.state.status);
      const action = nextAction(state.state, now());
      expect(action).toBeDefined();
      const next = apply(state.state, action);
      if (!next.ok) throw new Error(next.reason.ru);
      state = next;
    }
    expect(state.state.status).toBe('issued');
    expect([...seen]).toEqual(['review', 'decision', 'issue']);
  });

  it('refuses registration without consent and explains why in both languages', () => {
    const now = clock();
    const result = apply(emptyCase(unemployedRegistration), registration(unemployedRegistration, now(), { consent: false }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.ru).toContain('согласия');
      expect(result.reason.kk).toContain('келісім');
    }
  });

  it('a head cannot register; the operator can', () => {
    const state = emptyCase(unemployedRegistration);
    expect(allowedActions(state, actor('head')).find((a) => a.type === 'case.register')?.allowed).toBe(false);
    expect(allowedActions(state, actor('operator')).find((a) => a.type === 'case.register')?.allowed).toBe(true);
  });

  it('replay is deterministic', () => {
    const now = clock();
    const journal = [registration(unemployedRegistration, now())];
    const a = replay(unemployedRegistration, journal);
    const b = replay(unemployedRegistration, journal);
    expect(a.snapshot.value).toEqual(b.snapshot.value);
    expect(a.context).toEqual(b.context);
  });
});
