import { screeningIds, type ScreeningId } from '../../screening/catalogue';

/** What the handout needs to know about the session to choose its wording. */
export interface AftercareContext {
  /** Firm or deep work (deep tissue, trigger points) was part of the session. */
  deepWork: boolean;
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
  toDo: readonly string[];
  toAvoid: readonly string[];
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

export function whatToExpect({ deepWork }: AftercareContext): WhatToExpect {
  return {
    heading: 'What to expect',
    summary: deepWork
      ? 'After deeper work, the areas we treated may feel sore or tender for a day or two (24 to 48 hours), a bit like the day after exercise. This is normal.'
      : 'You may feel relaxed or a little sleepy, and the areas we worked may feel slightly tender. This is normal and should fade within a day or two.',
    goodSore: {
      label: 'Good sore',
      text: 'A dull, even ache that eases a little each day and feels better when you move gently.',
    },
    badSore: {
      label: 'Bad sore',
      text: 'Sharp, stabbing or burning pain, pain that spreads, or soreness that gets worse instead of better. Stop stretching that area and contact us or your doctor.',
    },
    easing: 'Water, gentle movement and a little heat or cold (see below) can help ordinary soreness settle.',
  };
}

const heatAndCold: readonly LabelledText[] = [
  {
    label: 'Cold',
    text: 'For fresh soreness, or a spot that feels swollen or warm, in the first day: a cold pack wrapped in a thin towel for 15 to 20 minutes. Never put ice straight on your skin.',
  },
  {
    label: 'Heat',
    text: 'For muscles that feel stiff or tight: a warm (not hot) heat pack or towel for 15 to 20 minutes. Do not use heat on an area that is freshly sore, swollen or warm.',
  },
];

export function doAndAvoid({ deepWork }: AftercareContext): DoAndAvoid {
  if (deepWork) {
    return {
      heading: 'For the next 24 to 48 hours',
      toDo: [
        'Drink water regularly through today and tomorrow.',
        'Rest when you can, and keep moving gently with short, easy walks.',
        'Do the stretches on this sheet slowly, to a mild pull and never to pain.',
        'Get up slowly if you feel light-headed or very relaxed.',
      ],
      toAvoid: [
        'Hard exercise, heavy lifting or long runs for a day or two, so the worked areas can recover.',
        'Heat on any spot that is freshly sore, swollen or warm to the touch.',
        'Pressing hard on tender spots yourself; give them time to settle.',
      ],
      heatAndCold,
    };
  }
  return {
    heading: 'For the rest of today',
    toDo: [
      'Drink a few extra glasses of water.',
      'Keep moving gently, and try the stretches on this sheet.',
      'Get up slowly if you feel light-headed or very relaxed.',
    ],
    toAvoid: [
      'Going straight into hard exercise; warm up first and ease back in.',
      'Heat on any spot that is swollen or warm to the touch.',
    ],
    heatAndCold,
  };
}

export const cautionDoctorLines: Readonly<Record<ScreeningId, string>> = {
  fever: 'You mentioned a fever. Please wait until you are well, and check with your doctor before your next session.',
  'open-wound-or-skin-infection':
    'You mentioned an open wound or a skin infection. Please let it heal, and check with your doctor before your next session.',
  'blood-clots':
    'You mentioned blood clots or a clotting disorder. Please check with your doctor before your next session.',
  'recent-surgery': 'You mentioned recent surgery. Please check with your surgeon or doctor before your next session.',
  'metastatic-cancer':
    'You mentioned cancer that has spread. Please check with your doctor or care team before your next session.',
  'advanced-osteoporosis':
    'You mentioned advanced osteoporosis. Please check with your doctor before your next session.',
  'serious-spinal-issue':
    'You mentioned a serious spinal condition. Please check with your doctor before your next session.',
  pregnancy: 'You mentioned that you are pregnant. Please check with your doctor or midwife before your next session.',
  other: 'You mentioned another health condition. Please check with your doctor before your next session.',
};

export function whenToCallDoctor(cautions: readonly ScreeningId[]): WhenToCallDoctor {
  return {
    heading: 'When to call a doctor',
    intro: 'Contact your doctor, or get urgent help if it feels serious, if you notice any of these:',
    signs: [
      'Numbness, tingling or weakness in an arm, leg, hand or foot.',
      'Severe or sharp pain, rather than a dull ache.',
      'Pain that gets worse instead of better, or lasts more than a few days.',
      'A calf that is swollen, red, warm or painful, especially on one side. This can be a sign of a blood clot: get medical help straight away.',
    ],
    beforeNextSessionHeading: 'Before your next session',
    beforeNextSession: screeningIds.filter((id) => cautions.includes(id)).map((id) => cautionDoctorLines[id]),
  };
}

export const followUpHeading = 'When to come back';

/** Session spacing by the kind of problem, from the seed's frequency guidance. */
export const followUp: Readonly<Record<FollowUpPlan, FollowUpAdvice>> = {
  acute: {
    title: 'A recent strain',
    advice: 'Give a fresh strain 48 to 72 hours to settle, then book one or two sessions close together.',
  },
  chronic: {
    title: 'Long-standing pain',
    advice: 'Come about once a week to begin with. As things ease, we will space your visits further apart.',
  },
  maintenance: {
    title: 'Keeping well',
    advice:
      'A session about once a month helps keep tension from building up again. Every two to three weeks suits a physical job or pain that was severe.',
  },
};

export const painJournal: LabelledText = {
  label: 'Keep a pain journal',
  text: 'Each day, note your pain from 0 to 10, what you did, and how you felt after each session. Bring it next time so we can see what is helping and adjust your plan.',
};

export const stretchTips: readonly string[] = [
  'Move into each stretch slowly and stop at a mild, comfortable pull.',
  'Breathe slowly and hold still; do not bounce.',
  'A stretch should never hurt. If it does, ease off or skip it.',
];
