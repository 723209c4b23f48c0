import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importProblems, importRefusal, plainProblem } from '../../../electron/services/import-check';
import type { MigrationRegistry } from '../../../electron/services/migrations';
import { storedClient } from '../../helpers/care';

const ana = storedClient();

/** Archive files are plain envelopes here; `decode` stands in for reading one (and decrypting it). */
function check(files: Record<string, unknown>, migrations: MigrationRegistry = {}, decode = (content: unknown) => content): string[] {
  return importProblems({ files } as never, { migrations, decode: (content) => decode(content) });
}

const client = (record: unknown, schemaVersion = 1) => ({ schemaVersion, record });

describe('what an import must pass, in words a person can read', () => {
  it('a sound archive has no problems, whatever records it holds', () => {
    expect(check({ 'clients/c-1.json': client(ana), 'plan-order.json': client({ planIds: ['default-60'] }) })).toEqual([]);
  });

  it('files of folders Stillpoint does not know: the first three named once each', () => {
    const files = {
      'clients/c-1.json': client(ana),
      'secrets/a.json': {},
      'secrets/b.json': {},
      'photos.json': {},
      'mail/x.json': {},
      'notes/y.json': {},
    };
    expect(check(files)).toEqual(['The archive holds files Stillpoint does not know (“secrets”, “photos”, “mail”); it is not a Stillpoint export']);
  });

  it('a file far larger than any record, by its size in megabytes', () => {
    const huge = 'x'.repeat(8 * 1024 * 1024 + 1);
    expect(check({ 'clients/c-1.json': huge })).toEqual(['A client file is too large to be a record (9 MB)']);
    expect(check({ 'clients/c-1.json': { schemaVersion: 1, record: { ...ana, notes: huge } } })).toEqual(['A client file is too large to be a record (9 MB)']);
  });

  it('the size limit is the record’s own size, counted in characters', () => {
    const limit = 8 * 1024 * 1024;
    expect(check({ 'clients/c-1.json': 'x'.repeat(limit - 1) })).toEqual(['A client file is not a Stillpoint record']);
    expect(check({ 'clients/c-1.json': 'x'.repeat(limit) })).toEqual(['A client file is not a Stillpoint record']);
    expect(check({ 'clients/c-1.json': 'x'.repeat(limit + 1) })).toEqual(['A client file is too large to be a record (9 MB)']);
  });

  it('a file that is not a record, or cannot be read', () => {
    expect(check({ 'clients/c-1.json': { hello: 'world' } })).toEqual(['A client file is not a Stillpoint record']);
    const locked = () => {
      throw new Error('it was encrypted with another key');
    };
    expect(check({ 'clients/c-1.json': client(ana) }, {}, locked)).toEqual(['A client file cannot be read (it was encrypted with another key)']);
  });

  it('a record from a newer Stillpoint, or from an older one this version cannot update, named by what it is', () => {
    expect(check({ 'clients/c-1.json': client(ana, 2) })).toEqual(["The client file for 'Ana Ruiz' was written by a newer Stillpoint; update Stillpoint first"]);
    const gap: MigrationRegistry = { clients: { current: 3, steps: { 2: (record) => record } } };
    expect(check({ 'clients/c-1.json': client(ana) }, gap)).toEqual(["The client file for 'Ana Ruiz' was written by an older Stillpoint this version cannot update"]);
  });

  it('an older record is checked as this version would store it', () => {
    const renamed: MigrationRegistry = { clients: { current: 2, steps: { 1: (record) => ({ ...(record as object), name: 'Ana Ruiz Costa' }) } } };
    const { name: _name, ...unnamed } = ana;
    expect(check({ 'clients/c-1.json': client(unnamed) }, renamed)).toEqual([]);
    expect(check({ 'plan-order.json': client({ planIds: [] }) }, renamed)).toEqual([]);
  });

  it('a record filed under another record’s name; a record kept under no name of its own, such as a logo, is fine', () => {
    expect(check({ 'clients/c-2.json': client(ana) })).toEqual(["The client file for 'Ana Ruiz' is filed under another record's name"]);
    const logo = `data:image/png;base64,${Buffer.from('\x89PNG\r\n\x1a\nrest', 'latin1').toString('base64')}`;
    expect(check({ 'logos/0123abcd.json': client({ dataUrl: logo }) })).toEqual([]);
  });

  it('a record at the top of the folder follows the top folder’s versions', () => {
    const topAtTwo: MigrationRegistry = { '.': { current: 2, steps: { 1: (record) => record } } };
    expect(check({ 'plan-order.json': client({ planIds: [] }, 2) }, topAtTwo)).toEqual([]);
    expect(check({ 'plan-order.json': client({ planIds: [] }, 2) })).toEqual(['The order of the plans was written by a newer Stillpoint; update Stillpoint first']);
  });

  it('every problem of the archive, file by file', () => {
    expect(check({ 'clients/c-1.json': client({ ...ana, name: 42 }), 'clients/c-2.json': client({ ...ana, id: 'c-2', archived: 'no' }) })).toEqual([
      'A client file has a name that is not text',
      "The client file for 'Ana Ruiz' has an archived that is not a yes or no",
    ]);
  });
});

describe('one schema problem in plain words', () => {
  const issueOf = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) throw new Error('expected a problem');
    return plainProblem(parsed.error.issues[0]!);
  };
  const record = z.strictObject({ preferredPressure: z.number(), tags: z.array(z.string()), contact: z.strictObject({ phoneNumber: z.string() }) });
  const sound = { preferredPressure: 5, tags: [], contact: { phoneNumber: '' } };

  it('names the field in words, never its path', () => {
    expect(issueOf(record, { ...sound, preferredPressure: 'five' })).toBe('has a preferred pressure that is not a number');
    expect(issueOf(record, { ...sound, tags: 'neck' })).toBe('has a tags that is not a list');
    expect(issueOf(record, { ...sound, contact: 'x' })).toBe('has a contact that is not in the right form');
    expect(issueOf(record, { ...sound, contact: { phoneNumber: 5 } })).toBe('has a phone number that is not text (in its contact)');
    expect(issueOf(z.object({ snake_case: z.bigint() }), { snake_case: 1 })).toBe('has a snake case that is not valid');
    expect(issueOf(record, { ...sound, tags: ['neck', 5] })).toBe('has a tags that is not text');
  });

  it('a missing field, and fields it does not know, inside or at the top', () => {
    const { preferredPressure: _gone, ...missing } = sound;
    expect(issueOf(record, missing)).toBe('has no preferred pressure');
    expect(issueOf(record, { ...sound, colour: 'red', mood: 1 })).toBe('holds something Stillpoint does not know (“colour”, “mood”)');
    expect(issueOf(record, { ...sound, contact: { phoneNumber: '', fax: '' } })).toBe('holds something Stillpoint does not know (“fax”) (in its contact)');
  });

  it('keeps a schema’s own plain message, and drops zod’s', () => {
    const named = z.object({ name: z.string().min(1, 'A client needs a name.') });
    expect(issueOf(named, { name: '' })).toBe('has a name that is not valid: A client needs a name.');
    const time = z.object({ at: z.string().regex(/^\d\d:\d\d$/, 'Write the time as 14:30. Invalid times are not kept.') });
    expect(issueOf(time, { at: '2pm' })).toBe('has an at that is not valid: Write the time as 14:30. Invalid times are not kept.');
    expect(issueOf(z.object({ level: z.number().max(10) }), { level: 11 })).toBe('has a level that is not valid');
    expect(issueOf(z.object({ email: z.email() }), { email: 'x' })).toBe('has an email that is not valid');
    expect(issueOf(z.object({ person: z.object({ age: z.number().min(0) }) }), { person: { age: -1 } })).toBe('has an age that is not valid (in its person)');
  });

  it('a problem with the whole record', () => {
    expect(issueOf(z.number().refine(() => false, 'The totals do not add up.'), 1)).toBe('is not valid: The totals do not add up.');
    expect(issueOf(z.number().max(1), 2)).toBe('is not a valid record');
  });
});

describe('the refusal a person sees', () => {
  it('the first problem, how many more, and that nothing changed', () => {
    expect(importRefusal(['A client file is not a Stillpoint record'])).toBe('Nothing was imported: A client file is not a Stillpoint record. Your data is as it was.');
    expect(importRefusal(['First', 'Second'])).toBe('Nothing was imported: First (and 1 more problem). Your data is as it was.');
    expect(importRefusal(['First', 'Second', 'Third'])).toBe('Nothing was imported: First (and 2 more problems). Your data is as it was.');
    // A problem ending in the schema's own sentence gets one full stop, not two.
    expect(importRefusal(["A client file has a name that is not valid: A client needs a name."])).toBe(
      'Nothing was imported: A client file has a name that is not valid: A client needs a name. Your data is as it was.',
    );
    expect(importRefusal(['First ends.', 'Second'])).toBe('Nothing was imported: First ends (and 1 more problem). Your data is as it was.');
  });
});
