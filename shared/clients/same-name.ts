import { longDate } from '../i18n/clock';
import type { ClientListing } from './client';
import { foldName } from './name-index';

/** Two names are one when they differ only in case, accents or spacing ("ana  RUIZ" is "Ana Ruiz"). */
export function sameName(a: string, b: string): boolean {
  return foldName(a) === foldName(b);
}

const CONTACT_SHOWN = 40;

/** The contact's first line, cut to a few words: enough to tell two people apart in a list. */
function shortContact(contact: string): string {
  const line = contact.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length > CONTACT_SHOWN ? `${line.slice(0, CONTACT_SHOWN - 1).trimEnd()}…` : line;
}

function added(client: Pick<ClientListing, 'createdAt'>, locale: string | undefined): string | undefined {
  return client.createdAt === undefined ? undefined : `added ${longDate(client.createdAt, locale)}`;
}

/** What tells a client apart from another of the same name: "born 3 May 1980", else their contact, else "added 2 December 2026". */
export function tellApart(client: Pick<ClientListing, 'dateOfBirth' | 'contact' | 'createdAt'>, locale?: string): string {
  if (client.dateOfBirth) return `born ${longDate(client.dateOfBirth, locale)}`;
  const contact = shortContact(client.contact ?? '');
  return contact || (added(client, locale) ?? '');
}

/**
 * Each listed client whose name another listed client has, with what tells
 * them apart; a name listed once is left out, so a list of different names
 * stays as calm as it was. Two of a name with the same date of birth or
 * contact are told apart by the day they were added as well.
 */
export function tellApartAll(listings: readonly ClientListing[], locale?: string): ReadonlyMap<string, string> {
  const byName = new Map<string, ClientListing[]>();
  for (const listing of listings) {
    const key = foldName(listing.name);
    const group = byName.get(key);
    if (group) group.push(listing);
    else byName.set(key, [listing]);
  }
  const told = new Map<string, string>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const details = group.map((listing) => tellApart(listing, locale));
    group.forEach((listing, i) => {
      const detail = details[i] ?? '';
      const shared = details.filter((each) => each === detail).length > 1;
      const day = added(listing, locale);
      told.set(listing.id, shared && day && !detail.startsWith('added') ? `${detail}, ${day}` : detail);
    });
  }
  return told;
}

/** "Ana Ruiz (born 3 May 1980)": the name, and what tells the client apart when that is needed. */
export function nameTold(listing: Pick<ClientListing, 'name'>, detail?: string): string {
  return detail ? `${listing.name} (${detail})` : listing.name;
}

/** Asked before a client is saved under a name other active clients already have: named as those clients wrote it. */
export function sameNameWarning(existing: readonly ClientListing[], renaming: boolean, locale?: string): string {
  const [first] = existing;
  const ask = renaming ? 'Save this client under the same name anyway?' : existing.length > 1 ? 'Save anyway as another client?' : 'Save anyway as a second client?';
  if (!first) return ask;
  if (existing.length === 1) return `There is already a client called ${nameTold(first, tellApart(first, locale))}. ${ask}`;
  const details = existing.map((each) => tellApart(each, locale)).join('; ');
  return `There are already ${existing.length} clients called ${first.name}: ${details}. ${ask}`;
}
