import { describe, expect, it } from 'vitest';
import type { ClientListing } from '../../../shared/clients/client';
import { nameTold, sameName, sameNameWarning, tellApart, tellApartAll } from '../../../shared/clients/same-name';

const ADDED = Date.UTC(2026, 11, 2, 10, 0);
const listing = (id: string, name: string, more: Partial<ClientListing> = {}): ClientListing => ({
  id,
  name,
  archived: false,
  updatedAt: ADDED,
  createdAt: ADDED,
  dateOfBirth: '',
  contact: '',
  ...more,
});

describe('two clients of the same name', () => {
  it('names are the same whatever their case, spacing or accents', () => {
    expect(sameName('Ana Ruiz', '  ana   RUIZ ')).toBe(true);
    expect(sameName('Ana Ruíz', 'Ana Ruiz')).toBe(true);
    expect(sameName('Ana Ruiz', 'Ana Ruiza')).toBe(false);
    expect(sameName('Ana Ruiz', 'AnaRuiz')).toBe(false);
  });

  it('are told apart by the date of birth, else the contact, else the day they were added', () => {
    expect(tellApart(listing('a', 'Ana Ruiz', { dateOfBirth: '1980-05-03', contact: '555 0101' }), 'en-GB')).toBe('born 3 May 1980');
    expect(tellApart(listing('a', 'Ana Ruiz', { contact: ' 555 0101 ' }), 'en-GB')).toBe('555 0101');
    expect(tellApart(listing('a', 'Ana Ruiz'), 'en-GB')).toBe('added 2 December 2026');
  });

  it('a date of birth is the day written, in any time zone, in the reader’s own words', () => {
    expect(tellApart(listing('a', 'Ana Ruiz', { dateOfBirth: '1980-01-01' }), 'en-GB')).toBe('born 1 January 1980');
    expect(tellApart(listing('a', 'Ana Ruiz', { dateOfBirth: '1980-05-03' }), 'en-US')).toBe('born May 3, 1980');
  });

  it('a long contact is cut to its first line and a few words', () => {
    const told = tellApart(listing('a', 'Ana Ruiz', { contact: 'ana.ruiz.at.the.big.company@example-mail-provider.org\nmobile 555 0101' }), 'en-GB');
    expect(told.length).toBeLessThanOrEqual(40);
    expect(told).toMatch(/^ana\.ruiz\.at\.the\.big.*…$/);
  });

  it('only names listed more than once get their distinguishing part: a list of different names stays as it is', () => {
    const list = [
      listing('1', 'Ana Ruiz', { dateOfBirth: '1980-05-03' }),
      listing('2', 'Bo Lind', { dateOfBirth: '1970-01-01' }),
      listing('3', 'ana  ruiz', { contact: 'ana@example.org' }),
    ];
    const told = tellApartAll(list, 'en-GB');
    expect([...told.entries()]).toEqual([
      ['1', 'born 3 May 1980'],
      ['3', 'ana@example.org'],
    ]);
    expect(list.map((each) => nameTold(each, told.get(each.id)))).toEqual(['Ana Ruiz (born 3 May 1980)', 'Bo Lind', 'ana  ruiz (ana@example.org)']);
  });

  it('two of the same name who share a date of birth or a contact are told apart by the day they were added as well', () => {
    const list = [
      listing('1', 'Ana Ruiz', { contact: '555 0101', createdAt: Date.UTC(2025, 2, 4, 12) }),
      listing('2', 'Ana Ruiz', { contact: '555 0101', createdAt: Date.UTC(2026, 6, 9, 12) }),
      listing('3', 'Ana Ruiz', { dateOfBirth: '1990-02-02' }),
    ];
    const told = tellApartAll(list, 'en-GB');
    expect(told.get('1')).toBe('555 0101, added 4 March 2025');
    expect(told.get('2')).toBe('555 0101, added 9 July 2026');
    expect(told.get('3')).toBe('born 2 February 1990');
  });

  it('the warning names the existing client and what tells them apart, and asks before saving a second one', () => {
    const ana = listing('1', 'Ana Ruiz', { dateOfBirth: '1980-05-03' });
    expect(sameNameWarning([ana], false, 'en-GB')).toBe(
      'There is already a client called Ana Ruiz (born 3 May 1980). Save anyway as a second client?',
    );
    expect(sameNameWarning([ana], true, 'en-GB')).toBe(
      'There is already a client called Ana Ruiz (born 3 May 1980). Save this client under the same name anyway?',
    );
    const other = listing('2', 'Ana Ruiz', { contact: 'ana@example.org' });
    expect(sameNameWarning([ana, other], false, 'en-GB')).toBe(
      'There are already 2 clients called Ana Ruiz: born 3 May 1980; ana@example.org. Save anyway as another client?',
    );
  });
});
