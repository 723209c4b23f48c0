import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../../shared/i18n/languages';
import { catalogs } from '../../../shared/i18n/translate';
import { screeningIds } from '../../../shared/screening/catalogue';
import { stretchLibrary } from '../../../shared/handout/content/stretches';

type Leaf = string | readonly string[];

/** Every message of a catalog by its dotted key. */
function leaves(node: unknown, prefix = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) found.set(path, value as Leaf);
    else for (const [inner, leaf] of leaves(value, path)) found.set(inner, leaf);
  }
  return found;
}

/** The placeholders a message fills in ("name", "minutes"), whatever the language does around them. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  type Element = ReturnType<IntlMessageFormat['getAst']>[number];
  const walk = (elements: readonly Element[]): void => {
    for (const element of elements) {
      // Literal text has a value too, but no placeholder name; the parser's type 0 is literal text.
      if ('value' in element && element.type !== 0) names.add(String(element.value));
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst());
  return [...names].sort();
}

const english = leaves(catalogs.en);
const others = languages.filter((language) => language !== 'en');

/** Claims with no support in the seeds, in every language the handout speaks. */
const bannedClaims: Readonly<Record<Language, RegExp>> = {
  en: /toxin|detox|lactic acid|flush(es|ing)? out|\bcures?\b|guarantee/i,
  es: /toxina|desintox|detox|ácido l[aá]ctico|acido lactico|\bcura\b|garantiza/i,
  fr: /toxine|détox|detox|acide lactique|guérit|garanti/i,
  de: /toxin|entgift|detox|milchsäure|schlacke|\bgift|heilt\b|garantiert/i,
  'pt-BR': /toxina|desintox|detox|ácido l[aá]tico|ácido láctico|\bcura\b|garante/i,
};

function allStrings(language: Language): string[] {
  return [...leaves(catalogs[language]).values()].flatMap((leaf) => (typeof leaf === 'string' ? [leaf] : [...leaf]));
}

describe('the message catalogs', () => {
  it.each(others)('%s has every message the English catalog has, and no others', (language) => {
    const catalog = leaves(catalogs[language]);
    expect([...catalog.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !catalog.has(key))).toEqual([]);
  });

  it.each(others)('%s gives every list as many lines as English, so no step or warning is dropped', (language) => {
    const catalog = leaves(catalogs[language]);
    for (const [key, leaf] of english) {
      if (typeof leaf === 'string') continue;
      expect((catalog.get(key) as readonly string[] | undefined)?.length, key).toBe(leaf.length);
    }
  });

  it('reads the details a message fills in, plurals and choices included', () => {
    expect(argumentsOf(catalogs.en.handout.stretches.dose)).toEqual(['perSide', 'seconds', 'times']);
  });

  it.each(others)('%s fills in the same details as English in every message', (language) => {
    const catalog = leaves(catalogs[language]);
    for (const [key, leaf] of english) {
      if (typeof leaf !== 'string') continue;
      expect(argumentsOf(catalog.get(key) as string), key).toEqual(argumentsOf(leaf));
    }
  });

  it.each(languages)('%s has no empty message and no line that repeats English word for word', (language) => {
    for (const text of allStrings(language)) expect(text.trim().length).toBeGreaterThan(0);
    if (language === 'en') return;
    const catalog = leaves(catalogs[language]);
    // A few words are the same in both languages (a technique's name, "Abdomen"); whole sentences never are.
    const copied = [...english]
      .filter(([key, leaf]) => !key.startsWith('handout.punctuation.') && typeof leaf === 'string' && leaf.includes(' ') && catalog.get(key) === leaf)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('fails a catalog that lacks a key: the check above is not vacuous', () => {
    const trimmed = structuredClone(catalogs.es) as { handout: { doctor: Partial<typeof catalogs.es.handout.doctor> } };
    delete trimmed.handout.doctor.intro;
    expect([...english.keys()].filter((key) => !leaves(trimmed).has(key))).toEqual(['handout.doctor.intro']);
  });

  it.each(languages)('%s has the whole "when to call a doctor" section: heading, intro, every warning sign and every screening line', (language) => {
    const doctor = catalogs[language].handout.doctor;
    expect(doctor.heading.trim()).not.toBe('');
    expect(doctor.intro.trim()).not.toBe('');
    expect(doctor.signs).toHaveLength(catalogs.en.handout.doctor.signs.length);
    for (const sign of doctor.signs) expect(sign.trim().length).toBeGreaterThan(20);
    expect(doctor.beforeNextHeading.trim()).not.toBe('');
    for (const id of screeningIds) expect(doctor.cautions[id].trim().length, id).toBeGreaterThan(20);
  });

  it.each(languages)('%s makes no unsupported claim (toxins, lactic acid, cures)', (language) => {
    for (const text of allStrings(language)) expect(text).not.toMatch(bannedClaims[language]);
  });

  it('catches a banned claim in any language: the check above is not vacuous', () => {
    expect('La massage élimine les toxines.').toMatch(bannedClaims.fr);
    expect('Die Massage baut Milchsäure ab.').toMatch(bannedClaims.de);
    expect('El masaje elimina el ácido láctico.').toMatch(bannedClaims.es);
    expect('A massagem elimina o ácido lático e as toxinas.').toMatch(bannedClaims['pt-BR']);
    expect('Massage flushes out toxins.').toMatch(bannedClaims.en);
  });

  it.each(languages)('%s names and explains every built-in stretch', (language) => {
    const stretches = catalogs[language].stretches as Record<string, { name: string; steps: string[]; caution?: string }>;
    for (const stretch of stretchLibrary) {
      expect(stretches[stretch.id]?.name, stretch.id).toBeTruthy();
      expect(stretches[stretch.id]?.steps.length, stretch.id).toBe(stretch.steps.length);
      expect(stretches[stretch.id]?.caution === undefined, stretch.id).toBe(stretch.caution === undefined);
    }
  });
});
