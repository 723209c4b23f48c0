import { describe, expect, it } from 'vitest';
import { areaPressureWords, pressureWords } from '../../../shared/handout/client-words';

describe('the pressure level in words a client reads', () => {
  it('names every level from 1 to 10, the number beside the word', () => {
    expect(Array.from({ length: 10 }, (_, index) => pressureWords(index + 1))).toEqual([
      'very light (1 of 10)',
      'very light (2 of 10)',
      'light (3 of 10)',
      'light (4 of 10)',
      'medium (5 of 10)',
      'medium (6 of 10)',
      'firm (7 of 10)',
      'firm (8 of 10)',
      'very firm (9 of 10)',
      'very firm (10 of 10)',
    ]);
  });

  it('says the level in the handout’s language, in the order that language puts it', () => {
    expect(pressureWords(6, 'de')).toMatch(/\(6 von 10\)$/);
    expect(areaPressureWords(2, 'en')).toBe('very light (2 of 10) pressure');
    expect(areaPressureWords(8, 'es')).toMatch(/^presión .+ \(8 de 10\)$/);
  });
});
