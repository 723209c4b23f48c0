import { describe, expect, it } from 'vitest';
import { builtInStretch, therapistLibrary, type CustomStretch } from '../../../shared/handout/library';
import { suggestsDeepWork } from '../../../shared/handout/source';

const own: CustomStretch = { id: 'custom-stair', name: 'Stair calf drop', regions: ['calves'], steps: ['Stand on a step.'], holdSeconds: 20, repetitions: 2, perSide: true };

describe('the therapist’s stretch library', () => {
  it('lets one of their own stretches borrow the drawing of a built-in one', () => {
    const [borrowing] = therapistLibrary({ hiddenStretchIds: [], customStretches: [{ ...own, diagramFrom: 'wall-calf' }] }).filter((stretch) => stretch.custom);
    expect(borrowing).toMatchObject({ id: 'custom-stair', name: 'Stair calf drop', custom: true });
    expect(borrowing?.diagram).toEqual(builtInStretch('wall-calf')?.diagram);
    expect(borrowing).not.toHaveProperty('diagramFrom');
  });

  it('draws nothing for their own stretch when the drawing it names is not a built-in one', () => {
    const [plain] = therapistLibrary({ hiddenStretchIds: [], customStretches: [{ ...own, diagramFrom: 'no-such-stretch' }] }).filter((stretch) => stretch.custom);
    expect(plain?.diagram).toBeUndefined();
    expect(plain?.custom).toBe(true);
    expect(builtInStretch('no-such-stretch')).toBeUndefined();
    expect(builtInStretch('wall-calf')?.name).toBe('Wall calf stretch');
  });
});

describe('whether the session suggests deep work', () => {
  it('a deep technique among gentle ones suggests it, even at medium pressure; gentle work alone does not', () => {
    expect(suggestsDeepWork([{ region: 'neck', techniques: ['effleurage', 'deep-tissue'], pressure: 5 }])).toBe(true);
    expect(suggestsDeepWork([{ region: 'neck', techniques: ['effleurage', 'petrissage'], pressure: 6 }])).toBe(false);
    expect(suggestsDeepWork([{ region: 'neck', techniques: [] }])).toBe(false);
  });
});
