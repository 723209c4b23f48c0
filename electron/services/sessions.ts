import { z } from 'zod';
import { notFound, refused } from '../../shared/contract/errors';
import { idSchema, sessionSchema } from '../../shared/contract/schemas';
import { findDefaultPlan } from '../../shared/plans/defaults';
import { sessionStateAt } from '../../shared/session/derive';
import type { SessionCommand, SessionEvent } from '../../shared/session/events';
import type { Session } from '../../shared/session/session';
import type { Plan } from '../../shared/plans/plan';
import type { Clock } from './clock';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';
import type { CarriedScreening } from '../../shared/screening/carried';

export const pointerSchema = z.strictObject({ currentSessionId: idSchema.nullable() });
type Pointer = z.infer<typeof pointerSchema>;

export interface SessionsDeps {
  storage: Storage;
  clock: Clock;
  newId: () => string;
  /** The plan library; without it, only the shipped plans can start. */
  findPlan?: (id: string) => Plan | undefined;
  /** The room setting, frozen into each session at start. */
  keepEndTime?: () => boolean;
  /** The room running the session, written into its file. */
  room?: () => string;
}

export type SessionListener = (session: Session | null) => void;

/** Starts sessions and appends their events, each session in its own file. */
export class SessionsService {
  private readonly pointer: RecordFile<Pointer>;
  private readonly listeners = new Set<SessionListener>();

  constructor(private readonly deps: SessionsDeps) {
    this.pointer = deps.storage.record('.', 'current-session', pointerSchema);
  }

  onChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): Session | null {
    const id = this.pointer.read()?.currentSessionId;
    if (!id) return null;
    const session = this.file(id).read();
    return session ?? null;
  }

  get(id: string): Session {
    const session = this.find(id);
    if (!session) throw notFound(`There is no session ${id}.`);
    return session;
  }

  /** The session, or undefined when there is none (or its file was damaged and has just been set aside). */
  find(id: string): Session | undefined {
    return this.file(id).read();
  }

  /** `carried`: a returning client's last flags, held until this session's own screen or acknowledgement. */
  start(planId: string, clientId?: string, carried?: CarriedScreening | null): Session {
    const running = this.current();
    if (running && this.isOpen(running)) {
      throw refused('A session is already running. Finish it before starting another.');
    }
    const plan = (this.deps.findPlan ?? findDefaultPlan)(planId);
    if (!plan) throw notFound(`There is no plan "${planId}".`);
    const now = this.deps.clock.now();
    const session: Session = {
      id: this.deps.newId(),
      plan: structuredClone(plan),
      createdAt: now,
      events: [{ type: 'start', at: now }],
      ...(clientId ? { clientId } : {}),
      ...(carried ? { carriedScreening: carried } : {}),
      keepEndTime: this.deps.keepEndTime?.() ?? true,
      ...(this.deps.room ? { room: this.deps.room() } : {}),
      revision: 1,
    };
    const file = this.file(session.id);
    file.write(session);
    file.startJournal();
    this.pointer.write({ currentSessionId: session.id });
    this.emit(session);
    return session;
  }

  command(sessionId: string, command: SessionCommand): Session {
    const session = this.get(sessionId);
    const now = this.deps.clock.now();
    const event = this.eventFor(session, command, now);
    return this.save(session, { ...session, events: [...session.events, event] });
  }

  /**
   * Read, change and write one session file before answering, for the parts
   * other services add (intake, pressure log, record). `change` throws to refuse.
   */
  update(sessionId: string, change: (session: Session) => Session): Session {
    const session = this.get(sessionId);
    return this.save(session, change(session));
  }

  /**
   * Every write carries the next revision. While a session runs its changes
   * are appended to its journal (one short durable line each); when it
   * finishes they are folded into its file.
   */
  private save(before: Session, changed: Session): Session {
    const updated: Session = { ...changed, revision: (before.revision ?? 0) + 1 };
    const file = this.file(updated.id);
    const wasOpen = this.isOpen(before);
    if (wasOpen) file.startJournal();
    file.write(updated);
    if (wasOpen && !this.isOpen(updated)) file.finishJournal();
    this.emit(updated);
    return updated;
  }

  private eventFor(session: Session, command: SessionCommand, now: number): SessionEvent {
    const state = sessionStateAt(session, now);
    const last = state.phases.length - 1;
    if (state.status === 'finished') throw refused('This session has already finished.');
    switch (command.type) {
      case 'pause':
        if (state.status === 'paused') throw refused('The session is already paused.');
        return { type: 'pause', at: now };
      case 'resume':
        if (state.status === 'running') throw refused('The session is already running.');
        return { type: 'resume', at: now };
      case 'next':
        if (state.phaseIndex >= last) throw refused('This is the last phase. Finish the session instead.');
        return { type: 'next', at: now };
      case 'back':
        if (state.phaseIndex <= 0) throw refused('This is the first phase.');
        return { type: 'back', at: now };
      case 'jump':
        if (command.phaseIndex > last) throw refused(`This plan has no phase ${command.phaseIndex + 1}.`);
        if (command.phaseIndex === state.phaseIndex) throw refused('That phase is already running.');
        return { type: 'jump', at: now, phaseIndex: command.phaseIndex };
      case 'adjust':
        if (state.phaseLeftMs + command.seconds * 1000 < 0 && command.seconds < 0) {
          throw refused('The phase does not have that much time left to remove.');
        }
        return { type: 'adjust', at: now, seconds: command.seconds };
      case 'finish':
        return { type: 'finish', at: now };
    }
  }

  /** Only a finish event ends a session (running past its time does not), so the events alone tell. */
  private isOpen(session: Session): boolean {
    return !session.events.some((event) => event.type === 'finish');
  }

  private file(id: string): RecordFile<Session> {
    return this.deps.storage.record('sessions', id, sessionSchema);
  }

  private emit(session: Session | null): void {
    for (const listener of this.listeners) listener(session);
  }
}
