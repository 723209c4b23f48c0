import { clientSchema } from '../../shared/contract/care-schemas';
import { handoutSettingsSchema, handoutTemplateSchema } from '../../shared/contract/handout-schemas';
import { planSchema } from '../../shared/contract/schemas';
import type { Client } from '../../shared/clients/client';
import type { HandoutTemplate } from '../../shared/handout/template';
import type { Plan } from '../../shared/plans/plan';
import type { WrittenBy } from '../../shared/sync/written-by';
import type { ClientsService } from './clients';
import type { Clock } from './clock';
import type { HandoutSettings, HandoutsService } from './handouts';
import type { PlansService } from './plans';
import type { VersionedKind } from './record-versions';

/** The history folders: every version of a shared record a room wrote, kept when two of them were settled. */
export const historyFolders = {
  client: 'client-versions',
  plan: 'plan-versions',
  template: 'template-versions',
  clinic: 'clinic-versions',
} as const;

/** The clinic header and stretch library: one record at the top of the data folder. */
export const CLINIC_RECORD = 'handout-settings';

// Plans, templates and the clinic header carry their revision in the room's stamp (none before revisions were counted).
const revisionOf = (record: { writtenBy?: WrittenBy }): number => record.writtenBy?.revision ?? 0;
const writtenAt = (record: { writtenBy?: WrittenBy }): number => record.writtenBy?.at ?? 0;

export function clientKind(clients: ClientsService, clock: Clock): VersionedKind<Client> {
  return {
    folder: 'clients',
    historyFolder: historyFolders.client,
    schema: clientSchema,
    current: (id) => clients.get(id),
    revisionOf: (client) => client.revision,
    writtenAt: (client) => client.updatedAt,
    nameOf: (client) => `${client.name}'s details`,
    write: (client, revision) => clients.write(clients.stamped({ ...client, revision, updatedAt: clock.now() })),
    settled: () => clients.reloadCopies(),
  };
}

/** A record with a name, one file each in its folder (plans, handout templates). */
function namedKind<T extends { name: string; writtenBy?: WrittenBy }>(
  [folder, historyFolder, noun]: [string, string, string],
  schema: VersionedKind<T>['schema'],
  store: Pick<VersionedKind<T>, 'current' | 'write'>,
): VersionedKind<T> {
  return { folder, historyFolder, schema, ...store, revisionOf, writtenAt, nameOf: (record) => `the ${noun} "${record.name}"` };
}

export function planKind(plans: PlansService): VersionedKind<Plan> {
  return namedKind(['plans', historyFolders.plan, 'plan'], planSchema, {
    current: (id) => plans.get(id),
    write: (plan, revision) => plans.save(plan, revision),
  });
}

export function templateKind(handouts: HandoutsService): VersionedKind<HandoutTemplate> {
  return namedKind(['handout-templates', historyFolders.template, 'handout template'], handoutTemplateSchema, {
    current: (id) => handouts.template(id),
    write: (template, revision) => handouts.saveTemplate(template, revision),
  });
}

export function clinicKind(handouts: HandoutsService): VersionedKind<HandoutSettings> {
  return {
    folder: '.',
    historyFolder: historyFolders.clinic,
    schema: handoutSettingsSchema,
    current: () => handouts.settings(),
    revisionOf,
    writtenAt,
    nameOf: () => 'the clinic header',
    write: (settings, revision) => handouts.saveSettings(settings, revision),
  };
}
