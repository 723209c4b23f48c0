/** A pain score as a person reads it: "6/10", or "not recorded" when nobody asked. */
export function painScore(pain: number | null | undefined): string {
  return pain === null || pain === undefined ? 'not recorded' : `${pain}/10`;
}

/** Pain before and after one visit in words; a side nobody recorded says so, and a visit with neither says that once. */
export function painBeforeAfter(before: number | null | undefined, after: number | null | undefined): string {
  const known = (pain: number | null | undefined): pain is number => pain !== null && pain !== undefined;
  if (!known(before) && !known(after)) return 'pain not recorded';
  return `pain ${painScore(before)} before, ${painScore(after)} after`;
}
