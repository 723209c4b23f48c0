import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { perRoomRecords } from '../../../electron/services/record-kinds';
import { RoomSelectionService, SELECTION_SETTLE_MS } from '../../../electron/services/room-selection';
import { createStorage } from '../../../electron/services/storage';
import { ManualClock } from '../../helpers/manual-clock';
import { T0 } from '../../helpers/sessions';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const calves = { region: 'calves', technique: 'friction', level: 7 } as const;

function room() {
  const dataDir = tempDir();
  const clock = new ManualClock(T0);
  const selection = new RoomSelectionService(createStorage(dataDir), () => undefined, clock);
  return { dataDir, clock, selection };
}

describe("the room's pressure selection on disk", () => {
  it('is written once the keys have been still for the settle time, not before', () => {
    const { dataDir, clock, selection } = room();
    selection.set('s-1', calves);
    clock.advance(SELECTION_SETTLE_MS - 1);
    expect(readdirSync(dataDir)).toEqual([]);
    clock.advance(1);
    expect(existsSync(path.join(dataDir, 'room-selection.json'))).toBe(true);
    expect(selection.get('s-1')).toEqual(calves);
    expect(selection.get('s-2')).toBeNull();
  });

  it('is kept in this room only: its file is one of the records a clinic’s rooms never share', () => {
    const { dataDir, selection } = room();
    selection.set('s-1', calves);
    selection.flush();
    expect(readdirSync(dataDir).filter((name) => perRoomRecords.includes(name.replace(/\.json$/, '')))).toEqual(['room-selection.json']);
  });
});
