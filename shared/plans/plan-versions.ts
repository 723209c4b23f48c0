import { spokenDuration } from '../session/format';
import { fieldPart, type VersionPart } from '../sync/version-parts';
import type { CueSound, Phase, Plan } from './plan';

// Exact, as the room says it: "2 minutes 30 seconds", never a rounded "2.5 min".
const minutes = (seconds: number): string => spokenDuration(seconds * 1000);

const cue = (sound: CueSound | undefined): string =>
  sound === undefined ? 'the usual sound' : sound.timbre === 'none' ? 'no sound' : `${sound.timbre} at ${Math.round(sound.volume * 100)}%`;

/** A phase in a line: name, time, whether it is on, its end cue; parts of the phase follow in brackets. */
function phaseText(phase: Phase): string {
  const parts = phase.segments?.length ? ` (${phase.segments.map((segment) => `${segment.name} ${minutes(segment.durationSec)}`).join(', ')})` : '';
  return `${phase.name} ${minutes(phase.durationSec)}${phase.enabled ? '' : ', switched off'}, ends with ${cue(phase.cue)}${parts}`;
}

/** A plan's parts as two versions are compared and combined on the "two versions" screen. */
export const planParts: readonly VersionPart<Plan>[] = [
  fieldPart<Plan, 'name'>('name', 'Name', (name) => name),
  fieldPart<Plan, 'phases'>('phases', 'Phases', (phases) => phases.map(phaseText).join('; ')),
  fieldPart<Plan, 'sessionWarningSec'>('sessionWarningSec', 'Warning before the end', (seconds) => (seconds ? `${minutes(seconds)} before the end` : 'None')),
  fieldPart<Plan, 'warningCue'>('warningCue', 'Warning sound', cue),
];
