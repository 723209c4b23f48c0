import { clinicParts } from '../../shared/handout/clinic-versions';
import { templateParts } from '../../shared/handout/template-versions';
import { useBridge } from '../bridge/BridgeContext';
import { KeptVersions } from '../sync/KeptVersions';
import { SettleVersions } from '../sync/SettleVersions';

/** Two rooms saved the clinic header while apart: both side by side, settled through `handout.settings.resolve`. */
export function ClinicTwoVersions({ onSettled }: { onSettled(): void }) {
  const bridge = useBridge();
  return (
    <SettleVersions
      load={() => bridge.invoke('handout.settings.versions', {})}
      resolve={(current, settings, copy) => bridge.invoke('handout.settings.resolve', { revision: current.writtenBy?.revision ?? 0, settings, copies: [copy] })}
      name={() => 'The clinic header'}
      what="the clinic header"
      history="the clinic header's history"
      parts={clinicParts}
      onSettled={onSettled}
    />
  );
}

/** Two rooms saved a handout template while apart: both side by side, settled through `handout.templates.resolve`. */
export function TemplateTwoVersions({ id, onSettled }: { id: string; onSettled(): void }) {
  const bridge = useBridge();
  return (
    <SettleVersions
      load={() => bridge.invoke('handout.templates.versions', { id })}
      resolve={(current, template, copy) => bridge.invoke('handout.templates.resolve', { id, revision: current.writtenBy?.revision ?? 0, template, copies: [copy] })}
      name={(template) => `The handout template "${template.name}"`}
      what="this template"
      history="the template's history"
      parts={templateParts}
      onSettled={onSettled}
    />
  );
}

/** Earlier versions of the clinic header, kept when two rooms' edits were settled. */
export function ClinicKeptVersions() {
  const bridge = useBridge();
  return <KeptVersions load={() => bridge.invoke('handout.settings.versions', {})} parts={clinicParts} />;
}

/** Earlier versions of one handout template, kept when two rooms' edits were settled. */
export function TemplateKeptVersions({ id }: { id: string }) {
  const bridge = useBridge();
  return <KeptVersions load={() => bridge.invoke('handout.templates.versions', { id })} parts={templateParts} />;
}
