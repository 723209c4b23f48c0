import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * A stand-in for the browser's audio context: it tells whether the sound
 * device is running (a running context renders silence all the time, which
 * costs the room CPU for as long as a session runs) and lets a test end the
 * oscillators as the device would when their stop time comes.
 */
class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  /** Made within a gesture, a context starts running. */
  state: 'running' | 'suspended' = 'running';
  currentTime = 0;
  destination = {};
  oscillators: { stopAt: number; onended: (() => void) | null }[] = [];

  constructor() {
    FakeAudioContext.made.push(this);
  }

  resume(): Promise<void> {
    this.state = 'running';
    return Promise.resolve();
  }

  suspend(): Promise<void> {
    this.state = 'suspended';
    return Promise.resolve();
  }

  createGain() {
    const param = { value: 1, setValueAtTime: () => param, linearRampToValueAtTime: () => param, exponentialRampToValueAtTime: () => param };
    return { gain: param, connect: (next: unknown) => next };
  }

  createOscillator() {
    const oscillator = {
      type: 'sine',
      frequency: { value: 0 },
      stopAt: Number.POSITIVE_INFINITY,
      onended: null as (() => void) | null,
      connect: (next: unknown) => next,
      start: () => undefined,
      stop: (at: number) => void (oscillator.stopAt = at),
    };
    this.oscillators.push(oscillator);
    return oscillator;
  }

  /** The device's clock moves to `seconds`: every oscillator due to stop by then ends. */
  playUntil(seconds: number): void {
    this.currentTime = seconds;
    for (const oscillator of this.oscillators.filter((each) => each.stopAt <= seconds)) {
      this.oscillators.splice(this.oscillators.indexOf(oscillator), 1);
      oscillator.onended?.();
    }
  }
}

/** A fresh copy of the chime module, with no context made yet. */
async function chimes() {
  vi.resetModules();
  return import('../../../renderer/audio/chime');
}

const device = (): FakeAudioContext => {
  const made = FakeAudioContext.made.at(-1);
  if (!made) throw new Error('No audio context was made.');
  return made;
};

beforeEach(() => {
  FakeAudioContext.made = [];
  vi.stubGlobal('AudioContext', FakeAudioContext);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the sound device runs only while a chime sounds', () => {
  it('a key unlocks sound without leaving the device running', async () => {
    const { unlockAudio } = await chimes();
    unlockAudio();
    unlockAudio();
    expect(FakeAudioContext.made).toHaveLength(1);
    expect(device().state).toBe('suspended');
  });

  it('a chime wakes the device, which goes back to sleep once the chime has died away', async () => {
    const { playChime, unlockAudio } = await chimes();
    unlockAudio();
    playChime('bell', 1);
    expect(device().state).toBe('running');
    device().playUntil(1);
    expect(device().state).toBe('running');
    device().playUntil(4);
    expect(device().state).toBe('suspended');
  });

  it('a chime that starts while another still sounds keeps the device awake until both have died away', async () => {
    const { playChime } = await chimes();
    playChime('wood', 1);
    device().playUntil(0.5);
    playChime('bowl', 1);
    device().playUntil(1);
    expect(device().state).toBe('running');
    device().playUntil(5.1);
    expect(device().state).toBe('suspended');
  });

  it('a chime at no volume does not wake the device', async () => {
    const { playChime, unlockAudio } = await chimes();
    unlockAudio();
    playChime('soft', 0);
    expect(device().state).toBe('suspended');
  });

  it('the device wakes again for each later chime', async () => {
    const { playChime } = await chimes();
    playChime('wood', 1);
    device().playUntil(1);
    expect(device().state).toBe('suspended');
    playChime('wood', 1);
    expect(device().state).toBe('running');
  });
});
