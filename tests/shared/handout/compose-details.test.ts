import { describe, expect, it } from 'vitest';
import { composeHandout } from '../../../shared/handout/compose';
import type { HandoutDocument, SectionId } from '../../../shared/handout/document';
import { defaultTemplate } from '../../../shared/handout/template';
import { sampleSource } from '../../helpers/handout';

function blocksOf(doc: HandoutDocument, id: SectionId) {
  return doc.sections.find((each) => each.id === id)?.blocks ?? [];
}

const png = `data:image/png;base64,${Buffer.from('\x89PNG\r\n\x1a\nrest', 'latin1').toString('base64')}`;

describe('the handout says only what the session gave it', () => {
  it('a pain score given only after the session is told as such', () => {
    const doc = composeHandout(sampleSource({ painBefore: undefined, painAfter: 3 }), defaultTemplate);
    expect(blocksOf(doc, 'today').at(-1)).toEqual({ kind: 'paragraph', text: 'You rated your pain 3 out of 10 after the session.' });
  });

  it('a pain score given only before the session is told as such', () => {
    const doc = composeHandout(sampleSource({ painBefore: 6, painAfter: undefined }), defaultTemplate);
    expect(blocksOf(doc, 'today').at(-1)).toEqual({ kind: 'paragraph', text: 'You rated your pain 6 out of 10 before the session.' });
  });

  it('a technique logged several times in one area is named once', () => {
    const doc = composeHandout(
      sampleSource({ areasWorked: [{ region: 'neck', techniques: ['petrissage', 'trigger-point', 'petrissage'], pressure: 7 }] }),
      defaultTemplate,
    );
    expect(blocksOf(doc, 'today')[1]).toEqual({
      kind: 'list',
      items: [{ label: 'Neck', text: 'Kneading and direct pressure on knots (trigger points), firm (7 of 10) pressure.' }],
    });
  });

  it('with no areas ticked, today says how long the hands-on work lasted', () => {
    const doc = composeHandout(sampleSource({ areasWorked: [], painBefore: undefined, painAfter: undefined }), defaultTemplate);
    expect(blocksOf(doc, 'today')).toEqual([{ kind: 'paragraph', text: "Today's hands-on work lasted about 42 minutes." }]);
  });

  it('with nothing to say about today, the section is left out', () => {
    const doc = composeHandout(
      sampleSource({ areasWorked: [], handsOnMinutes: undefined, painBefore: undefined, painAfter: undefined }),
      defaultTemplate,
    );
    expect(doc.sections.map((each) => each.id)).not.toContain('today');
    expect(doc.sections.map((each) => each.id)).not.toContain('stretches');
  });

  it('an area worked with no technique, pressure or answer is named in the summary but gets no line of its own', () => {
    const doc = composeHandout(
      sampleSource({ areasWorked: [{ region: 'feet', techniques: [] }, { region: 'calves', techniques: [], response: 'stop' }] }),
      defaultTemplate,
    );
    expect(blocksOf(doc, 'today').slice(0, 2)).toEqual([
      { kind: 'paragraph', text: 'Today we worked on your feet and calves for about 42 minutes.' },
      { kind: 'list', items: [{ label: 'Calves', text: 'You asked us to stop there.' }] },
    ]);
  });

  it('the clinic’s logo, name and contact go on the handout; blank names are left off', () => {
    const doc = composeHandout(
      sampleSource({ clientName: '  ', therapist: ' ', clinic: { name: 'Stillwater Bodywork', contact: '555 0100', logo: png } }),
      defaultTemplate,
    );
    expect(doc).toMatchObject({ title: 'Your aftercare', clinicName: 'Stillwater Bodywork', clinicContact: '555 0100', logo: png });
    expect(doc).not.toHaveProperty('clientName');
    expect(doc).not.toHaveProperty('therapist');
    expect(composeHandout(sampleSource({ clinic: {} }), defaultTemplate)).not.toHaveProperty('logo');
  });

  it('the therapist’s note keeps its paragraphs and drops empty ones', () => {
    const doc = composeHandout(sampleSource({ note: 'Walk at lunch.\n\n   \n\nDrink water.\n' }), defaultTemplate);
    expect(blocksOf(doc, 'note')).toEqual([
      { kind: 'paragraph', text: 'Walk at lunch.' },
      { kind: 'paragraph', text: 'Drink water.' },
    ]);
  });
});
