import { describe, expect, it } from 'vitest';
import { detailsFromSource, detailsToSource } from '../../../renderer/handout/wrap-up';
import type { HandoutSource } from '../../../shared/handout/source';

const source: HandoutSource = {
  language: 'en',
  date: '2026-12-02',
  clinic: {},
  // Where the region ended: the client asked to stop at 5, after 9 had been used.
  areasWorked: [{ region: 'lower-back', techniques: ['effleurage'], pressure: 5, response: 'stop' }],
  cautions: [],
  deepWork: true,
};

describe('the handout details drawn from a session', () => {
  it('keep the session\'s deep-work advice, which knows the firmest pressure used, though the area now reads gentle', () => {
    const details = detailsFromSource(source);
    expect(details.deepWork).toBe(true);
    expect(detailsToSource(details, { clinic: {} }).deepWork).toBe(true);
  });

  it('leave the advice to the areas when the session did not suggest deep work', () => {
    const details = detailsFromSource({ ...source, deepWork: false });
    expect(details.deepWork).toBeNull();
    const firmer = { ...details, areas: { ...details.areas, neck: { techniques: [], pressure: 8, response: null } } };
    expect(detailsToSource(firmer, { clinic: {} }).deepWork).toBe(true);
  });
});
