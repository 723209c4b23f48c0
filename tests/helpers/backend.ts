import { createBackend, type Backend } from '../../electron/services/backend';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { ContractErrorBody } from '../../shared/contract/errors';
import type { ManualClock } from './manual-clock';

/** A back end on a real data folder, with typed calls that throw on an error envelope. */
export function careBackend(dataDir: string, clock: ManualClock) {
  let n = 0;
  const backend: Backend = createBackend({ dataDir, clock, push: () => undefined, notify: () => undefined, newId: () => `s-${++n}` });
  async function call<C extends InvokeChannel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const answer = await backend.handle(channel, request);
    if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}: ${answer.error.message}`);
    return answer.value as ResponseOf<C>;
  }
  async function fail(channel: InvokeChannel, request: unknown): Promise<ContractErrorBody> {
    const answer = await backend.handle(channel, request);
    if (answer.ok) throw new Error(`${channel} was expected to fail`);
    return answer.error;
  }
  return { backend, call, fail };
}

export const someClient = {
  name: 'Ana Ruiz',
  contact: 'ana@example.org',
  dateOfBirth: '',
  ageBand: '30-44' as const,
  goals: 'less lower back pain',
  notes: '',
  preferredPressure: 6,
};
