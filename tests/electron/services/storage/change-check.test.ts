import { describe, expect, it } from 'vitest';
import { passesChanged } from '../../../../electron/services/change-check';
import { sessionSchema } from '../../../../shared/contract/schemas';
import type { Session } from '../../../../shared/session/session';
import { MIN, sessionWith, T0 } from '../../../helpers/sessions';

const entry = (n: number) => ({
  id: `e${n}`,
  at: T0 + n * MIN,
  sessionMs: n * MIN,
  phaseIndex: 2,
  phaseName: 'Warm-up',
  region: 'neck',
  technique: 'effleurage',
  level: 5,
  response: 'just-right',
  note: '',
});

const before: Session = {
  ...sessionWith([{ type: 'start', at: T0 }]),
  pressure: { entries: [entry(1), entry(2)], corrections: [] },
} as Session;

/** Changes as the services make them: a copy that shares every part it leaves alone. */
const changes: [string, (session: Session) => unknown][] = [
  ['an entry appended', (s) => ({ ...s, pressure: { ...s.pressure!, entries: [...s.pressure!.entries, entry(3)] } })],
  ['an entry with pressure 11', (s) => ({ ...s, pressure: { ...s.pressure!, entries: [...s.pressure!.entries, { ...entry(3), level: 11 }] } })],
  ['an entry missing its region', (s) => ({ ...s, pressure: { ...s.pressure!, entries: [...s.pressure!.entries, { ...entry(3), region: undefined }] } })],
  ['an unknown field', (s) => ({ ...s, colour: 'red' })],
  ['a correction that changes nothing', (s) => ({ ...s, pressure: { ...s.pressure!, corrections: [{ at: T0, entryId: 'e1', change: {} }] } })],
  ['a correction', (s) => ({ ...s, pressure: { ...s.pressure!, corrections: [{ at: T0, entryId: 'e1', change: { level: 6 } }] } })],
  ['an event', (s) => ({ ...s, events: [...s.events, { type: 'pause', at: T0 + MIN }] })],
  ['an event of no kind', (s) => ({ ...s, events: [...s.events, { type: 'nap', at: T0 + MIN }] })],
  ['a revision', (s) => ({ ...s, revision: 4 })],
  ['a negative revision', (s) => ({ ...s, revision: -1 })],
  ['the id removed', ({ id: _id, ...rest }) => rest],
  ['501 handouts, past the limit', (s) => ({ ...s, handouts: Array.from({ length: 501 }, () => ({})) })],
  ['a plan with no phase on', (s) => ({ ...s, plan: { ...s.plan, phases: s.plan.phases.map((phase) => ({ ...phase, enabled: false })) } })],
];

describe('checking only what a change touched', () => {
  it.each(changes)('gives the answer a full check gives: %s', (_name, change) => {
    expect(sessionSchema.safeParse(before).success).toBe(true);
    const after = change(before);
    expect(passesChanged(sessionSchema, before, after)).toBe(sessionSchema.safeParse(after).success);
  });

  it('never looks inside the parts the change left as they were', () => {
    // Damage the earlier version behind the check's back: it is trusted, so only the new entry is looked at.
    const trusted = { ...before, pressure: { ...before.pressure!, entries: [{ ...entry(1), level: 99 }, entry(2)] } } as Session;
    const after = { ...trusted, pressure: { ...trusted.pressure!, entries: [...trusted.pressure!.entries, entry(3)] } };
    expect(passesChanged(sessionSchema, trusted, after)).toBe(true);
  });
});
