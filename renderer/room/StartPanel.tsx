import { useRef, useState } from 'react';
import type { Plan } from '../../shared/plans/plan';
import { enabledPhases, plannedTotalSec } from '../../shared/plans/plan';
import { spokenDuration } from '../../shared/session/format';
import type { ClientListing } from '../../shared/clients/client';
import { ClientPicker } from '../clients/ClientPicker';
import type { RoomSettings } from '../../shared/settings/room-settings';
import { CuePreview } from '../plans/CuePreview';
import { useAppSettings } from '../welcome/app-settings';
import { roomKeyLabel } from './keys';
import { useStartKey } from './useStartKey';

interface Props {
  plans: Plan[];
  settings: RoomSettings;
  onStart(planId: string, clientId?: string): void;
  /** Below a finished session, whose phase is the screen's main heading. */
  afterSession?: boolean;
}

export function StartPanel({ plans, settings, onStart, afterSession = false }: Props) {
  const Heading = afterSession ? 'h2' : 'h1';
  const [chosen, setChosen] = useState('');
  const [client, setClient] = useState<ClientListing | null>(null);
  const preferred = useAppSettings().settings?.defaultPlanId;
  const offered = (id: string | null | undefined): id is string => !!id && plans.some((plan) => plan.id === id);
  const planId = offered(chosen) ? chosen : offered(preferred) ? preferred : (plans[0]?.id ?? '');
  const plan = plans.find((each) => each.id === planId);
  const panel = useRef<HTMLElement>(null);
  useStartKey(
    () => {
      if (!planId) return false;
      onStart(planId, client?.id);
      return true;
    },
    afterSession ? panel : undefined,
  );
  return (
    <section ref={panel} className="start-panel" aria-labelledby="start-heading">
      <Heading id="start-heading" className="start-panel__title">
        Ready when you are
      </Heading>
      <ClientPicker value={client} onChange={setClient} />
      <fieldset className="start-panel__plans">
        <legend>Session plan</legend>
        {plans.map((each) => (
          <label key={each.id} className="start-panel__plan">
            <input type="radio" name="plan" value={each.id} checked={planId === each.id} onChange={() => setChosen(each.id)} />
            <span>
              {each.name}
              <span className="start-panel__detail">
                {enabledPhases(each).length} phases, {spokenDuration(plannedTotalSec(each) * 1000)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="start-panel__actions">
        <button type="button" className="big-button big-button--primary" onClick={() => onStart(planId, client?.id)} disabled={!planId}>
          Start session <kbd>{roomKeyLabel.toggle}</kbd>
        </button>
        {plan ? <CuePreview plan={plan} settings={settings} /> : null}
      </div>
    </section>
  );
}
