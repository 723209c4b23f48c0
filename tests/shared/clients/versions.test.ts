import { describe, expect, it } from 'vitest';
import { emptyClientFields, type Client } from '../../../shared/clients/client';
import { clientParts, fieldText, fieldsOf } from '../../../shared/clients/versions';
import { combineParts, differingParts } from '../../../shared/sync/version-parts';
import { writtenBy } from '../../../shared/sync/written-by';

const stored = { id: 'c-1', revision: 2, createdAt: 0, updatedAt: 0, archived: false };
const ours: Client = { ...emptyClientFields, ...stored, name: 'Ana Ruiz', notes: 'left shoulder', preferredPressure: 6 };
const theirs: Client = { ...emptyClientFields, ...stored, name: 'Ana Ruiz', goals: 'sleep better', preferredPressure: 4 };
const part = (label: string) => clientParts.find((each) => each.label === label)!;

describe('two versions of a client', () => {
  it('lists only the fields they disagree on, in form order', () => {
    expect(differingParts(clientParts, ours, theirs).map((each) => each.label)).toEqual(['Goals', 'Notes', 'Usual pressure']);
  });

  it('takes the chosen fields from the other version and keeps the rest', () => {
    expect(combineParts(ours, theirs, [part('Goals')])).toEqual({ ...ours, goals: 'sleep better' });
    const spanish = { ...ours, preferredLanguage: 'es' as const };
    expect(combineParts(spanish, theirs, [part('Handout language')])).toEqual(ours);
    expect(fieldText(spanish, 'preferredLanguage')).toBe('Spanish');
  });

  it('reads values as words, never blank', () => {
    expect(fieldText(ours, 'goals')).toBe('Not given');
    expect(fieldText(ours, 'preferredPressure')).toBe('6 of 10');
    expect(fieldText({ ...ours, ageBand: '30-44' }, 'ageBand')).toBe('30 to 44');
  });

  it('says which room wrote a record and when', () => {
    const at = new Date(2026, 10, 30, 14, 5).getTime();
    expect(writtenBy('Room 2', at, at + 60_000, 'en-GB')).toBe('Room 2, 14:05');
    expect(writtenBy('Room 2', at, at + 3 * 86_400_000, 'en-GB')).toBe('Room 2, 30 Nov, 14:05');
    expect(writtenBy(undefined, at, at, 'en-GB')).toBe('14:05');
  });

  it('a field left empty, unset or missing reads "Not given"; other fields read as written', () => {
    expect(fieldText({ ...ours, preferredPressure: null }, 'preferredPressure')).toBe('Not given');
    expect(fieldText(ours, 'ageBand')).toBe('Not given');
    expect(fieldText(ours, 'preferredLanguage')).toBe('Not given');
    expect(fieldText(ours, 'notes')).toBe('left shoulder');
    expect(fieldText({ ...ours, contact: '0612' }, 'contact')).toBe('0612');
  });

  it('a handout language taken from the other version is kept', () => {
    const german = { ...theirs, preferredLanguage: 'de' as const };
    expect(combineParts(ours, german, [part('Handout language')])).toEqual({ ...ours, preferredLanguage: 'de' });
  });

  it('a handout language given up in the other version is left out, not kept as an empty field', () => {
    const spanish = { ...ours, preferredLanguage: 'es' as const };
    const combined = combineParts(spanish, theirs, [part('Handout language')]);
    expect('preferredLanguage' in combined).toBe(false);
    const { id: _id, revision: _revision, createdAt: _createdAt, updatedAt: _updatedAt, archived: _archived, ...fields } = spanish;
    expect(fieldsOf(spanish)).toEqual(fields);
  });
});
