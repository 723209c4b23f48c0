/**
 * Whether a score is typed as whole digits (with a sign the back end judges). A number field takes "1e1" as 10
 * and "2E0" as 2: a score written so is refused, never read as another number.
 */
export const wholeDigits = (text: string): boolean => /^\s*-?\d+\s*$/.test(text);
