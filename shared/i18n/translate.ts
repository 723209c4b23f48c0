import { IntlMessageFormat } from 'intl-messageformat';
import de from './catalogs/de.json';
import en from './catalogs/en.json';
import es from './catalogs/es.json';
import fr from './catalogs/fr.json';
import ptBR from './catalogs/pt-BR.json';
import { languageLocales, type Language } from './languages';

/** English is the reference catalog: every other one has the same keys (the compiler and a test both check). */
export type Catalog = typeof en;

export const catalogs: Readonly<Record<Language, Catalog>> = { en, es, fr, de, 'pt-BR': ptBR };

type Leaves<T, Wanted> = {
  [K in keyof T & string]: T[K] extends Wanted ? K : T[K] extends readonly unknown[] ? never : T[K] extends object ? `${K}.${Leaves<T[K], Wanted>}` : never;
}[keyof T & string];

/** A dotted path to one ICU message, such as "handout.doctor.heading". */
export type MessageKey = Leaves<Catalog, string>;
/** A dotted path to a list of plain lines, such as "handout.doctor.signs". */
export type ListKey = Leaves<Catalog, readonly string[]>;

export type MessageValues = Record<string, string | number>;

export interface Translator {
  language: Language;
  /** The Intl locale for dates, times and lists. */
  locale: string;
  text(key: MessageKey, values?: MessageValues): string;
  list(key: ListKey): string[];
  /** A message whose key is only known at run time (a stretch id, a region); undefined when the catalog has none. */
  lookup(key: string, values?: MessageValues): string | undefined;
  lookupList(key: string): string[] | undefined;
  /** "neck, shoulders and lower back", with the language's own "and". */
  joinAnd(items: readonly string[]): string;
}

function at(catalog: Catalog, key: string): unknown {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const translators = new Map<Language, Translator>();

/** One translator per language, with each message parsed once. */
export function translator(language: Language): Translator {
  const existing = translators.get(language);
  if (existing) return existing;
  const catalog = catalogs[language];
  const locale = languageLocales[language];
  const formats = new Map<string, IntlMessageFormat>();
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });

  const lookup = (key: string, values?: MessageValues): string | undefined => {
    const message = at(catalog, key);
    if (typeof message !== 'string') return undefined;
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, locale);
      formats.set(key, format);
    }
    return String(format.format(values));
  };
  const lookupList = (key: string): string[] | undefined => {
    const lines = at(catalog, key);
    return Array.isArray(lines) && lines.every((line) => typeof line === 'string') ? [...lines] : undefined;
  };

  const created: Translator = {
    language,
    locale,
    text(key, values) {
      const message = lookup(key, values);
      if (message === undefined) throw new Error(`The ${language} catalog has no message ${key}`);
      return message;
    },
    list(key) {
      const lines = lookupList(key);
      if (!lines) throw new Error(`The ${language} catalog has no list ${key}`);
      return lines;
    },
    lookup,
    lookupList,
    joinAnd: (items) => listFormat.format(items),
  };
  translators.set(language, created);
  return created;
}
