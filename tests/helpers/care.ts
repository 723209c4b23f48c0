import type { RegionId } from '../../shared/body/regions';
import type { Client } from '../../shared/clients/client';
import type { PressureEntry, PressureResponse } from '../../shared/pressure/log';
import type { TechniqueId } from '../../shared/pressure/techniques';
import type { Intake, ScreeningAnswer } from '../../shared/screening/intake';
import type { Session } from '../../shared/session/session';
import { MIN, T0, sessionWith } from './sessions';

let counter = 0;

/** A logged entry with sensible defaults. */
export function entry(region: RegionId, level: number, response: PressureResponse, technique: TechniqueId = 'effleurage'): PressureEntry {
  counter += 1;
  return { id: `e${counter}`, at: T0 + counter * 1000, sessionMs: counter * 1000, phaseIndex: 3, phaseName: 'Warm-up', region, technique, level, response, note: '' };
}

export function intakeWith(screening: ScreeningAnswer[] = [], overrides: Partial<Intake> = {}): Intake {
  return {
    recordedAt: T0 + MIN,
    screening,
    confirmedUnchanged: false,
    painNow: 6,
    painRegions: ['lower-back'],
    painQuality: 'dull ache',
    goals: 'sit through a film',
    allergies: '',
    medications: '',
    ...overrides,
  };
}

/** A past visit of a client with the given entries, `daysAgo` before T0. */
export function visit(id: string, daysAgo: number, entries: PressureEntry[]): Session {
  const at = T0 - daysAgo * 24 * 60 * MIN;
  return { ...sessionWith([{ type: 'start', at }]), id, createdAt: at, clientId: 'c-1', pressure: { entries, corrections: [] } };
}

/** Ana Ruiz as stored: a client record with nothing filled in but her name. */
export function storedClient(overrides: Partial<Client> = {}): Client {
  return {
    id: 'c-1',
    name: 'Ana Ruiz',
    contact: '',
    dateOfBirth: '',
    ageBand: null,
    goals: '',
    notes: '',
    preferredPressure: null,
    revision: 1,
    createdAt: T0,
    updatedAt: T0,
    archived: false,
    ...overrides,
  };
}
