import { describe, expect, it } from 'vitest';
import { applyOps, diffOps } from '../../../../electron/services/journal-ops';

const record = {
  id: 's-1',
  events: [{ type: 'start', at: 1 }],
  pressure: { entries: [{ id: 'e1', level: 4 }], corrections: [] as unknown[] },
  intake: { painNow: 5, regions: ['neck'] },
};

describe('journal lines hold only what changed', () => {
  it('an entry added to a copy that shares the rest is one append', () => {
    const next = { ...record, pressure: { ...record.pressure, entries: [...record.pressure.entries, { id: 'e2', level: 6 }] } };
    expect(diffOps(record, next)).toEqual([{ t: 'append', path: ['pressure', 'entries'], items: [{ id: 'e2', level: 6 }] }]);
  });

  it('compares by value where the objects are new, as JSON would (an undefined field is no field)', () => {
    const parsedCopy = structuredClone({ ...record, clientId: undefined });
    expect(diffOps(record, parsedCopy)).toEqual([]);
  });

  it('a changed, added or removed field is set or unset, and replaying the lines gives the new record', () => {
    const { intake: _dropped, ...rest } = record;
    const next = { ...rest, events: [{ type: 'start', at: 2 }], revision: 3 };
    const ops = diffOps(record, next);
    expect(ops).toEqual([
      { t: 'unset', path: ['intake'] },
      { t: 'set', path: ['events'], value: [{ type: 'start', at: 2 }] },
      { t: 'set', path: ['revision'], value: 3 },
    ]);
    expect(applyOps(record, ops)).toEqual(next);
  });
});
