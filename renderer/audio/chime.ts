import type { Timbre } from '../../shared/plans/plan';

/**
 * Soft synthesised chimes: a few sine partials with a slow bell-like decay.
 * Each call plays once and stops by itself; nothing ever loops.
 */
export type ChimeTimbre = Exclude<Timbre, 'none'>;

const voices: Record<ChimeTimbre, { partials: { ratio: number; gain: number }[]; decaySec: number; pitchHz: number }> = {
  bell: {
    partials: [
      { ratio: 1, gain: 1 },
      { ratio: 2.76, gain: 0.25 },
      { ratio: 5.4, gain: 0.08 },
    ],
    decaySec: 3.2,
    pitchHz: 528,
  },
  bowl: {
    partials: [
      { ratio: 1, gain: 1 },
      { ratio: 2.02, gain: 0.4 },
      { ratio: 3.01, gain: 0.12 },
    ],
    decaySec: 4.5,
    pitchHz: 264,
  },
  soft: {
    partials: [
      { ratio: 1, gain: 1 },
      { ratio: 2, gain: 0.15 },
    ],
    decaySec: 2.4,
    pitchHz: 440,
  },
  wood: {
    partials: [
      { ratio: 1, gain: 1 },
      { ratio: 3.9, gain: 0.2 },
    ],
    decaySec: 0.9,
    pitchHz: 660,
  },
};

let context: AudioContext | null = null;
/** Chimes still sounding. A running context renders (silence) all the time, so it runs only while one sounds. */
let sounding = 0;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Browsers only allow sound after a gesture; call this from the first key or click. */
export function unlockAudio(): void {
  if (context) return;
  // Made within the gesture, so it may sound later; asleep until a chime plays.
  const ctx = audio();
  if (ctx && sounding === 0) void ctx.suspend();
}

/** Plays one chime; `pitchScale` lets warnings sit a little lower than phase changes. */
export function playChime(timbre: ChimeTimbre, volume: number, pitchScale = 1): void {
  const ctx = audio();
  if (!ctx || volume <= 0) return;
  sounding += 1;
  void ctx.resume();
  const voice = voices[timbre];
  const start = ctx.currentTime + 0.02;
  const master = ctx.createGain();
  master.gain.setValueAtTime(0, start);
  master.gain.linearRampToValueAtTime(Math.min(1, volume) * 0.35, start + 0.04);
  master.gain.exponentialRampToValueAtTime(0.0001, start + voice.decaySec);
  master.connect(ctx.destination);
  voice.partials.forEach((partial, index) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = voice.pitchHz * pitchScale * partial.ratio;
    gain.gain.value = partial.gain;
    oscillator.connect(gain).connect(master);
    oscillator.start(start);
    oscillator.stop(start + voice.decaySec);
    // The partials end together: when the first has, the chime has died away.
    if (index === 0) oscillator.onended = () => fadedAway(ctx);
  });
}

function fadedAway(ctx: AudioContext): void {
  sounding -= 1;
  if (sounding === 0) void ctx.suspend();
}
