import { planParts } from '../../shared/plans/plan-versions';
import { useBridge } from '../bridge/BridgeContext';
import { SettleVersions } from '../sync/SettleVersions';

/** Two rooms saved the plan while apart: both versions side by side, settled through `plans.resolve`. */
export function PlanTwoVersions({ planId, onSettled }: { planId: string; onSettled(): void }) {
  const bridge = useBridge();
  return (
    <div className="plans-view__versions">
      <SettleVersions
        load={() => bridge.invoke('plans.versions', { planId })}
        resolve={(current, plan, copy) => bridge.invoke('plans.resolve', { planId, revision: current.writtenBy?.revision ?? 0, plan, copies: [copy] })}
        name={(plan) => `The plan "${plan.name}"`}
        what="this plan"
        history="the plan's history"
        parts={planParts}
        onSettled={onSettled}
      />
    </div>
  );
}
