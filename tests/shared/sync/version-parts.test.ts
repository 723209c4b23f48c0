import { describe, expect, it } from 'vitest';
import { clinicParts } from '../../../shared/handout/clinic-versions';
import { templateParts } from '../../../shared/handout/template-versions';
import { defaultTemplate } from '../../../shared/handout/template';
import { defaultPlans } from '../../../shared/plans/defaults';
import { planParts } from '../../../shared/plans/plan-versions';
import { combineParts, differingParts, given, type VersionPart } from '../../../shared/sync/version-parts';

const labels = <T>(parts: readonly VersionPart<T>[]) => parts.map((part) => part.label);
const part = <T>(parts: readonly VersionPart<T>[], label: string) => parts.find((each) => each.label === label)!;

describe('two versions of a plan, template or clinic header, part by part', () => {
  it('a plan: the name from one, the phases from the other; phases read as names, minutes and sounds', () => {
    const plan = defaultPlans[0]!;
    const longer = { ...plan, name: 'Longer', phases: plan.phases.map((phase, index) => (index === 0 ? { ...phase, durationSec: phase.durationSec + 300 } : phase)) };
    expect(labels(differingParts(planParts, plan, longer))).toEqual(['Name', 'Phases']);
    expect(combineParts(plan, longer, [part(planParts, 'Phases')])).toEqual({ ...longer, name: plan.name });
    const first = plan.phases[0]!;
    expect(part(planParts, 'Phases').text(longer)).toContain(`${first.name} ${(first.durationSec + 300) / 60} min`);
    expect(part(planParts, 'Warning before the end').text({ ...plan, sessionWarningSec: 0 })).toBe('None');
  });

  it('a template: sections printed and opening lines read as words; a part the other version lacks is left out', () => {
    const withLines = { ...defaultTemplate, introLines: ['Drink water today.'], introByLanguage: { es: ['Beba agua hoy.'] } };
    const fewer = { ...defaultTemplate, sections: { ...defaultTemplate.sections, doctor: false } };
    expect(labels(differingParts(templateParts, withLines, fewer))).toEqual(['Sections to print', 'Opening lines', 'Opening lines in other languages']);
    expect(part(templateParts, 'Opening lines in other languages').text(withLines)).toBe('Spanish: Beba agua hoy.');
    expect(combineParts(withLines, fewer, [part(templateParts, 'Opening lines in other languages')])).not.toHaveProperty('introByLanguage');
  });

  it('the clinic header: each line of the header taken on its own', () => {
    const ours = { clinic: { name: 'Stillwater', contact: '12 Quay St' }, hiddenStretchIds: [], customStretches: [] };
    const theirs = { clinic: { name: 'Stillwater Clinic', therapist: 'Mia' }, hiddenStretchIds: [], customStretches: [] };
    expect(labels(differingParts(clinicParts, ours, theirs))).toEqual(['Clinic name', 'Contact', 'Therapist name']);
    expect(part(clinicParts, 'Contact').text(theirs)).toBe('Not given');
    const chosen = combineParts(ours, theirs, [part(clinicParts, 'Clinic name'), part(clinicParts, 'Therapist name')]);
    expect(chosen.clinic).toEqual({ name: 'Stillwater Clinic', contact: '12 Quay St', therapist: 'Mia' });
  });

  it('reads a blank value as "Not given", never as an empty cell', () => {
    for (const blank of [undefined, null, '', '   ']) expect(given(blank)).toBe('Not given');
    expect(given(' Mia ')).toBe(' Mia ');
  });
});
