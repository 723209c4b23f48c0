import { describe, expect, it } from 'vitest';
import { composeHandout, handoutStretch } from '../../../shared/handout/compose';
import type { HandoutDocument, SectionId } from '../../../shared/handout/document';
import { therapistLibrary } from '../../../shared/handout/library';
import { defaultTemplate } from '../../../shared/handout/template';
import { sampleSource } from '../../helpers/handout';

function blocksOf(doc: HandoutDocument, id: SectionId) {
  return doc.sections.find((each) => each.id === id)?.blocks ?? [];
}

function itemsOf(doc: HandoutDocument, id: SectionId) {
  return blocksOf(doc, id).flatMap((block) => (block.kind === 'list' ? block.items : []));
}

describe('what the client reads in each section of the handout', () => {
  it('names the areas worked without a length when the session did not record one', () => {
    const doc = composeHandout(sampleSource({ handsOnMinutes: undefined }), defaultTemplate);
    expect(blocksOf(doc, 'today')[0]).toEqual({ kind: 'paragraph', text: 'Today we worked on your neck, shoulders and lower back.' });
  });

  it('after deep work, the do-and-avoid advice covers the next day or two, not just tonight', () => {
    const deep = composeHandout(sampleSource({ deepWork: true }), defaultTemplate);
    expect(deep.sections.find((each) => each.id === 'care')?.heading).toBe('For the next 24 to 48 hours');
  });

  it('a booking with no time of day gives the date alone', () => {
    const doc = composeHandout(sampleSource({ nextAppointment: '2026-11-29' }), defaultTemplate);
    expect(itemsOf(doc, 'followUp')[0]).toEqual({ label: 'Your next appointment', text: 'Sunday, 29 November 2026.' });
  });

  it('always closes the follow-up with the pain journal, with or without a plan', () => {
    for (const followUpPlan of ['chronic', undefined] as const) {
      const doc = composeHandout(sampleSource({ followUpPlan }), defaultTemplate);
      expect(itemsOf(doc, 'followUp').at(-1)).toMatchObject({ label: 'Keep a pain journal' });
    }
  });

  it('opens the stretches with how to stretch safely, before the stretches themselves', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    expect(blocksOf(doc, 'stretches')).toEqual([
      {
        kind: 'list',
        items: [
          { text: 'Move into each stretch slowly and stop at a mild, comfortable pull.' },
          { text: 'Breathe slowly and hold still; do not bounce.' },
          { text: 'A stretch should never hurt. If it does, ease off or skip it.' },
        ],
      },
    ]);
  });

  it('a line holding only spaces still separates two paragraphs of the note, and their edges are tidied', () => {
    const doc = composeHandout(sampleSource({ note: 'Walk at lunch.   \n  \n   Drink water.' }), defaultTemplate);
    expect(blocksOf(doc, 'note')).toEqual([
      { kind: 'paragraph', text: 'Walk at lunch.' },
      { kind: 'paragraph', text: 'Drink water.' },
    ]);
  });

  it('prints who wrote the sheet, and leaves off a contact line that is only spaces', () => {
    const doc = composeHandout(sampleSource({ therapist: '  Sam Lee ', clinic: { name: 'Stillwater Bodywork', contact: '   ' } }), defaultTemplate);
    expect(doc.therapist).toBe('Sam Lee');
    expect(doc).not.toHaveProperty('clinicContact');
  });
});

describe('a stretch copied onto a handout', () => {
  const library = therapistLibrary({ hiddenStretchIds: [], customStretches: [] });
  const calf = library.find((stretch) => stretch.id === 'wall-calf')!;

  it('is in English when no language is given', () => {
    expect(handoutStretch(calf)).toMatchObject({ id: 'wall-calf', name: calf.name, steps: calf.steps });
  });

  it('a built-in stretch takes its words from the handout language’s catalog', () => {
    const spanish = handoutStretch(calf, 'es', 'en');
    expect(spanish.name).not.toBe(calf.name);
    expect(spanish.steps).not.toEqual(calf.steps);
  });
});
