import type { Client } from '../../shared/clients/client';
import type { clientInvoke, recordInvoke } from '../../shared/contract/client-channels';
import { clientRecordsCsv, clientRecordsJson, exportFileName } from '../../shared/record/export';
import type { ClientSessions } from './client-sessions';
import type { ClientsService } from './clients';
import type { Handlers } from './handlers';
import type { RecordVersions } from './record-versions';
import type { SessionCareService } from './session-care';

function withoutLanguage(client: Client): Client {
  const kept = { ...client };
  delete kept.preferredLanguage;
  return kept;
}

export function clientHandlers(clients: ClientsService, clientSessions: ClientSessions, versions: RecordVersions<Client>): Handlers<keyof typeof clientInvoke> {
  return {
    'clients.versions': ({ clientId }) => ({ ...versions.of(clientId), earlier: versions.history(clientId) }),
    // The fields chosen are the client's whole details: a handout language left out is left out, not kept from before.
    'clients.resolve': ({ clientId, revision, fields, copies }) =>
      versions.resolve(clientId, revision, (current) => ({ ...withoutLanguage(current), ...fields }), copies),
    // Waits for a rebuild under way in slices rather than finishing it at once.
    'clients.search': async ({ query, includeArchived }) => {
      await clients.ready();
      return clients.search(query, includeArchived ?? false);
    },
    'clients.sameName': async ({ name, except }) => {
      await clients.ready();
      return { clients: clients.sameName(name, except) };
    },
    'clients.get': ({ clientId }) => clients.get(clientId),
    'clients.create': ({ fields }) => clients.create(fields),
    'clients.update': ({ clientId, revision, fields }) => clients.update(clientId, revision, fields),
    'clients.archive': ({ clientId, revision, archived }) => clients.archive(clientId, revision, archived),
    'clients.history': async ({ clientId }) => {
      const client = clients.get(clientId);
      return { client, sessions: await clientSessions.summaries(clientId) };
    },
    'clients.session': ({ clientId, sessionId }) => clientSessions.one(clientId, sessionId),
    'clients.export': async ({ clientId, format }) => {
      const client = clients.get(clientId);
      const sessions = await clientSessions.of(clientId);
      return format === 'csv'
        ? { fileName: exportFileName(client, 'csv'), mimeType: 'text/csv', text: clientRecordsCsv(client, sessions) }
        : { fileName: exportFileName(client, 'json'), mimeType: 'application/json', text: clientRecordsJson(client, sessions) };
    },
  };
}

export function recordHandlers(care: SessionCareService): Handlers<keyof typeof recordInvoke> {
  return {
    'intake.save': ({ sessionId, intake }) => care.saveIntake(sessionId, intake),
    'intake.acknowledge': ({ sessionId, decision, note }) => care.acknowledge(sessionId, decision, note),
    'pressure.log': ({ sessionId, ...entry }) => care.log(sessionId, entry),
    'pressure.correct': ({ sessionId, entryId, change }) => care.correct(sessionId, entryId, change),
    'record.save': ({ sessionId, painAfter, soap, basedOn }) => care.saveRecord(sessionId, painAfter, soap, basedOn),
    'record.sign': ({ sessionId, painAfter, soap, by, basedOn }) => care.sign(sessionId, painAfter, soap, by, basedOn),
    'record.amend': ({ sessionId, ...request }) => care.amend(sessionId, request),
  };
}
