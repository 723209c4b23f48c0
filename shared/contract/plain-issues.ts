import type { z } from 'zod';

/*
 * Turns validation issues into sentences for the person at the screen: the
 * place is named as they see it ("Phase 2, Warm-up"), counted from one, and
 * no field path, channel or validator jargon ever reaches the text.
 */

/** Lists whose items a person sees numbered, and what one item is called. */
const itemWords: Record<string, string> = {
  phases: 'phase',
  segments: 'segment',
  customStretches: 'stretch',
  stretches: 'stretch',
  sections: 'section',
  steps: 'step',
  introLines: 'intro line',
  intro: 'intro line',
  items: 'line',
  blocks: 'block',
  screening: 'screening answer',
  amendments: 'amendment',
  entries: 'pressure entry',
  corrections: 'correction',
  events: 'event',
  handouts: 'handout',
};

/** Words for fields whose schema has no message of its own; lists are "the list of …" so the verb agrees. */
const fieldWords: Record<string, string> = {
  name: 'The name',
  durationSec: 'The length',
  minimumSec: 'The shortest length',
  warningSec: 'The warning',
  sessionWarningSec: 'The session warning',
  holdSeconds: 'The hold time',
  repetitions: 'The number of repetitions',
  stretchLimit: 'The number of stretches',
  painNow: 'Pain now',
  painAfter: 'Pain after',
  level: 'The pressure',
  volume: 'The volume',
  note: 'The note',
  by: 'The signature',
  reason: 'The reason',
  date: 'The date',
  regions: 'The list of regions',
  sections: 'The list of sections',
  steps: 'The list of steps',
};

const subjectOf = (path: readonly PropertyKey[], unnamed: string): string => {
  const key = [...path].reverse().find((part) => typeof part === 'string');
  return (typeof key === 'string' && fieldWords[key]) || unnamed;
};

/** The message for an issue whose schema gave none (passed to safeParse as its error map), shown beside its field. */
export function plainIssueMessage(issue: z.core.$ZodRawIssue): string {
  return issueMessage(issue, 'This');
}

/** The same, for a stored record that failed its check: there is no field on screen for "this" to point at. */
export function recordIssueMessage(issue: z.core.$ZodRawIssue): string {
  return issueMessage(issue, 'A value in it');
}

function issueMessage(issue: z.core.$ZodRawIssue, unnamed: string): string {
  const subject = subjectOf(issue.path ?? [], unnamed);
  switch (issue.code) {
    case 'invalid_type':
      if ((issue.path ?? []).length === 0) return 'Stillpoint could not read what was sent; restart Stillpoint and try again.';
      if (issue.expected === 'number' || issue.expected === 'int') return `${subject} needs a number.`;
      return issue.input === undefined ? `${subject} is missing.` : `${subject} is not the right kind of answer.`;
    case 'too_small': {
      const least = String(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${subject} cannot be empty.` : `${subject} needs at least ${least} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${subject} needs at least ${least}.`;
      return issue.inclusive === false ? `${subject} must be more than ${least}.` : `${subject} must be at least ${least}.`;
    }
    case 'too_big': {
      const most = String(issue.maximum);
      if (issue.origin === 'string') return `${subject} is at most ${most} characters.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `${subject} can have at most ${most}.`;
      return issue.inclusive === false ? `${subject} must be less than ${most}.` : `${subject} can be at most ${most}.`;
    }
    case 'not_multiple_of':
      return `${subject} must be a whole number.`;
    case 'invalid_format':
      return `${subject} is not written the expected way.`;
    case 'unrecognized_keys':
      return 'Part of what was sent is not something Stillpoint knows; restart Stillpoint and try again.';
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return `${subject} is not one of the choices.`;
    default:
      return `${subject} cannot be used.`;
  }
}

/** A name as a message quotes it: in part when long (a name past its limit is itself what the message is about). */
const QUOTED_CHARS = 60;
const quoted = (name: string): string => {
  // By characters as a person sees them, so an emoji is never cut in two.
  const characters = Array.from(name);
  return characters.length > QUOTED_CHARS ? `${characters.slice(0, QUOTED_CHARS).join('')}…` : name;
};

const nameOf = (item: unknown): string | null => {
  if (typeof item !== 'object' || item === null) return null;
  for (const key of ['name', 'heading', 'title'] as const) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) return quoted(value.trim());
  }
  return null;
};

/**
 * "Phase 2, Warm-up": a numbered item and its name, each said once. An item
 * still called by its number ("Phase 2") is named by that alone, never "Phase 2, Phase 2".
 */
export function numberedName(numbered: string, name: string | null, between = ', '): string {
  const named = name?.trim();
  return named && named.toLowerCase() !== numbered.toLowerCase() ? `${numbered}${between}${named}` : numbered;
}

/** An issue's path as a refusal carries it ("plan.phases.1.name"), in the steps placeOf reads: plan, phases, 1, name. */
export const pathSteps = (path: string): (string | number)[] => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** "Phase 5, Targeted work, segment 1, Back": where in the input an issue is, as the person sees it. */
export function placeOf(input: unknown, path: readonly PropertyKey[]): string {
  const places: string[] = [];
  let here: unknown = input;
  path.forEach((part, index) => {
    const list = path[index - 1];
    here = typeof here === 'object' && here !== null ? (here as Record<PropertyKey, unknown>)[part] : undefined;
    if (typeof part !== 'number' || typeof list !== 'string' || !itemWords[list]) return;
    places.push(numberedName(`${itemWords[list]} ${part + 1}`, nameOf(here)));
  });
  const place = places.join(', ');
  return place.charAt(0).toUpperCase() + place.slice(1);
}

/** The message without its place, for beside a field whose form is that place: "Stretch 5, Calf: the hold…" → "The hold…". */
export function unplacedMessage(input: unknown, path: readonly PropertyKey[], message: string): string {
  const place = placeOf(input, path);
  if (!place || !message.startsWith(`${place}: `)) return message;
  const rest = message.slice(place.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** "Phase 2, Warm-up: the shortest it may shrink to…", or the message alone where no place is named. */
export function placedMessage(input: unknown, path: readonly PropertyKey[], message: string): string {
  const place = placeOf(input, path);
  if (!place) return message;
  const keepsCapital = /^.[A-Z]/.test(message);
  return `${place}: ${keepsCapital ? message : message.charAt(0).toLowerCase() + message.slice(1)}`;
}
