import type { Language } from '../../i18n/languages';
import { translator } from '../../i18n/translate';
import { screeningIds, type ScreeningId } from '../../screening/catalogue';

/*
 * The aftercare advice, in the client's language. The words live in the
 * catalogs (shared/i18n/catalogs); this file chooses which of them a session calls for.
 */

/** What the handout needs to know about the session to choose its wording. */
export interface AftercareContext {
  /** Firm or deep work (deep tissue, trigger points) was part of the session. */
  deepWork: boolean;
}

export interface CareContext extends AftercareContext {
  /** The sheet prints stretch cards, so the advice may point the client to them. */
  stretchesOnSheet: boolean;
}

export interface LabelledText {
  label: string;
  text: string;
}

export interface WhatToExpect {
  heading: string;
  summary: string;
  goodSore: LabelledText;
  badSore: LabelledText;
  easing: string;
}

export interface DoAndAvoid {
  heading: string;
  toDoTitle: string;
  toDo: readonly string[];
  toAvoidTitle: string;
  toAvoid: readonly string[];
  heatAndColdTitle: string;
  heatAndCold: readonly LabelledText[];
}

export interface WhenToCallDoctor {
  heading: string;
  intro: string;
  signs: readonly string[];
  beforeNextSessionHeading: string;
  /** One line per screening caution the client has, in the screening catalogue's order. */
  beforeNextSession: readonly string[];
}

export const followUpPlans = ['acute', 'chronic', 'maintenance'] as const;

export type FollowUpPlan = (typeof followUpPlans)[number];

export interface FollowUpAdvice {
  title: string;
  advice: string;
}

export function whatToExpect({ deepWork }: AftercareContext, language: Language): WhatToExpect {
  const words = translator(language);
  return {
    heading: words.text('handout.expect.heading'),
    summary: words.text(deepWork ? 'handout.expect.summaryDeep' : 'handout.expect.summaryLight'),
    goodSore: { label: words.text('handout.expect.goodSoreLabel'), text: words.text('handout.expect.goodSore') },
    badSore: { label: words.text('handout.expect.badSoreLabel'), text: words.text('handout.expect.badSore') },
    easing: words.text('handout.expect.easing'),
  };
}

export function doAndAvoid({ deepWork, stretchesOnSheet }: CareContext, language: Language): DoAndAvoid {
  const words = translator(language);
  const toDo = words.list(deepWork ? 'handout.care.doDeep' : 'handout.care.doLight');
  return {
    heading: words.text(deepWork ? 'handout.care.headingDeep' : 'handout.care.headingLight'),
    toDoTitle: words.text('handout.care.doTitle'),
    toDo: stretchesOnSheet ? [...toDo, words.text('handout.care.doStretches')] : toDo,
    toAvoidTitle: words.text('handout.care.avoidTitle'),
    toAvoid: words.list(deepWork ? 'handout.care.avoidDeep' : 'handout.care.avoidLight'),
    heatAndColdTitle: words.text('handout.care.heatColdTitle'),
    heatAndCold: [
      { label: words.text('handout.care.coldLabel'), text: words.text('handout.care.cold') },
      { label: words.text('handout.care.heatLabel'), text: words.text('handout.care.heat') },
    ],
  };
}

/** The line a screening caution puts under "Before your next session". */
export function cautionDoctorLine(id: ScreeningId, language: Language): string {
  return translator(language).text(`handout.doctor.cautions.${id}`);
}

export function whenToCallDoctor(cautions: readonly ScreeningId[], language: Language): WhenToCallDoctor {
  const words = translator(language);
  return {
    heading: words.text('handout.doctor.heading'),
    intro: words.text('handout.doctor.intro'),
    signs: words.list('handout.doctor.signs'),
    beforeNextSessionHeading: words.text('handout.doctor.beforeNextHeading'),
    beforeNextSession: screeningIds.filter((id) => cautions.includes(id)).map((id) => cautionDoctorLine(id, language)),
  };
}

/** Session spacing by the kind of problem, from the seed's frequency guidance. */
export function followUpAdvice(plan: FollowUpPlan, language: Language): FollowUpAdvice {
  const words = translator(language);
  return { title: words.text(`handout.followUp.plans.${plan}.title`), advice: words.text(`handout.followUp.plans.${plan}.advice`) };
}

export function painJournal(language: Language): LabelledText {
  const words = translator(language);
  return { label: words.text('handout.followUp.journalLabel'), text: words.text('handout.followUp.journal') };
}

export function stretchTips(language: Language): string[] {
  return translator(language).list('handout.stretches.tips');
}
