import type { PressureResponse } from '../pressure/log';
import type { TechniqueId } from '../pressure/techniques';

/**
 * The pressure log in words a client reads at home: no clinical names, the
 * number kept beside the word so it matches what was said on the table.
 */
export function pressureWords(level: number): string {
  const word = level <= 2 ? 'very light' : level <= 4 ? 'light' : level <= 6 ? 'medium' : level <= 8 ? 'firm' : 'very firm';
  return `${word} (${level} of 10)`;
}

/** What the client told us, said back to them. */
export const responseWords: Readonly<Record<PressureResponse, string>> = {
  more: 'you asked for firmer pressure',
  'just-right': 'you said the pressure felt just right',
  less: 'you asked for lighter pressure',
  stop: 'you asked us to stop there',
};

export const techniqueWords: Readonly<Record<TechniqueId, string>> = {
  effleurage: 'long gliding strokes',
  petrissage: 'kneading',
  friction: 'friction',
  'trigger-point': 'direct pressure on knots (trigger points)',
  'myofascial-release': 'myofascial release',
  'deep-tissue': 'deep tissue work (slow, firm strokes)',
  stretching: 'assisted stretches',
  cupping: 'cupping',
  'hot-stone': 'warm stones',
  ashiatsu: 'massage with the feet (ashiatsu)',
  other: 'other techniques',
};
