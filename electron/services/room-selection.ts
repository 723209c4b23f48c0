import { z } from 'zod';
import { pressureSelectionSchema } from '../../shared/contract/room-channels';
import { idSchema } from '../../shared/contract/schemas';
import type { PressureSelection } from '../../shared/pressure/selection';
import type { Clock } from './clock';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';

export const roomSelectionSchema = z.strictObject({ sessionId: idSchema, selection: pressureSelectionSchema });
type Stored = z.infer<typeof roomSelectionSchema>;

/**
 * Every pressure key changes the selection just before its entry is logged; a
 * durable file write (temp file, fsync, rename) there would hold up that
 * entry's answer. The choice is kept in memory and written once the keys settle.
 */
export const SELECTION_SETTLE_MS = 2000;

/**
 * The pressure log's selection for the running session, one small per-room
 * file beside the running-session pointer (never synced, never in the record),
 * so a reload or a restart puts the room back as the therapist left it.
 */
export class RoomSelectionService {
  private readonly file: RecordFile<Stored>;
  private held: Stored | null = null;
  private cancelWrite: (() => void) | null = null;

  constructor(
    storage: Storage,
    /** Throws a clear error when there is no such session. */
    private readonly checkSession: (sessionId: string) => void,
    private readonly clock: Clock,
  ) {
    this.file = storage.record('.', 'room-selection', roomSelectionSchema);
  }

  /** Null until the therapist changes something in this session. */
  get(sessionId: string): PressureSelection | null {
    const stored = this.held ?? this.file.read();
    return stored?.sessionId === sessionId ? stored.selection : null;
  }

  set(sessionId: string, selection: PressureSelection): PressureSelection {
    this.checkSession(sessionId);
    this.held = { sessionId, selection };
    this.cancelWrite ??= this.clock.setTimer(this.clock.now() + SELECTION_SETTLE_MS, () => this.flush());
    return selection;
  }

  /** Writes the held choice now (when the keys settle, and when the back end closes). */
  flush(): void {
    this.cancelWrite?.();
    this.cancelWrite = null;
    if (!this.held) return;
    this.file.write(this.held);
    this.held = null;
  }
}
