import { languageNamesInEnglish, type Language } from '../i18n/languages';
import { ageBandLabels, type ClientFields } from './client';

export type ClientField = keyof ClientFields;

export const clientFieldLabels: Readonly<Record<ClientField, string>> = {
  name: 'Name',
  contact: 'Contact',
  dateOfBirth: 'Date of birth',
  ageBand: 'Age band',
  goals: 'Goals',
  notes: 'Notes',
  preferredPressure: 'Usual pressure',
  preferredLanguage: 'Handout language',
};

const fieldOrder = Object.keys(clientFieldLabels) as ClientField[];

export function fieldsOf(client: ClientFields): ClientFields {
  const { name, contact, dateOfBirth, ageBand, goals, notes, preferredPressure, preferredLanguage } = client;
  return { name, contact, dateOfBirth, ageBand, goals, notes, preferredPressure, ...(preferredLanguage ? { preferredLanguage } : {}) };
}

/** The fields two versions of a client disagree on, in the order the form shows them. */
export function differingFields(a: ClientFields, b: ClientFields): ClientField[] {
  return fieldOrder.filter((field) => a[field] !== b[field]);
}

/** A field's value as a person reads it, never blank. */
export function fieldText(fields: ClientFields, field: ClientField): string {
  const value = fields[field];
  if (field === 'ageBand') return value ? ageBandLabels[value as keyof typeof ageBandLabels] : 'Not given';
  if (value === null || value === undefined || value === '') return 'Not given';
  if (field === 'preferredLanguage') return languageNamesInEnglish[value as Language];
  return field === 'preferredPressure' ? `${String(value)} of 10` : String(value);
}

/** One version's fields, with the chosen fields taken from the other. */
export function combine(base: ClientFields, other: ClientFields, fromOther: ReadonlySet<ClientField>): ClientFields {
  const result: Record<string, unknown> = { ...fieldsOf(base) };
  for (const field of fromOther) {
    if (other[field] === undefined) delete result[field];
    else result[field] = other[field];
  }
  return result as unknown as ClientFields;
}
