import { describe, expect, it } from 'vitest';
import { NameIndex, foldName } from '../../../shared/clients/name-index';

const listing = (id: string, name: string, archived = false) => ({ id, name, archived, updatedAt: 0 });

describe('the client name index', () => {
  it('finds names by the start of any word, ignoring case and accents', () => {
    const index = new NameIndex();
    index.put(listing('1', 'Anna Smith'));
    index.put(listing('2', 'Zoë Annan'));
    index.put(listing('3', 'Bob Jones'));
    expect(index.search('ann').map((c) => c.name)).toEqual(['Anna Smith', 'Zoë Annan']);
    expect(index.search('zoe').map((c) => c.name)).toEqual(['Zoë Annan']);
    expect(index.search('ann sm').map((c) => c.name)).toEqual(['Anna Smith']);
    expect(index.search('nna')).toEqual([]);
    index.put(listing('4', "Ciara O'Neil-Brown"));
    expect(index.search('neil').map((c) => c.id)).toEqual(['4']);
    expect(index.search('brown').map((c) => c.id)).toEqual(['4']);
    expect(foldName('  Zoë   ANNAN ')).toBe('zoe annan');
  });

  it('a search of no letters or digits (an emoji, a dash) finds only names holding it, never everyone', () => {
    const index = new NameIndex();
    index.put(listing('1', '🌿 Sara Haddad'));
    index.put(listing('2', 'Bob Jones'));
    index.put(listing('3', 'Ana-Lu Reyes'));
    expect(index.search('🌿').map((c) => c.id)).toEqual(['1']);
    expect(index.search('-').map((c) => c.id)).toEqual(['3']);
    expect(index.search('🌵')).toEqual([]);
    expect(index.search('').map((c) => c.id)).toEqual(['1', '3', '2']);
  });

  it('hides archived clients unless asked, and an edit replaces the old name', () => {
    const index = new NameIndex();
    index.put(listing('1', 'Anna Smith', true));
    expect(index.search('anna')).toEqual([]);
    expect(index.search('anna', { includeArchived: true })).toHaveLength(1);
    index.put(listing('1', 'Hanna Smith'));
    expect(index.search('anna')).toEqual([]);
    expect(index.search('hanna').map((c) => c.id)).toEqual(['1']);
  });

  // How fast it answers is measured by `npm run bench` (client search), never by a timed unit test.
  it('finds a surname among ten thousand clients, as many as asked for', () => {
    const index = new NameIndex();
    for (let i = 0; i < 10_000; i += 1) index.put(listing(`c${i}`, `Client ${i} Surname${i % 97}`));
    const found = index.search('surname42', { limit: 50 });
    expect(found).toHaveLength(50);
    expect(found.every((client) => client.name.endsWith('Surname42'))).toBe(true);
  });

  it('names that start with the query come first, then alphabetical; namesakes by their record', () => {
    const index = new NameIndex();
    index.put(listing('1', 'Anna Smith'));
    index.put(listing('3', 'Smith Jones'));
    index.put(listing('2', 'Smith Jones'));
    index.put(listing('4', 'Bea Smithers'));
    expect(index.search('smi').map((c) => c.id)).toEqual(['2', '3', '1', '4']);
  });

  it('an empty search lists everyone alphabetically, fifty at a time unless asked for more', () => {
    const index = new NameIndex();
    for (let i = 0; i < 60; i += 1) index.put(listing(`c${i}`, `Client ${String(60 - i).padStart(2, '0')}`));
    const listed = index.search('');
    expect(listed).toHaveLength(50);
    expect(listed[0]?.name).toBe('Client 01');
    expect(index.search('', { limit: 5 }).map((c) => c.name)).toEqual(['Client 01', 'Client 02', 'Client 03', 'Client 04', 'Client 05']);
  });

  it('looks a client up by record, forgets removed ones, and empties when cleared', () => {
    const index = new NameIndex();
    index.put(listing('1', 'Anna Smith'));
    index.put(listing('2', 'Bob Jones'));
    expect(index.get('1')?.name).toBe('Anna Smith');
    expect(index.get('9')).toBeUndefined();
    expect(index.size).toBe(2);
    index.remove('1');
    expect(index.get('1')).toBeUndefined();
    expect(index.search('anna')).toEqual([]);
    expect(index.size).toBe(1);
    index.clear();
    expect(index.size).toBe(0);
    expect(index.search('')).toEqual([]);
  });
});
