import type { Session } from '../session/session';
import type { Intake, ScreeningAnswer } from './intake';

/** The screening a session answers to: when it was taken and what it found. */
export type Screening = Pick<Intake, 'recordedAt' | 'screening'>;

/** Flags from a returning client's last intake that hold until re-screened or confirmed unchanged. */
export interface CarriedScreening extends Screening {
  fromSessionId: string;
}

/** The last intake's "modify" and "consult a doctor first" answers, if it had any. */
export function carriedScreening(last: Session | undefined): CarriedScreening | null {
  const serious: ScreeningAnswer[] = last?.intake?.screening.filter((answer) => answer.level !== 'proceed') ?? [];
  if (!last?.intake || serious.length === 0) return null;
  return { fromSessionId: last.id, recordedAt: last.intake.recordedAt, screening: serious };
}

/** The session's own intake once taken; until then the flags carried from the last visit. */
export function screeningInForce(session: Pick<Session, 'intake' | 'carriedScreening'>): Screening | undefined {
  return session.intake ?? session.carriedScreening;
}
