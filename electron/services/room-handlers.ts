import type { roomInvoke } from '../../shared/contract/room-channels';
import type { Handlers } from './handlers';
import type { RoomSelectionService } from './room-selection';

export function roomHandlers(selection: RoomSelectionService): Handlers<keyof typeof roomInvoke> {
  return {
    'room.selection.get': ({ sessionId }) => selection.get(sessionId),
    'room.selection.set': ({ sessionId, selection: chosen }) => selection.set(sessionId, chosen),
  };
}
