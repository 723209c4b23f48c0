import { useState } from 'react';
import type { Plan } from '../../shared/plans/plan';
import { enabledPhases, plannedTotalSec } from '../../shared/plans/plan';
import { spokenDuration } from '../../shared/session/format';
import type { ClientListing } from '../../shared/clients/client';
import { ClientPicker } from '../clients/ClientPicker';
import { useRoomKeys } from './useRoomKeys';

interface Props {
  plans: Plan[];
  onStart(planId: string, clientId?: string): void;
}

export function StartPanel({ plans, onStart }: Props) {
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [client, setClient] = useState<ClientListing | null>(null);
  useRoomKeys((action) => {
    if (action !== 'toggle' || !planId) return false;
    onStart(planId, client?.id);
    return true;
  });
  return (
    <section className="start-panel" aria-labelledby="start-heading">
      <h1 id="start-heading" className="start-panel__title">
        Ready when you are
      </h1>
      <ClientPicker value={client} onChange={setClient} />
      <fieldset className="start-panel__plans">
        <legend>Session plan</legend>
        {plans.map((plan) => (
          <label key={plan.id} className="start-panel__plan">
            <input
              type="radio"
              name="plan"
              value={plan.id}
              checked={planId === plan.id}
              onChange={() => setPlanId(plan.id)}
            />
            <span>
              {plan.name}
              <span className="start-panel__detail">
                {enabledPhases(plan).length} phases, {spokenDuration(plannedTotalSec(plan) * 1000)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="big-button big-button--primary" onClick={() => onStart(planId, client?.id)} disabled={!planId}>
        Start session <kbd>Space</kbd>
      </button>
    </section>
  );
}
