import { describe, expect, it } from 'vitest';
import { isLanguage, languageChoiceLabel } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translate';

describe('reading the catalogs', () => {
  const en = translator('en');

  it('gives a message, a list of lines, and joins a list with the language’s own "and"', () => {
    expect(en.text('handout.doctor.heading')).toBe('When to call a doctor');
    expect(en.list('handout.doctor.signs')[0]).toBe('Numbness, tingling or weakness in an arm, leg, hand or foot.');
    expect(en.joinAnd(['neck', 'shoulders', 'lower back'])).toBe('neck, shoulders and lower back');
    expect(translator('de').joinAnd(['Nacken', 'Schultern'])).toBe('Nacken und Schultern');
    expect(translator('fr').locale).toBe('fr-FR');
  });

  it('a key known only at run time that the catalog lacks reads as missing, never as a crash or a letter of another message', () => {
    expect(en.lookup('regions.label.neck')).toBe('Neck');
    expect(en.lookup('regions.label.elbow')).toBeUndefined();
    expect(en.lookup('handout.doctor.heading.more')).toBeUndefined();
    expect(en.lookup('regions.label')).toBeUndefined();
    expect(en.lookup('regions.constructor')).toBeUndefined();
    expect(en.lookup('regions.label.toString')).toBeUndefined();
    expect(en.lookup('regions.label.neck.0')).toBeUndefined();
  });

  it('a stretch the therapist wrote has no words in the catalog, and no built-in stretch is mistaken for it', () => {
    expect(en.lookup('stretches.custom-stair.name')).toBeUndefined();
    expect(en.lookupList('stretches.custom-stair.steps')).toBeUndefined();
    expect(en.lookup('stretches.wall-calf.name')).toBe('Wall calf stretch');
  });

  it('a list is only a list of lines', () => {
    expect(en.lookupList('handout.doctor.signs')?.length).toBeGreaterThan(1);
    expect(en.lookupList('handout.doctor.heading')).toBeUndefined();
    expect(en.lookupList('regions.label')).toBeUndefined();
    expect(en.lookupList('handout.nothing')).toBeUndefined();
    const signs = en.list('handout.doctor.signs');
    signs.pop();
    expect(en.list('handout.doctor.signs')).toHaveLength(signs.length + 1);
  });

  it('a missing message or list is an error that names the language and the key', () => {
    expect(() => en.text('handout.nothing' as never)).toThrow('The en catalog has no message handout.nothing');
    expect(() => translator('es').list('handout.nothing' as never)).toThrow('The es catalog has no list handout.nothing');
  });

  it('keeps one translator per language', () => {
    expect(translator('es')).toBe(translator('es'));
    expect(translator('es')).not.toBe(translator('fr'));
  });
});

describe('the handout languages', () => {
  it('knows its languages and nothing else', () => {
    expect(isLanguage('pt-BR')).toBe(true);
    expect(isLanguage('pt')).toBe(false);
    expect(isLanguage(7)).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('a language is offered by its English name, with its own name beside it when they differ', () => {
    expect(languageChoiceLabel('es')).toBe('Spanish (Español)');
    expect(languageChoiceLabel('en')).toBe('English');
  });
});
