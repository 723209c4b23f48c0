import { describe, expect, it } from 'vitest';
import { applyOps, diffOps, type JournalOp } from '../../../../electron/services/journal-ops';

const replays = (before: unknown, after: unknown) => expect(applyOps(before, diffOps(before, after))).toEqual(after);

describe('a journal line is the smallest change that replays to the new record', () => {
  it('only a list that grew, keeping every earlier item, is an append; any other list change sets the list', () => {
    const before = { entries: [{ level: 4 }, { level: 5 }] };
    expect(diffOps({ entries: [] }, { entries: [{ level: 4 }] })).toEqual([{ t: 'append', path: ['entries'], items: [{ level: 4 }] }]);
    for (const entries of [[{ level: 4 }], [{ level: 4 }, { level: 6 }], [{ level: 9 }, { level: 5 }, { level: 6 }], [{ level: 5 }, { level: 4 }]]) {
      expect(diffOps(before, { entries })).toEqual([{ t: 'set', path: ['entries'], value: entries }]);
      replays(before, { entries });
    }
  });

  it('a text that grew is set whole: only lists are appended to', () => {
    expect(diffOps({ note: 'left' }, { note: 'left shoulder' })).toEqual([{ t: 'set', path: ['note'], value: 'left shoulder' }]);
  });

  it('a list and an object with the same keys are not the same record', () => {
    expect(diffOps({ at: [1] }, { at: { 0: 1 } })).toEqual([{ t: 'set', path: ['at'], value: { 0: 1 } }]);
    expect(diffOps({ at: { 0: 1 } }, { at: [1] })).toEqual([{ t: 'set', path: ['at'], value: [1] }]);
    expect(diffOps({ at: null }, { at: {} })).toEqual([{ t: 'set', path: ['at'], value: {} }]);
    expect(diffOps({ at: [1, 2] }, { at: [1, 2] })).toEqual([]);
  });

  // A session gaining its first list (corrections, a plan) must journal like any other change, not fail the write.
  it('a list where there was none, or nothing, or text, is set whole', () => {
    expect(diffOps({ a: 1 }, { a: 1, corrections: [{ level: 3 }] })).toEqual([{ t: 'set', path: ['corrections'], value: [{ level: 3 }] }]);
    expect(diffOps({ plan: null }, { plan: [1] })).toEqual([{ t: 'set', path: ['plan'], value: [1] }]);
    expect(diffOps({ note: 'ab' }, { note: ['a', 'b', 'c'] })).toEqual([{ t: 'set', path: ['note'], value: ['a', 'b', 'c'] }]);
    replays({ plan: null }, { plan: [1], corrections: [2] });
  });

  it('an added field is set, however the fields are ordered', () => {
    expect(diffOps({ a: 1 }, { b: 2, a: 1 })).toEqual([{ t: 'set', path: ['b'], value: 2 }]);
    expect(diffOps({ intake: { pain: 5 } }, { intake: { pain: 5, goals: 'walk' } })).toEqual([{ t: 'set', path: ['intake', 'goals'], value: 'walk' }]);
    expect(diffOps({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([]);
  });

  it('follows nested fields three levels down, and below that sets the changed field whole', () => {
    const before = { a: { b: { c: { d: 1, e: 1 } } } };
    expect(diffOps(before, { a: { b: { c: { d: 2, e: 1 } } } })).toEqual([{ t: 'set', path: ['a', 'b', 'c'], value: { d: 2, e: 1 } }]);
    expect(diffOps({ a: { b: { c: 1, x: 1 } } }, { a: { b: { c: 2, x: 1 } } })).toEqual([{ t: 'set', path: ['a', 'b', 'c'], value: 2 }]);
  });

  it('replays a whole-record change, and a list of records that grew', () => {
    expect(diffOps({ a: 1 }, [1])).toEqual([{ t: 'set', path: [], value: [1] }]);
    replays({ a: 1 }, [1]);
    expect(diffOps([1], [1, 2])).toEqual([{ t: 'append', path: [], items: [2] }]);
    replays([1], [1, 2]);
  });
});

describe('replaying journal lines', () => {
  it('never changes the stored record it starts from, nor shares the lines it replays', () => {
    const stored = { entries: [{ level: 4 }], intake: { pain: 5 } };
    const ops: JournalOp[] = [
      { t: 'append', path: ['entries'], items: [{ level: 5 }] },
      { t: 'set', path: ['intake', 'pain'], value: { now: 3 } },
      { t: 'unset', path: ['intake', 'goals'] },
    ];
    const replayed = applyOps(stored, ops) as { entries: { level: number }[]; intake: { pain: { now: number } } };
    expect(replayed).toEqual({ entries: [{ level: 4 }, { level: 5 }], intake: { pain: { now: 3 } } });
    expect(stored).toEqual({ entries: [{ level: 4 }], intake: { pain: 5 } });
    replayed.entries[1]!.level = 9;
    replayed.intake.pain.now = 9;
    expect(ops).toEqual([
      { t: 'append', path: ['entries'], items: [{ level: 5 }] },
      { t: 'set', path: ['intake', 'pain'], value: { now: 3 } },
      { t: 'unset', path: ['intake', 'goals'] },
    ]);
  });

  it('a whole-record line replaces the record, and appends to a record that is a list', () => {
    expect(applyOps({ a: 1 }, [{ t: 'set', path: [], value: { b: 2 } }])).toEqual({ b: 2 });
    expect(applyOps([1], [{ t: 'append', path: [], items: [2, 3] }])).toEqual([1, 2, 3]);
  });

  it('a line that does not fit the record it is replayed on is refused, not guessed at', () => {
    const refused = (record: unknown, op: JournalOp) => expect(() => applyOps(record, [op])).toThrow('a journal line does not fit its record');
    refused({ a: 1 }, { t: 'unset', path: [] });
    refused([1], { t: 'unset', path: [] });
    refused({ a: 1 }, { t: 'append', path: [], items: [1] });
    refused({ a: 1 }, { t: 'set', path: ['missing', 'field'], value: 1 });
    refused({ a: [1] }, { t: 'set', path: ['a', 'x', 'y'], value: 1 });
    refused({ a: 1 }, { t: 'append', path: ['a'], items: [2] });
    refused({ a: 1 }, { t: 'append', path: ['b'], items: [2] });
  });
});
