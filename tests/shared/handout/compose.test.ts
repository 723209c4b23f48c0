import { describe, expect, it } from 'vitest';
import { handoutDocumentSchema } from '../../../shared/contract/handout-schemas';
import { cautionDoctorLine, followUpAdvice } from '../../../shared/handout/content/aftercare-text';
import { stretchesForRegions } from '../../../shared/handout/content/stretches';
import { composeHandout } from '../../../shared/handout/compose';
import { longDate } from '../../../shared/handout/dates';
import type { HandoutDocument, SectionId } from '../../../shared/handout/document';
import { therapistLibrary } from '../../../shared/handout/library';
import { defaultTemplate, type HandoutTemplate } from '../../../shared/handout/template';
import { bodyRegions } from '../../../shared/body/regions';
import { responses } from '../../../shared/pressure/log';
import { techniqueIds } from '../../../shared/pressure/techniques';
import { sampleSource } from '../../helpers/handout';

function section(doc: HandoutDocument, id: SectionId) {
  return doc.sections.find((each) => each.id === id);
}

function allText(doc: HandoutDocument): string {
  return JSON.stringify(doc);
}

describe('composing a handout from the session', () => {
  it('writes every section for a full wrap-up, in print order, as a valid document', () => {
    const doc = composeHandout(sampleSource(), defaultTemplate);
    expect(doc.sections.map((each) => each.id)).toEqual(['today', 'expect', 'doctor', 'care', 'stretches', 'followUp', 'note']);
    expect(doc.title).toBe('Aftercare for Maria Okafor');
    expect(doc.clinicName).toBe('Stillwater Bodywork');
    expect(handoutDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('says what was done, area by area, with pressure, response and pain scores', () => {
    const today = section(composeHandout(sampleSource(), defaultTemplate), 'today');
    expect(today?.blocks).toEqual([
      { kind: 'paragraph', text: 'Today we worked on your neck, shoulders and lower back for about 42 minutes.' },
      {
        kind: 'list',
        items: [
          { label: 'Neck', text: 'Kneading and direct pressure on knots (trigger points), firm (7 of 10) pressure; you said the pressure felt just right.' },
          { label: 'Shoulders', text: 'Myofascial release, medium (5 of 10) pressure.' },
          { label: 'Lower back', text: 'Deep tissue work (slow, firm strokes), very firm (9 of 10) pressure; you asked for lighter pressure.' },
        ],
      },
      { kind: 'paragraph', text: 'You rated your pain 7 out of 10 before the session and 3 out of 10 after it.' },
    ]);
  });

  it('tells the client about pressure and their answers in plain words, never the log\'s shorthand', () => {
    const areas = responses.map((response, index) => ({ region: bodyRegions[index]!.id, techniques: [...techniqueIds], pressure: 1 + index * 3, response }));
    const today = JSON.stringify(section(composeHandout(sampleSource({ areasWorked: areas }), defaultTemplate), 'today'));
    for (const phrase of ['very light (1 of 10)', 'light (4 of 10)', 'firm (7 of 10)', 'very firm (10 of 10)']) expect(today).toContain(phrase);
    for (const phrase of ['you asked for firmer pressure', 'you asked for lighter pressure', 'you asked us to stop there']) expect(today).toContain(phrase);
    expect(today).not.toMatch(/effleurage|petrissage|asked for more|asked for less|just-right/i);
  });

  it('chooses stretches for the regions worked', () => {
    const doc = composeHandout(sampleSource({ areasWorked: [{ region: 'calves', techniques: [] }, { region: 'hands', techniques: [] }] }), defaultTemplate);
    const names = section(doc, 'stretches')?.stretches?.map((stretch) => stretch.id);
    expect(names).toEqual(stretchesForRegions(['calves', 'hands'], 4).map((stretch) => stretch.id));
    expect(names).toContain('wall-calf');
    expect(names).toContain('wrist-flexor');
    expect(section(doc, 'stretches')?.stretches?.every((stretch) => stretch.diagram !== undefined)).toBe(true);
  });

  it('uses the therapist library: hidden stretches stay out and their own come in', () => {
    const library = therapistLibrary({
      hiddenStretchIds: ['wall-calf'],
      customStretches: [
        { id: 'custom-stair', name: 'Stair calf drop', regions: ['calves'], steps: ['Stand on a step.'], holdSeconds: 20, repetitions: 2, perSide: true },
      ],
    });
    const doc = composeHandout(sampleSource({ areasWorked: [{ region: 'calves', techniques: [] }] }), defaultTemplate, { library });
    const ids = section(doc, 'stretches')?.stretches?.map((stretch) => stretch.id) ?? [];
    expect(ids).not.toContain('wall-calf');
    expect(ids).toContain('custom-stair');
    expect(section(doc, 'stretches')?.stretches?.find((stretch) => stretch.id === 'custom-stair')?.diagram).toBeUndefined();
  });

  it.each(['acute', 'chronic', 'maintenance'] as const)('gives the %s follow-up advice the therapist picked', (plan) => {
    const doc = composeHandout(sampleSource({ followUpPlan: plan }), defaultTemplate);
    const items = section(doc, 'followUp')?.blocks.flatMap((block) => (block.kind === 'list' ? block.items : []));
    expect(items?.[0]).toEqual({ label: 'Your next appointment', text: `${longDate('2026-11-29', 'en')} at 14:30.` });
    expect(items?.[1]).toEqual({ label: followUpAdvice(plan, 'en').title, text: followUpAdvice(plan, 'en').advice });
  });

  it('adds a before-your-next-session line for each screening flag', () => {
    const doc = composeHandout(sampleSource({ cautions: ['pregnancy', 'fever'] }), defaultTemplate);
    const lists = section(doc, 'doctor')?.blocks.filter((block) => block.kind === 'list') ?? [];
    expect(lists.at(-1)).toEqual({
      kind: 'list',
      title: 'Before your next session',
      items: [{ text: cautionDoctorLine('fever', 'en') }, { text: cautionDoctorLine('pregnancy', 'en') }],
    });
  });

  it('expects soreness after deep work and only mild tenderness after gentle work', () => {
    const deep = section(composeHandout(sampleSource({ deepWork: true }), defaultTemplate), 'expect');
    const gentle = section(composeHandout(sampleSource({ deepWork: false }), defaultTemplate), 'expect');
    expect(JSON.stringify(deep)).toContain('24 to 48 hours');
    expect(JSON.stringify(gentle)).not.toContain('24 to 48 hours');
    expect(section(composeHandout(sampleSource({ deepWork: false }), defaultTemplate), 'care')?.heading).toBe('For the rest of today');
  });

  it('leaves out what was not given: no name, areas, pain, plan, appointment or note', () => {
    const doc = composeHandout(
      { language: 'en', date: '2026-11-22', clinic: {}, areasWorked: [], cautions: [], deepWork: false, clientName: '   ', note: ' \n ' },
      defaultTemplate,
    );
    expect(doc.title).toBe('Your aftercare');
    expect(doc).not.toHaveProperty('clientName');
    expect(doc).not.toHaveProperty('clinicName');
    expect(doc.sections.map((each) => each.id)).toEqual(['expect', 'doctor', 'care', 'followUp']);
    expect(allText(doc)).not.toMatch(/undefined|null|NaN/);
    expect(doc.sections.every((each) => each.blocks.length > 0)).toBe(true);
    expect(handoutDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('prints only the sections the template keeps, with its opening lines', () => {
    const template: HandoutTemplate = {
      ...defaultTemplate,
      id: 'short',
      sections: { ...defaultTemplate.sections, stretches: false, note: false },
      introLines: ['Thank you for coming in today.', '  '],
    };
    const doc = composeHandout(sampleSource(), template);
    expect(doc.sections.map((each) => each.id)).toEqual(['today', 'expect', 'doctor', 'care', 'followUp']);
    expect(doc.intro).toEqual(['Thank you for coming in today.']);
  });

  it('keeps user text as text in the model (escaping happens when it is drawn)', () => {
    const doc = composeHandout(sampleSource({ clientName: '<img src=x onerror=alert(1)>' }), defaultTemplate);
    expect(doc.clientName).toBe('<img src=x onerror=alert(1)>');
  });
});
