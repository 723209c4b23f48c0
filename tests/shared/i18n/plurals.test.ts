import { describe, expect, it } from 'vitest';
import { languages, type Language } from '../../../shared/i18n/languages';
import { translator } from '../../../shared/i18n/translate';

/** How each shipped language says a stretch's dose, once in the singular and once in the plural, and joins three things. */
const said: Record<Language, { one: string; many: string; joined: string }> = {
  en: { one: 'Hold for 1 second, once.', many: 'Hold for 30 seconds, 3 times on each side.', joined: 'neck, back and feet' },
  es: { one: 'Mantenga 1 segundo, una vez.', many: 'Mantenga 30 segundos, 3 veces de cada lado.', joined: 'neck, back y feet' },
  fr: { one: 'Tenez 1 seconde, une fois.', many: 'Tenez 30 secondes, 3 fois de chaque côté.', joined: 'neck, back et feet' },
  de: { one: '1 Sekunde halten, einmal.', many: '30 Sekunden halten, 3 Mal auf jeder Seite.', joined: 'neck, back und feet' },
  'pt-BR': { one: 'Segure por 1 segundo, uma vez.', many: 'Segure por 30 segundos, 3 vezes de cada lado.', joined: 'neck, back e feet' },
};

describe.each(languages)('what a client reads in %s', (language) => {
  const words = translator(language);

  it('one second and once in the singular; thirty seconds, three times on each side in the plural', () => {
    expect(words.text('handout.stretches.dose', { seconds: 1, times: 1, perSide: 'no' })).toBe(said[language].one);
    expect(words.text('handout.stretches.dose', { seconds: 30, times: 3, perSide: 'yes' })).toBe(said[language].many);
  });

  it('joins a list of areas with the language’s own "and"', () => {
    expect(words.joinAnd(['neck', 'back', 'feet'])).toBe(said[language].joined);
    expect(words.joinAnd(['neck'])).toBe('neck');
  });
});
