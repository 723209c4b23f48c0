import { z } from 'zod';
import { pressureSelectionSchema } from '../../shared/contract/room-channels';
import { idSchema } from '../../shared/contract/schemas';
import type { PressureSelection } from '../../shared/pressure/selection';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';

export const roomSelectionSchema = z.strictObject({ sessionId: idSchema, selection: pressureSelectionSchema });

/**
 * The pressure log's selection for the running session, one small per-room
 * file beside the running-session pointer (never synced, never in the record),
 * so a reload or a restart puts the room back as the therapist left it.
 */
export class RoomSelectionService {
  private readonly file: RecordFile<z.infer<typeof roomSelectionSchema>>;

  constructor(
    storage: Storage,
    /** Throws a clear error when there is no such session. */
    private readonly checkSession: (sessionId: string) => void,
  ) {
    this.file = storage.record('.', 'room-selection', roomSelectionSchema);
  }

  /** Null until the therapist changes something in this session. */
  get(sessionId: string): PressureSelection | null {
    const stored = this.file.read();
    return stored?.sessionId === sessionId ? stored.selection : null;
  }

  set(sessionId: string, selection: PressureSelection): PressureSelection {
    this.checkSession(sessionId);
    this.file.write({ sessionId, selection });
    return selection;
  }
}
