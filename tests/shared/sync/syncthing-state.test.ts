import { describe, expect, it } from 'vitest';
import { syncStateOf, type SyncthingAnswers } from '../../../shared/sync/syncthing-state';

const idle: SyncthingAnswers = {
  myId: 'ME',
  folder: { paused: false, deviceIds: ['ME', 'ROOM2', 'DESK'] },
  connections: { ROOM2: { connected: true, paused: false }, DESK: { connected: false, paused: false } },
  local: { state: 'idle', needBytes: 0, globalBytes: 1000, needTotalItems: 0 },
  remoteCompletion: 100,
};

describe('this folder’s state from Syncthing’s answers', () => {
  it('is up to date when one other computer is connected and nothing is needed either way', () => {
    expect(syncStateOf(idle)).toEqual({ state: 'up-to-date', percent: null, connected: 1 });
  });

  it('is syncing, with the lesser of what this computer and the others still need, never shown as 100 %', () => {
    expect(syncStateOf({ ...idle, local: { state: 'syncing', needBytes: 250, globalBytes: 1000, needTotalItems: 3 } })).toEqual({ state: 'syncing', percent: 75, connected: 1 });
    expect(syncStateOf({ ...idle, remoteCompletion: 40.7 })).toMatchObject({ state: 'syncing', percent: 40 });
    expect(syncStateOf({ ...idle, remoteCompletion: 99.99 })).toMatchObject({ state: 'syncing', percent: 99 });
  });

  it('is disconnected when no other computer of the folder is connected, or the folder is shared with none', () => {
    expect(syncStateOf({ ...idle, connections: {} })).toMatchObject({ state: 'disconnected', connected: 0 });
    expect(syncStateOf({ ...idle, folder: { paused: false, deviceIds: ['ME'] } })).toMatchObject({ state: 'disconnected' });
  });

  it('is paused when the folder is paused, or every other computer is', () => {
    expect(syncStateOf({ ...idle, folder: { ...idle.folder, paused: true } })).toMatchObject({ state: 'paused' });
    expect(syncStateOf({ ...idle, connections: { ROOM2: { connected: false, paused: true }, DESK: { connected: false, paused: true } } })).toMatchObject({ state: 'paused' });
    expect(syncStateOf({ ...idle, connections: { ROOM2: { connected: true, paused: false }, DESK: { connected: false, paused: true } } })).toMatchObject({ state: 'up-to-date' });
  });
});
