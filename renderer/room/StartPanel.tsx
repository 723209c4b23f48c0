import { useState } from 'react';
import type { Plan } from '../../shared/plans/plan';
import { enabledPhases, plannedTotalSec } from '../../shared/plans/plan';
import { spokenDuration } from '../../shared/session/format';
import { useRoomKeys } from './useRoomKeys';

interface Props {
  plans: Plan[];
  onStart(planId: string): void;
}

export function StartPanel({ plans, onStart }: Props) {
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  useRoomKeys((action) => {
    if (action !== 'toggle' || !planId) return false;
    onStart(planId);
    return true;
  });
  return (
    <section className="start-panel" aria-labelledby="start-heading">
      <h1 id="start-heading" className="start-panel__title">
        Ready when you are
      </h1>
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
      <button type="button" className="big-button big-button--primary" onClick={() => onStart(planId)} disabled={!planId}>
        Start session <kbd>Space</kbd>
      </button>
    </section>
  );
}
