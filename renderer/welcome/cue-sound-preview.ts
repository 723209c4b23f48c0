import type { CueSoundChoice } from '../../shared/app/app-settings';
import type { Plan } from '../../shared/plans/plan';
import { playChime, unlockAudio, type ChimeTimbre } from '../audio/chime';

/** The sounds a choice makes at phase changes: one timbre, or the plan's own in order of first use. */
export function soundsOf(choice: CueSoundChoice, plan: Plan | undefined): ChimeTimbre[] {
  if (choice === 'none') return [];
  if (choice !== 'mixed') return [choice];
  const used = (plan?.phases ?? []).filter((phase) => phase.enabled).map((phase) => phase.cue?.timbre ?? 'bell');
  return [...new Set(used)].filter((timbre): timbre is ChimeTimbre => timbre !== 'none');
}

/** Plays each sound once, 1.5 s apart; returns a function that stops what has not played yet. */
export function previewSounds(sounds: ChimeTimbre[], volume: number): () => void {
  unlockAudio();
  const timers = sounds.map((timbre, index) => setTimeout(() => playChime(timbre, volume), index * 1500));
  return () => timers.forEach(clearTimeout);
}
