import type { CueKind } from '../../shared/session/cues';
import type { CueSound } from '../../shared/plans/plan';
import type { RoomSettings } from '../../shared/settings/room-settings';
import { playChime } from './chime';
import { speak } from './speech';

/** Warnings sit a fourth lower than phase changes, so the ear tells them apart. */
const pitchFor: Record<CueKind, number> = { 'phase-end': 1, segment: 1, 'phase-warning': 0.75, 'session-warning': 0.667 };

export interface Audible {
  kind: CueKind;
  sound: CueSound;
  /** What a voice says, if spoken cues are on. */
  spoken: string;
}

/** Plays a cue once as the room settings allow: nothing in silent mode. */
export function soundCue(cue: Audible, settings: Pick<RoomSettings, 'silent' | 'volume' | 'spokenCues'>): void {
  if (settings.silent) return;
  if (cue.sound.timbre !== 'none') playChime(cue.sound.timbre, cue.sound.volume * settings.volume, pitchFor[cue.kind]);
  if (settings.spokenCues) speak(cue.spoken, settings.volume);
}
