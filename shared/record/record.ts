/** The four parts of a treatment note. */
export const soapFields = ['subjective', 'objective', 'assessment', 'plan'] as const;
export type SoapField = (typeof soapFields)[number];
export type Soap = Record<SoapField, string>;

export const soapLabels: Readonly<Record<SoapField, string>> = {
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
};

export interface Signature {
  at: number;
  by: string;
}

/** A change made after signing; the signed text stays as it was. */
export type Amendment =
  | { at: number; by: string; reason: string; field: SoapField; text: string }
  | { at: number; by: string; reason: string; field: 'painAfter'; painAfter: number };

/** The wrap-up record of a session: drafted, edited, signed, then only amended. */
export interface SessionRecord {
  painAfter: number | null;
  soap: Soap;
  savedAt: number;
  signature: Signature | null;
  amendments: Amendment[];
}

export function isSigned(record: SessionRecord | undefined): boolean {
  return Boolean(record?.signature);
}

/** The record as it reads today: the signed text with every amendment applied in order. */
export function effectiveRecord(record: SessionRecord): Omit<SessionRecord, 'amendments'> & { amended: boolean } {
  const soap = { ...record.soap };
  let painAfter = record.painAfter;
  for (const amendment of record.amendments) {
    if (amendment.field === 'painAfter') painAfter = amendment.painAfter;
    else soap[amendment.field] = amendment.text;
  }
  return { painAfter, soap, savedAt: record.savedAt, signature: record.signature, amended: record.amendments.length > 0 };
}

/** One amendment as a person reads it: the part it changed, and what that part read before and after it. */
export interface AmendmentChange {
  at: number;
  by: string;
  reason: string;
  /** The part's name as the record shows it ("Plan", "Pain after"). */
  part: string;
  /** Text for a part of the note; a score (or null when none was recorded) for pain after. */
  before: string | number | null;
  after: string | number;
}

/** Every amendment in order, each with the words (or score) it replaced, starting from the signed record. */
export function amendmentHistory(record: SessionRecord): AmendmentChange[] {
  const soap = { ...record.soap };
  let painAfter = record.painAfter;
  return record.amendments.map((amendment) => {
    const { at, by, reason } = amendment;
    if (amendment.field === 'painAfter') {
      const change = { at, by, reason, part: 'Pain after', before: painAfter, after: amendment.painAfter };
      painAfter = amendment.painAfter;
      return change;
    }
    const change = { at, by, reason, part: soapLabels[amendment.field], before: soap[amendment.field], after: amendment.text };
    soap[amendment.field] = amendment.text;
    return change;
  });
}
