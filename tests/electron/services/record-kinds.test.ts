import { describe, expect, it } from 'vitest';
import { describeRecord, kindOf, perRoomRecords } from '../../../electron/services/record-kinds';
import { dateAndTime } from '../../../shared/i18n/clock';
import { T0 } from '../../helpers/sessions';

describe('a set-aside file is named as a person knows it', () => {
  it('a client, plan or template by its name, trimmed', () => {
    expect(describeRecord('clients/c-1', { name: '  Ana Ruiz ' })).toBe("The client file for 'Ana Ruiz'");
    expect(describeRecord('plans/p-1', { name: 'Deep work' })).toBe("The plan 'Deep work'");
    expect(describeRecord('plans-deleted/p-1', { name: 'Deep work' })).toBe("The deleted plan 'Deep work'");
    expect(describeRecord('handout-templates/t-1', { name: 'Neck care' })).toBe("The handout template 'Neck care'");
    expect(describeRecord('client-versions/c-1', { name: 'Ana Ruiz' })).toBe("The earlier version of the client file for 'Ana Ruiz'");
    expect(describeRecord('plan-versions/p-1', { name: 'Deep work' })).toBe("The earlier version of the plan 'Deep work'");
    expect(describeRecord('template-versions/t-1', { name: 'Neck care' })).toBe("The earlier version of the handout template 'Neck care'");
  });

  it('by its kind when no readable copy gives a name, or the name is blank or not text', () => {
    expect(describeRecord('clients/c-1')).toBe('A client file');
    expect(describeRecord('clients/c-1', { name: '   ' })).toBe('A client file');
    expect(describeRecord('clients/c-1', { name: 42 })).toBe('A client file');
    expect(describeRecord('clients/c-1', null)).toBe('A client file');
    expect(describeRecord('plans/p-1', 'Deep work')).toBe('A plan');
    expect(describeRecord('client-versions/c-1')).toBe('An earlier version of a client file');
  });

  it('a session by the moment it was made, never by a moment that cannot be', () => {
    expect(describeRecord('sessions/s-1', { createdAt: T0 })).toBe(`The session record of ${dateAndTime(T0)}`);
    expect(describeRecord('session-versions/s-1', { createdAt: T0 })).toBe(`An earlier copy of the session record of ${dateAndTime(T0)}`);
    for (const createdAt of [undefined, '2026-01-01', -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(describeRecord('sessions/s-1', { createdAt })).toBe('A session record');
    }
    expect(describeRecord('session-versions/s-1')).toBe('An earlier copy of a session record');
  });

  it('the single records at the top of the folder by what they are', () => {
    expect(describeRecord('room-settings')).toBe('The room settings');
    expect(describeRecord('handout-settings', { name: 'ignored' })).toBe('The clinic and handout settings');
    expect(describeRecord('clinic-versions/x')).toBe('An earlier version of the clinic and handout settings');
    expect(describeRecord('logos/l-1')).toBe('A clinic logo kept for reprinting handouts');
  });

  it('a file Stillpoint does not know by its own name', () => {
    expect(describeRecord('notes/n-1')).toBe('A file Stillpoint does not know, “notes/n-1.json”');
    expect(describeRecord('clients/deeper/c-1')).toBe('A file Stillpoint does not know, “clients/deeper/c-1.json”');
    expect(describeRecord('stray')).toBe('A file Stillpoint does not know, “stray.json”');
  });
});

describe('the kind of a file in the data folder', () => {
  it('is found with or without its .json ending, one folder deep at most', () => {
    expect(kindOf('clients/c-1.json')).toBe(kindOf('clients/c-1'));
    expect(kindOf('clients/c-1.json')).toBeDefined();
    expect(kindOf('encryption.json')).toBeDefined();
    expect(kindOf('clients/a/b.json')).toBeUndefined();
    expect(kindOf('clients.json')).toBeUndefined();
  });

  it('checks a record against the schema of its kind', () => {
    expect(kindOf('encryption.json')!.schema.safeParse({ enabled: true }).success).toBe(true);
    expect(kindOf('encryption.json')!.schema.safeParse({ name: 'Ana' }).success).toBe(false);
  });

  it('every record a room keeps to itself is one Stillpoint knows', () => {
    for (const record of perRoomRecords) expect(kindOf(record), record).toBeDefined();
  });
});
