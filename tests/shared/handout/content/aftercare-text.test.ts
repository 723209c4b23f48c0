import { describe, expect, it } from 'vitest';
import {
  cautionDoctorLine,
  doAndAvoid,
  followUpAdvice,
  followUpPlans,
  painJournal,
  stretchTips,
  whatToExpect,
  whenToCallDoctor,
} from '../../../../shared/handout/content/aftercare-text';
import { screeningIds } from '../../../../shared/screening/catalogue';

/** Every string inside a value, however deeply nested. */
function allText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allText);
  return [];
}

const everything = [
  ...[true, false].flatMap((deepWork) => [whatToExpect({ deepWork }, 'en'), doAndAvoid({ deepWork, stretchesOnSheet: true }, 'en')]),
  whenToCallDoctor(screeningIds, 'en'),
  followUpPlans.map((plan) => followUpAdvice(plan, 'en')),
  painJournal('en'),
  stretchTips('en'),
];

describe('aftercare text', () => {
  it('never promises to flush toxins or cure anything', () => {
    for (const text of allText(everything)) {
      expect(text).not.toMatch(/toxin|detox|\bcures?\b|guarantee/i);
    }
  });

  it('tells a client after deep work that soreness for a day or two is normal', () => {
    const expect24to48 = whatToExpect({ deepWork: true }, 'en');
    expect(expect24to48.summary).toMatch(/24 to 48 hours/);
    expect(expect24to48.goodSore.label).toBe('Good sore');
    expect(expect24to48.badSore.label).toBe('Bad sore');
  });

  it('covers the next two days after deep work, and only the rest of the day otherwise', () => {
    expect(doAndAvoid({ deepWork: true, stretchesOnSheet: true }, 'en').heading).toMatch(/24 to 48 hours/);
    expect(doAndAvoid({ deepWork: false, stretchesOnSheet: true }, 'en').heading).toMatch(/today/);
  });

  it('advises against hard exercise soon after deep work', () => {
    expect(doAndAvoid({ deepWork: true, stretchesOnSheet: true }, 'en').toAvoid.join(' ')).toMatch(/hard exercise/i);
  });

  it('always mentions water', () => {
    for (const deepWork of [true, false]) {
      expect(doAndAvoid({ deepWork, stretchesOnSheet: true }, 'en').toDo.join(' ')).toMatch(/water/i);
    }
  });

  it('explains when to use cold and when to use heat, for 15 to 20 minutes', () => {
    const [cold, heat] = doAndAvoid({ deepWork: true, stretchesOnSheet: true }, 'en').heatAndCold;
    expect(cold?.label).toBe('Cold');
    expect(cold?.text).toMatch(/fresh soreness.*15 to 20 minutes/);
    expect(heat?.label).toBe('Heat');
    expect(heat?.text).toMatch(/stiff or tight.*15 to 20 minutes.*Do not use heat on an area that is freshly sore/);
  });

  it('lists the warning signs, including a possible clot in the calf', () => {
    const signs = whenToCallDoctor([], 'en').signs.join(' ');
    expect(signs).toMatch(/Numbness, tingling or weakness/);
    expect(signs).toMatch(/sharp pain/);
    expect(signs).toMatch(/lasts more than a few days/);
    expect(signs).toMatch(/calf.*blood clot/);
  });

  it('adds no doctor check before the next session when screening raised nothing', () => {
    expect(whenToCallDoctor([], 'en').beforeNextSession).toEqual([]);
  });

  it('adds one doctor check per screening caution, once each, in a fixed order', () => {
    const lines = whenToCallDoctor(['pregnancy', 'fever', 'pregnancy'], 'en').beforeNextSession;
    expect(lines).toEqual([cautionDoctorLine('fever', 'en'), cautionDoctorLine('pregnancy', 'en')]);
  });

  it('has a doctor line for every question of the health screen', () => {
    for (const id of screeningIds) {
      expect(cautionDoctorLine(id, 'en')).toMatch(/before your next session\.$/);
    }
  });

  it('gives a title and a line of advice for each follow-up plan', () => {
    for (const plan of followUpPlans) {
      expect(followUpAdvice(plan, 'en').title.length).toBeGreaterThan(0);
      expect(followUpAdvice(plan, 'en').advice.length).toBeGreaterThan(0);
    }
  });

  it('spaces follow-up sessions as the plan needs', () => {
    expect(followUpAdvice('acute', 'en').advice).toMatch(/48 to 72 hours/);
    expect(followUpAdvice('chronic', 'en').advice).toMatch(/once a week/);
    expect(followUpAdvice('maintenance', 'en').advice).toMatch(/once a month.*two to three weeks/);
  });

  it('suggests keeping a pain journal scored from 0 to 10', () => {
    expect(painJournal('en').text).toMatch(/0 to 10/);
  });
});
