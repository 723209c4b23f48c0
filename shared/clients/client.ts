import type { Language } from '../i18n/languages';

export const ageBands = ['under-18', '18-29', '30-44', '45-59', '60-74', '75-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export const ageBandLabels: Readonly<Record<AgeBand, string>> = {
  'under-18': 'Under 18',
  '18-29': '18 to 29',
  '30-44': '30 to 44',
  '45-59': '45 to 59',
  '60-74': '60 to 74',
  '75-plus': '75 or older',
};

/** What the therapist types in; the back end adds id, revision and times. */
export interface ClientFields {
  name: string;
  contact: string;
  /** ISO date (YYYY-MM-DD), or empty when only an age band is known. */
  dateOfBirth: string;
  ageBand: AgeBand | null;
  goals: string;
  notes: string;
  /** Usual pressure on the 1-10 scale, or null when not known yet. */
  preferredPressure: number | null;
  /** The language their handouts are written in; the clinic's default language when not given. */
  preferredLanguage?: Language;
}

export interface Client extends ClientFields {
  id: string;
  /** Goes up by one on every write; an update names the revision it was based on. */
  revision: number;
  createdAt: number;
  updatedAt: number;
  archived: boolean;
  /** The room that wrote this revision; absent on records from before rooms. */
  room?: string;
}

export interface ClientListing {
  id: string;
  name: string;
  archived: boolean;
  updatedAt: number;
  /** What tells two clients of the same name apart; listed by the back end, absent only from listings made by hand. */
  createdAt?: number;
  dateOfBirth?: string;
  contact?: string;
  /** Versions a sync engine kept beside the record, waiting for the therapist to choose. */
  otherVersions?: number;
}

export const emptyClientFields: ClientFields = {
  name: '',
  contact: '',
  dateOfBirth: '',
  ageBand: null,
  goals: '',
  notes: '',
  preferredPressure: null,
};
