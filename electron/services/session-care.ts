import { ContractError, refused } from '../../shared/contract/errors';
import { effectiveEntries, type PressureChange, type PressureEntry, type PressureResponse } from '../../shared/pressure/log';
import type { TechniqueId } from '../../shared/pressure/techniques';
import type { RegionId } from '../../shared/body/regions';
import type { Amendment, SessionRecord, Soap, SoapField } from '../../shared/record/record';
import type { Intake, ScreeningDecision } from '../../shared/screening/intake';
import { screeningInForce } from '../../shared/screening/carried';
import { decisionProblem, handsOnBlockedReason, screeningFlags } from '../../shared/screening/rules';
import { sessionStateAt } from '../../shared/session/derive';
import type { Session } from '../../shared/session/session';
import type { Clock } from './clock';
import type { SessionsService } from './sessions';

export interface NewEntry {
  region: RegionId;
  technique: TechniqueId;
  level: number;
  response: PressureResponse;
  note?: string;
}

export type AmendRequest = {
  by: string;
  reason: string;
  field: SoapField | 'painAfter';
  text?: string;
  painAfter?: number;
};

/**
 * Intake, screening acknowledgement, the pressure log and the record, all kept
 * in the session's own file. Every change is written before the reply.
 */
export class SessionCareService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  saveIntake(sessionId: string, fields: Omit<Intake, 'recordedAt'>): Session {
    return this.sessions.update(sessionId, (session) => {
      this.refuseIfSigned(session);
      return { ...session, intake: { ...fields, recordedAt: this.clock.now() } };
    });
  }

  acknowledge(sessionId: string, decision: ScreeningDecision, note: string): Session {
    return this.sessions.update(sessionId, (session) => {
      this.refuseIfSigned(session);
      const screening = screeningInForce(session);
      if (screeningFlags(screening).length === 0) throw refused('There are no screening flags to acknowledge.');
      const problem = decisionProblem(screening, decision);
      if (problem) throw refused(problem);
      return { ...session, acknowledgement: { at: this.clock.now(), decision, note } };
    });
  }

  log(sessionId: string, entry: NewEntry): Session {
    return this.sessions.update(sessionId, (session) => {
      const now = this.clock.now();
      const state = sessionStateAt(session, now);
      if (state.status === 'finished') throw refused('This session has finished; its log can only be corrected now.');
      if (!state.phase.handsOn) throw refused(`Pressure feedback is logged during hands-on phases; "${state.phase.name}" is not one.`);
      const blocked = handsOnBlockedReason(screeningInForce(session), session.acknowledgement);
      if (blocked) throw refused(blocked);
      const log = session.pressure ?? { entries: [], corrections: [] };
      const logged: PressureEntry = {
        id: `e${log.entries.length + 1}`,
        at: now,
        sessionMs: state.phases.reduce((sum, view) => sum + view.elapsedMs, 0),
        phaseIndex: state.phaseIndex,
        phaseName: state.phase.name,
        region: entry.region,
        technique: entry.technique,
        level: entry.level,
        response: entry.response,
        note: entry.note ?? '',
      };
      return { ...session, pressure: { ...log, entries: [...log.entries, logged] } };
    });
  }

  correct(sessionId: string, entryId: string, change: PressureChange): Session {
    return this.sessions.update(sessionId, (session) => {
      this.refuseIfSigned(session);
      const log = session.pressure;
      if (!log?.entries.some((entry) => entry.id === entryId)) throw refused(`There is no log entry ${entryId} in this session.`);
      if (!effectiveEntries(log).some((entry) => entry.id === entryId)) {
        throw refused('That entry was withdrawn, so it can no longer be corrected. Log it again instead.');
      }
      return { ...session, pressure: { ...log, corrections: [...log.corrections, { at: this.clock.now(), entryId, change }] } };
    });
  }

  /** `basedOn`: when the draft being edited was saved (null: never); a draft saved since, from another window, is never overwritten unseen. */
  saveRecord(sessionId: string, painAfter: number | null, soap: Soap, basedOn: number | null): Session {
    return this.sessions.update(sessionId, (session) => {
      this.refuseUnlessFinished(session);
      this.refuseIfSigned(session);
      this.refuseIfSavedSince(session, basedOn);
      return { ...session, record: this.draft(painAfter, soap, null) };
    });
  }

  sign(sessionId: string, painAfter: number, soap: Soap, by: string, basedOn: number | null): Session {
    return this.sessions.update(sessionId, (session) => {
      this.refuseUnlessFinished(session);
      this.refuseIfSigned(session);
      this.refuseIfSavedSince(session, basedOn);
      return { ...session, record: this.draft(painAfter, soap, { at: this.clock.now(), by }) };
    });
  }

  amend(sessionId: string, request: AmendRequest): Session {
    return this.sessions.update(sessionId, (session) => {
      const record = session.record;
      if (!record?.signature) throw refused('Only a signed record is amended; this one can still be edited directly.');
      const at = this.clock.now();
      let amendment: Amendment;
      if (request.field === 'painAfter') {
        if (request.painAfter === undefined) throw refused('Give the corrected pain score.');
        amendment = { at, by: request.by, reason: request.reason, field: 'painAfter', painAfter: request.painAfter };
      } else {
        if (request.text === undefined) throw refused('Give the amended text.');
        amendment = { at, by: request.by, reason: request.reason, field: request.field, text: request.text };
      }
      return { ...session, record: { ...record, amendments: [...record.amendments, amendment] } };
    });
  }

  private draft(painAfter: number | null, soap: Soap, signature: SessionRecord['signature']): SessionRecord {
    return { painAfter, soap, savedAt: this.clock.now(), signature, amendments: [] };
  }

  private refuseIfSigned(session: Session): void {
    if (session.record?.signature) throw refused('This record is signed and locked. Add an amendment instead.');
  }

  private refuseIfSavedSince(session: Session, basedOn: number | null): void {
    if ((session.record?.savedAt ?? null) === basedOn) return;
    throw new ContractError({
      code: 'conflict',
      message: 'This record was saved in another window since you opened it. Your text is still here: copy what you need, open the record again to see the saved note, then save.',
    });
  }

  private refuseUnlessFinished(session: Session): void {
    if (sessionStateAt(session, this.clock.now()).status !== 'finished') {
      throw refused('Finish the session before completing its record.');
    }
  }
}
