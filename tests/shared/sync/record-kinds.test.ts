import { describe, expect, it } from 'vitest';
import { recordRefOf } from '../../../shared/sync/record-kinds';

describe('what a file in the data folder holds', () => {
  it('names the record kind and id of shared records and their conflict copies', () => {
    expect(recordRefOf('clients/c-1.json')).toEqual({ kind: 'client', id: 'c-1', conflictCopy: false });
    expect(recordRefOf('clients/c-1.sync-conflict-20261130-101010-ABCDEFG.json')).toEqual({ kind: 'client', id: 'c-1', conflictCopy: true });
    expect(recordRefOf("handout-settings (Room 2's conflicted copy 2026-11-30).json")).toEqual({ kind: 'clinic', id: null, conflictCopy: true });
    expect(recordRefOf('sessions/s-9.json')).toEqual({ kind: 'session', id: 's-9', conflictCopy: false });
    expect(recordRefOf('plans/plan-2.json')).toEqual({ kind: 'plan', id: 'plan-2', conflictCopy: false });
    expect(recordRefOf('plan-order.json')).toEqual({ kind: 'plan', id: null, conflictCopy: false });
    expect(recordRefOf('handout-templates/t-1.json')).toEqual({ kind: 'template', id: 't-1', conflictCopy: false });
  });

  it('per-room files and history folders are no screen\'s record', () => {
    expect(recordRefOf('room-settings.json')).toBeNull();
    expect(recordRefOf('current-session.json')).toBeNull();
    expect(recordRefOf('client-versions/c-1.r2.abc.json')).toBeNull();
    expect(recordRefOf('clients/deep/c-1.json')).toBeNull();
  });
});
