/** Speaks a short cue quietly and slowly, replacing anything still being said. */
export function speak(text: string, volume: number): void {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.85;
  utterance.volume = Math.min(1, Math.max(0, volume));
  speechSynthesis.speak(utterance);
}
