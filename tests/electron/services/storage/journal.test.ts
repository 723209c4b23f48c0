import { crc32 } from 'node:zlib';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../../../electron/services/storage';
import { SessionsService } from '../../../../electron/services/sessions';
import { ManualClock } from '../../../helpers/manual-clock';
import { MIN, T0 } from '../../../helpers/sessions';
import { useTempDirs } from '../../../helpers/temp-dir';

const tempDir = useTempDirs();

function sessionsIn(dataDir: string, clock: ManualClock) {
  return new SessionsService({ storage: createStorage(dataDir), clock, newId: () => 's-1' });
}

/** A session paused and resumed twice: five events, four of them journal lines. */
function runningSession(dataDir: string, clock: ManualClock): string {
  const sessions = sessionsIn(dataDir, clock);
  const { id } = sessions.start('default-60');
  for (const type of ['pause', 'resume', 'pause', 'resume'] as const) {
    clock.advance(MIN);
    sessions.command(id, { type });
  }
  return path.join(dataDir, 'journal', 'sessions', `${id}.jsonl`);
}

const eventTypes = (dataDir: string, clock: ManualClock) => sessionsIn(dataDir, clock).current()?.events.map((event) => event.type);

describe('the live-session journal', () => {
  it('drops a torn last line (never acknowledged) and appends cleanly after it', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const journal = runningSession(dataDir, clock);
    appendFileSync(journal, '0badc0de [{"t":"append","path":["ev');

    const sessions = sessionsIn(dataDir, clock);
    expect(sessions.current()?.events.map((event) => event.type)).toEqual(['start', 'pause', 'resume', 'pause', 'resume']);
    clock.advance(MIN);
    sessions.command('s-1', { type: 'next' });
    expect(readFileSync(journal, 'utf8').endsWith('\n')).toBe(true);
    expect(eventTypes(dataDir, clock)).toEqual(['start', 'pause', 'resume', 'pause', 'resume', 'next']);
  });

  it('keeps the lines before a damaged one and sets the journal aside for a person to look at', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const journal = runningSession(dataDir, clock);
    const lines = readFileSync(journal, 'utf8').split('\n');
    lines[3] = lines[3]!.replace('pause', 'pxuse');
    writeFileSync(journal, lines.join('\n'));

    expect(eventTypes(dataDir, clock)).toEqual(['start', 'pause', 'resume']);
    const quarantine = path.join(path.dirname(dataDir), 'quarantine');
    const note = readdirSync(quarantine).find((name) => name.endsWith('.about.json'))!;
    expect(JSON.parse(readFileSync(path.join(quarantine, note), 'utf8'))).toMatchObject({ record: 'sessions/s-1 (its live journal)' });
  });

  it('ignores a journal whose record file was rewritten since (already folded, or restored)', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const journal = runningSession(dataDir, clock);
    const file = path.join(dataDir, 'sessions', 's-1.json');
    const folded = JSON.parse(readFileSync(file, 'utf8'));
    folded.record.events.push({ type: 'finish', at: T0 + 10 * MIN });
    writeFileSync(file, JSON.stringify(folded));

    expect(sessionsIn(dataDir, clock).get('s-1').events.map((event) => event.type)).toEqual(['start', 'finish']);
    expect(existsSync(journal)).toBe(false);
  });

  it('checks every line: each carries a checksum of its text', () => {
    const dataDir = tempDir();
    const journal = runningSession(dataDir, new ManualClock(T0));
    for (const line of readFileSync(journal, 'utf8').trim().split('\n')) expect(line).toMatch(/^[0-9a-f]{8} [[{]/);
  });

  it('checks a record replayed after a crash against its schema before anyone reads it', () => {
    const dataDir = tempDir();
    const clock = new ManualClock(T0);
    const journal = runningSession(dataDir, clock);
    // A whole, checksummed line (so not torn), holding what no session may: a negative start time.
    const text = JSON.stringify([{ t: 'set', path: ['createdAt'], value: -5 }]);
    appendFileSync(journal, `${crc32(text).toString(16).padStart(8, '0')} ${text}\n`);

    expect(sessionsIn(dataDir, clock).current()).toBeNull();
    expect(readdirSync(path.join(path.dirname(dataDir), 'quarantine'))).toContainEqual(expect.stringMatching(/__sessions__s-1\.json$/));
  });
});
