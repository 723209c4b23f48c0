import { describe, expect, it } from 'vitest';
import { emptyClientFields } from '../../../shared/clients/client';
import { clientFieldsSchema, enteredClientFieldsSchema, intakeFieldsSchema, intakeSchema, pressureChangeSchema } from '../../../shared/contract/care-schemas';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }): string[] => result.error?.issues.map((issue) => issue.message) ?? [];
const client = (fields: Record<string, unknown>) => clientFieldsSchema.safeParse({ ...emptyClientFields, name: 'Ana Ruiz', ...fields });
const intake = (fields: Record<string, unknown>) =>
  intakeFieldsSchema.safeParse({ screening: [], confirmedUnchanged: false, painNow: 3, painRegions: [], painQuality: '', goals: '', allergies: '', medications: '', ...fields });

describe('a client’s date of birth', () => {
  it('may be left empty, or written YYYY-MM-DD, with spaces around trimmed', () => {
    expect(client({ dateOfBirth: '' }).success).toBe(true);
    expect(client({ dateOfBirth: ' 1984-02-29 ' }).data?.dateOfBirth).toBe('1984-02-29');
  });

  it('written another way, it says how to write it', () => {
    for (const written of ['29/02/1984', '1984-2-29', '1984-02-29x', 'x1984-02-29']) {
      expect(messages(client({ dateOfBirth: written })), written).toEqual(['Give the date of birth as a day, a month and a four-digit year (in a file: 1984-02-29).']);
    }
  });

  it('a date written another way gets that one message, not also "not a real date" and "out of range"', () => {
    expect(messages(client({ dateOfBirth: '29/02/1984' }))).toEqual(['Give the date of birth as a day, a month and a four-digit year (in a file: 1984-02-29).']);
    expect(messages(client({ dateOfBirth: '1984-02-30' }))).toEqual(['That date of birth is not a real date.']);
  });

  it('a date that does not exist, or one before 1900 or after 2100, is refused', () => {
    expect(messages(client({ dateOfBirth: '1984-13-40' }))).toEqual(['That date of birth is not a real date.']);
    // The message says which years are taken, so the therapist knows to check the year they typed.
    expect(messages(client({ dateOfBirth: '1899-12-31' }))).toEqual(['A date of birth must fall between 1900 and 2100; check the year.']);
    expect(messages(client({ dateOfBirth: '2100-01-02' }))).toEqual(['A date of birth must fall between 1900 and 2100; check the year.']);
    expect(client({ dateOfBirth: '1900-01-01' }).success).toBe(true);
    expect(client({ dateOfBirth: '2100-01-01' }).success).toBe(true);
  });

  it('typed in for a new or edited client, a date still to come is refused by the field, as a slip; a stored one still reads', () => {
    const entered = (dateOfBirth: string) => enteredClientFieldsSchema.safeParse({ ...emptyClientFields, name: 'Ana Ruiz', dateOfBirth });
    const nextYear = String(new Date().getUTCFullYear() + 1);
    const refused = entered(`${nextYear}-06-01`);
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['dateOfBirth', 'A date of birth cannot be in the future.']]);
    expect(entered('1984-02-29').success).toBe(true);
    expect(entered(new Date().toISOString().slice(0, 10)).success).toBe(true);
    expect(entered('').success).toBe(true);
    expect(client({ dateOfBirth: `${nextYear}-06-01` }).success).toBe(true);
  });

  it('free text with control characters cannot be stored; line breaks and tabs can', () => {
    expect(messages(client({ notes: 'left\u0007shoulder' }))).toEqual(['Notes holds characters that cannot be stored.']);
    expect(client({ notes: 'left shoulder\n\tand neck' }).success).toBe(true);
  });
});

describe('an intake', () => {
  const wound = { id: 'open-wound-or-skin-infection', level: 'modify', note: '', avoidRegions: [] };
  const clots = { id: 'blood-clots', level: 'consult', note: '', avoidRegions: [] };

  it('asks allergies and medications as free text; an intake kept before they were asked still reads, with both empty', () => {
    expect(intake({ allergies: 'almond oil', medications: 'warfarin' }).data).toMatchObject({ allergies: 'almond oil', medications: 'warfarin' });
    const kept = { recordedAt: 1, screening: [], confirmedUnchanged: false, painNow: 3, painRegions: [], painQuality: '', goals: '' };
    expect(intakeSchema.parse(kept)).toMatchObject({ allergies: '', medications: '' });
    expect(messages(intake({ allergies: 'x'.repeat(1001) }))).toEqual(['Allergies is at most 1000 characters.']);
    expect(messages(intake({ medications: 'x'.repeat(1001) }))).toEqual(['Medications is at most 1000 characters.']);
  });

  it('lists each condition and each region once', () => {
    expect(intake({ screening: [wound, clots], painRegions: ['neck', 'calves'] }).success).toBe(true);
    expect(messages(intake({ screening: [wound, { ...wound, note: 'again' }] }))).toEqual(['A condition is listed twice.']);
    expect(messages(intake({ painRegions: ['neck', 'neck'] }))).toEqual(['A region is listed twice.']);
  });
});

describe('a correction to a pressure entry', () => {
  it('has to change something', () => {
    expect(messages(pressureChangeSchema.safeParse({}))).toEqual(['A correction has to change something.']);
    expect(messages(pressureChangeSchema.safeParse({ note: undefined }))).toEqual(['A correction has to change something.']);
    expect(pressureChangeSchema.safeParse({ withdrawn: false }).success).toBe(true);
    expect(pressureChangeSchema.safeParse({ level: 4 }).success).toBe(true);
  });
});
