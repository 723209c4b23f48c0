/** Everything that can happen to a running session. Times are epoch milliseconds. */
export type SessionEvent =
  | { type: 'start'; at: number }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  | { type: 'next'; at: number }
  | { type: 'back'; at: number }
  | { type: 'jump'; at: number; phaseIndex: number }
  | { type: 'adjust'; at: number; seconds: number }
  | { type: 'finish'; at: number };

export type SessionEventType = SessionEvent['type'];

/** What the therapist asks for; the service stamps the time and checks it applies. */
export type SessionCommand =
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'jump'; phaseIndex: number }
  | { type: 'adjust'; seconds: number }
  | { type: 'finish' };
