import type { ClientListing } from './client';

/** Folds case and accents so "Zoë" is found by "zoe". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

interface Indexed {
  listing: ClientListing;
  folded: string;
  words: string[];
}

/**
 * The in-memory name index: a cache rebuilt from the client files at start and
 * kept current by the service; it is never written to disk.
 */
export class NameIndex {
  private readonly byId = new Map<string, Indexed>();

  put(listing: ClientListing): void {
    const folded = foldName(listing.name);
    // Words split on anything that is not a letter or digit, so "O'Neil" is found by "neil".
    this.byId.set(listing.id, { listing, folded, words: folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean) });
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  clear(): void {
    this.byId.clear();
  }

  get(id: string): ClientListing | undefined {
    return this.byId.get(id)?.listing;
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every client called by this name, whatever its case, accents or spacing; the earliest added first. */
  named(name: string): ClientListing[] {
    const folded = foldName(name);
    const found: ClientListing[] = [];
    for (const item of this.byId.values()) if (item.folded === folded) found.push(item.listing);
    return found.sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || a.id.localeCompare(b.id));
  }

  /**
   * Every query word must start a word of the name ("ann sm" finds "Anna Smith").
   * Names that start with the query come first, then alphabetical.
   */
  search(query: string, options: { includeArchived?: boolean; limit?: number } = {}): ClientListing[] {
    return this.find(query, options).listings;
  }

  /** The first `limit` listings (fifty unless told), and how many matched in all. */
  find(query: string, options: { includeArchived?: boolean; limit?: number } = {}): { listings: ClientListing[]; found: number } {
    const folded = foldName(query);
    const terms = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // A query of no letters or digits (an emoji, a dash) has no words to start: it is found where it stands.
    const matchesQuery = (item: Indexed): boolean =>
      terms.length > 0 ? terms.every((term) => item.words.some((word) => word.startsWith(term))) : item.folded.includes(folded);
    const limit = options.limit ?? 50;
    const matches: Indexed[] = [];
    for (const item of this.byId.values()) {
      if (item.listing.archived && !options.includeArchived) continue;
      if (matchesQuery(item)) matches.push(item);
    }
    const first = terms[0] ?? '';
    matches.sort((a, b) => {
      const aStarts = a.folded.startsWith(first) ? 0 : 1;
      const bStarts = b.folded.startsWith(first) ? 0 : 1;
      return aStarts - bStarts || a.folded.localeCompare(b.folded) || a.listing.id.localeCompare(b.listing.id);
    });
    return { listings: matches.slice(0, limit).map((item) => item.listing), found: matches.length };
  }
}
