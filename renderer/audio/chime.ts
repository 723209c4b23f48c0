/**
 * Soft synthesised chimes: a few sine partials with a slow bell-like decay.
 * Each call plays once and stops by itself; nothing ever loops.
 */
export type ChimeTimbre = 'bell' | 'bowl' | 'soft';

const partials: Record<ChimeTimbre, { ratio: number; gain: number }[]> = {
  bell: [
    { ratio: 1, gain: 1 },
    { ratio: 2.76, gain: 0.25 },
    { ratio: 5.4, gain: 0.08 },
  ],
  bowl: [
    { ratio: 1, gain: 1 },
    { ratio: 2.02, gain: 0.4 },
    { ratio: 3.01, gain: 0.12 },
  ],
  soft: [
    { ratio: 1, gain: 1 },
    { ratio: 2, gain: 0.15 },
  ],
};

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  if (context.state === 'suspended') void context.resume();
  return context;
}

/** Browsers only allow sound after a gesture; call this from the first key or click. */
export function unlockAudio(): void {
  audio();
}

export function playChime(timbre: ChimeTimbre, volume: number, pitchHz = 528): void {
  const ctx = audio();
  if (!ctx || volume <= 0) return;
  const start = ctx.currentTime + 0.02;
  const duration = 3.2;
  const master = ctx.createGain();
  master.gain.setValueAtTime(0, start);
  master.gain.linearRampToValueAtTime(Math.min(1, volume) * 0.35, start + 0.04);
  master.gain.exponentialRampToValueAtTime(0.0001, start + duration);
  master.connect(ctx.destination);
  for (const partial of partials[timbre]) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = pitchHz * partial.ratio;
    gain.gain.value = partial.gain;
    oscillator.connect(gain).connect(master);
    oscillator.start(start);
    oscillator.stop(start + duration);
  }
}
