import { describe, expect, it } from 'vitest';
import { lastChangeSentence, syncStateOf, syncthingSentence, type SyncthingAnswers, type SyncthingView } from '../../../shared/sync/syncthing-state';
import { dateAndTime } from '../../../shared/i18n/clock';

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

  it('counts only the other computers connected now', () => {
    const both = { ROOM2: { connected: true, paused: false }, DESK: { connected: true, paused: false } };
    expect(syncStateOf({ ...idle, connections: both })).toMatchObject({ state: 'up-to-date', connected: 2 });
  });

  it('is syncing while Syncthing is at work or still needs a file, even when the bytes already add up', () => {
    expect(syncStateOf({ ...idle, local: { ...idle.local, state: 'sync-preparing' } })).toEqual({ state: 'syncing', percent: 99, connected: 1 });
    expect(syncStateOf({ ...idle, local: { ...idle.local, needTotalItems: 1 } })).toMatchObject({ state: 'syncing' });
    expect(syncStateOf({ ...idle, local: { ...idle.local, needBytes: 0, globalBytes: 0 } })).toMatchObject({ state: 'up-to-date' });
  });
});

describe('what the therapist reads about Syncthing', () => {
  const view = (state: SyncthingView['state'], more: Partial<SyncthingView> = {}): SyncthingView => ({ state, address: null, percent: null, connected: 1, lastChange: null, ...more });
  const say = (each: SyncthingView) => syncthingSentence(each, '/home/ana/Stillpoint');

  it('says how many other computers are connected, in words that agree with the number', () => {
    expect(say(view('up-to-date'))).toBe('Up to date: connected to 1 other computer, and every change has been exchanged.');
    expect(say(view('up-to-date', { connected: 3 }))).toBe('Up to date: connected to 3 other computers, and every change has been exchanged.');
    expect(say(view('syncing', { percent: 42, connected: 2 }))).toBe('Syncing: 42 % in step, connected to 2 other computers.');
    expect(say(view('syncing'))).toMatch(/^Syncing: 0 % in step/);
  });

  it('for every state that needs the therapist, says what to do, naming the address or the folder', () => {
    expect(say(view('not-set'))).toMatch(/^Give the address and API key of Syncthing/);
    expect(say(view('disconnected'))).toMatch(/^Disconnected: .*Check that the other computers are on/);
    expect(say(view('paused'))).toMatch(/^Paused in Syncthing: .*resumed in Syncthing\.$/);
    expect(say(view('unreachable', { address: 'http://127.0.0.1:9999' }))).toMatch(/^Nothing answers at http:\/\/127\.0\.0\.1:9999\. Check that Syncthing is running/);
    expect(say(view('unreachable'))).toMatch(/^Nothing answers at http:\/\/127\.0\.0\.1:8384\./);
    expect(say(view('key-refused'))).toMatch(/^Syncthing refused the API key\. Copy it again/);
    expect(say(view('not-shared'))).toMatch(/does not share this room’s data folder \(\/home\/ana\/Stillpoint\)\. Add it as a folder in Syncthing/);
    expect(say(view('locked'))).toMatch(/^The Syncthing API key is kept encrypted and the records are locked: unlock them/);
  });

  it('says when a file of the folder last changed, and nothing when Syncthing has not said', () => {
    const at = new Date(2026, 10, 30, 14, 5).getTime();
    expect(lastChangeSentence(view('up-to-date', { lastChange: at }))).toBe(`Last change: ${dateAndTime(at)}.`);
    expect(lastChangeSentence(view('up-to-date'))).toBeNull();
  });
});

