import type { Session } from '../session/session';
import type { Intake, ScreeningAnswer } from './intake';

/** The screening a session answers to: when it was taken and what it found. */
export type Screening = Pick<Intake, 'recordedAt' | 'screening'>;

/** What the client takes and reacts to: the therapist needs it in view whether or not today's intake was taken. */
export type HealthNotes = Pick<Intake, 'allergies' | 'medications'>;

/** Flags, allergies and medications from a returning client's last intake, holding until re-screened or confirmed unchanged. */
export interface CarriedScreening extends Screening, HealthNotes {
  fromSessionId: string;
}

/** The last intake's "modify" and "consult a doctor first" answers and its allergies and medications, if it had any. */
export function carriedScreening(last: Session | undefined): CarriedScreening | null {
  const intake = last?.intake;
  if (!last || !intake) return null;
  const serious: ScreeningAnswer[] = intake.screening.filter((answer) => answer.level !== 'proceed');
  if (serious.length === 0 && !intake.allergies && !intake.medications) return null;
  return { fromSessionId: last.id, recordedAt: intake.recordedAt, screening: serious, allergies: intake.allergies, medications: intake.medications };
}

/** The session's own intake once taken; until then the flags carried from the last visit. */
export function screeningInForce(session: Pick<Session, 'intake' | 'carriedScreening'>): Screening | undefined {
  return session.intake ?? session.carriedScreening;
}

/** The allergies and medications of today's intake once taken; until then the last visit's. */
export function healthNotesInForce(session: Pick<Session, 'intake' | 'carriedScreening'>): HealthNotes {
  const notes = session.intake ?? session.carriedScreening;
  return { allergies: notes?.allergies ?? '', medications: notes?.medications ?? '' };
}
