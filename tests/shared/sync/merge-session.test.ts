import { describe, expect, it } from 'vitest';
import { defaultPlan60 } from '../../../shared/plans/defaults';
import type { PressureEntry } from '../../../shared/pressure/log';
import type { Session } from '../../../shared/session/session';
import { mergeSessions } from '../../../shared/sync/merge-session';

const entry = (id: string, at: number): PressureEntry => ({
  id,
  at,
  sessionMs: at,
  phaseIndex: 2,
  phaseName: 'Warm-up',
  region: 'upper-back',
  technique: 'effleurage',
  level: 5,
  response: 'just-right',
  note: '',
});

const base: Session = { id: 's-1', plan: defaultPlan60, createdAt: 0, events: [{ type: 'start', at: 0 }], revision: 2, room: 'Room 1' };

describe('two copies of one session', () => {
  it('keeps every event and pressure entry either copy logged, once, in time order', () => {
    const ours: Session = {
      ...base,
      events: [...base.events, { type: 'pause', at: 10 }],
      pressure: { entries: [entry('p-1', 5), entry('p-2', 8)], corrections: [] },
      revision: 4,
    };
    const theirs: Session = {
      ...base,
      events: [...base.events, { type: 'next', at: 7 }],
      pressure: { entries: [entry('p-1', 5), entry('p-3', 6)], corrections: [{ at: 9, entryId: 'p-1', change: { level: 4 } }] },
      revision: 3,
    };
    const merged = mergeSessions(ours, theirs);
    expect(merged.events).toEqual([{ type: 'start', at: 0 }, { type: 'next', at: 7 }, { type: 'pause', at: 10 }]);
    expect(merged.pressure?.entries.map((each) => each.id)).toEqual(['p-1', 'p-3', 'p-2']);
    expect(merged.pressure?.corrections).toHaveLength(1);
    expect(merged.revision).toBe(5);
  });

  it('takes the parts written whole from the newer copy', () => {
    const older: Session = { ...base, revision: 2, keepEndTime: true };
    const newer: Session = { ...base, revision: 6, keepEndTime: false };
    expect(mergeSessions(older, newer).keepEndTime).toBe(false);
    expect(mergeSessions(newer, older).keepEndTime).toBe(false);
  });

  it('pressure logged in only one copy is kept, whichever copy it is', () => {
    const logged: Session = { ...base, pressure: { entries: [entry('p-1', 5)], corrections: [{ at: 9, entryId: 'p-1', change: { level: 4 } }] } };
    expect(mergeSessions(base, logged).pressure).toEqual(logged.pressure);
    expect(mergeSessions(logged, base).pressure).toEqual(logged.pressure);
    expect('pressure' in mergeSessions(base, base)).toBe(false);
  });

  it('every handout given in either copy is kept once, in the order given', () => {
    const handout = (givenAt: number) => ({ givenAt, paper: 'a4', largePrint: false, document: {} }) as never;
    const ours: Session = { ...base, handouts: [handout(30), handout(10)] };
    const theirs: Session = { ...base, handouts: [handout(10), handout(20)] };
    expect(mergeSessions(ours, theirs).handouts?.map((given: { givenAt: number }) => given.givenAt)).toEqual([10, 20, 30]);
    expect(mergeSessions(base, theirs).handouts).toHaveLength(2);
    expect(mergeSessions(ours, base).handouts).toHaveLength(2);
    expect('handouts' in mergeSessions(base, base)).toBe(false);
  });

  it('copies of the same revision: ours is kept for the parts written whole', () => {
    const ours: Session = { ...base, room: 'Room 1' };
    const theirs: Session = { ...base, room: 'Room 2' };
    expect(mergeSessions(ours, theirs).room).toBe('Room 1');
    expect(mergeSessions({ ...ours, revision: undefined }, { ...theirs, revision: undefined }).revision).toBe(1);
    expect(mergeSessions({ ...ours, revision: undefined }, theirs).revision).toBe(3);
  });
});
