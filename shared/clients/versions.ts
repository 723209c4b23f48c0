import { languageNamesInEnglish, type Language } from '../i18n/languages';
import { fieldPart, type VersionPart } from '../sync/version-parts';
import { ageBandLabels, type Client, type ClientFields } from './client';

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

/** A field's value as a person reads it, never blank. */
export function fieldText(fields: ClientFields, field: ClientField): string {
  const value = fields[field];
  if (field === 'ageBand') return value ? ageBandLabels[value as keyof typeof ageBandLabels] : 'Not given';
  if (value === null || value === undefined || value === '') return 'Not given';
  if (field === 'preferredLanguage') return languageNamesInEnglish[value as Language];
  return field === 'preferredPressure' ? `${String(value)} of 10` : String(value);
}

/** The client's fields as two versions are compared and combined, in the order the form shows them. */
export const clientParts: readonly VersionPart<Client>[] = fieldOrder.map((field) =>
  fieldPart<Client, ClientField>(field, clientFieldLabels[field], (_value, client) => fieldText(client, field)),
);
