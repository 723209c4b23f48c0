import { useEffect, useState } from 'react';
import type { Plan } from '../../shared/plans/plan';
import { useBridge } from '../bridge/BridgeContext';
import { messageOf, refusalOf } from '../bridge/errors';
import { useRoomSettings } from '../settings/useRoomSettings';
import { useToday } from '../shell/useToday';
import { writtenBy } from '../../shared/sync/written-by';
import { useRecordChanges } from '../sync/useRecordChanges';
import { useTwoVersions } from '../sync/useTwoVersions';
import { PlanTwoVersions } from './PlanTwoVersions';
import { KeptVersions } from '../sync/KeptVersions';
import { planParts } from '../../shared/plans/plan-versions';
import { newPlan } from './draft';
import { PlanEditor } from './PlanEditor';

/** The plan library: pick, order, create and edit session plans. */
export function PlansView() {
  const today = useToday();
  const bridge = useBridge();
  const [plans, setPlans] = useState<Plan[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState<Plan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { settings } = useRoomSettings();

  async function run<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const value = await action();
      setError(null);
      return value;
    } catch (reason) {
      setError(messageOf(reason));
      return null;
    }
  }
  const reload = async (): Promise<void> => {
    const list = await run(() => bridge.invoke('plans.list', {}));
    if (list) setPlans(list);
  };
  // The list loads once, when the screen opens.
  useEffect(() => {
    let live = true;
    bridge.invoke('plans.list', {}).then(
      (list) => {
        if (!live) return;
        setPlans(list);
        setError(null);
      },
      (reason: unknown) => live && setError(messageOf(reason)),
    );
    return () => {
      live = false;
    };
  }, [bridge]);
  // A plan saved in another room joins the list; the editor of the one open here is told, and keeps typed changes.
  const [arrived, setArrived] = useState(0);
  useRecordChanges(['plan'], (change) => {
    void reload().then(() => {
      // The plan open here may be the first of the list, never picked by hand.
      if (change.id !== null && change.id === selected?.id) setArrived((n) => n + 1);
    });
  });

  const [settled, setSettled] = useState(0);
  const twoVersions = new Set(useTwoVersions(settled).plans);

  const selected = unsaved ?? plans.find((plan) => plan.id === selectedId) ?? plans[0] ?? null;

  async function reorder(index: number, by: number): Promise<void> {
    const ids = plans.map((plan) => plan.id);
    const target = index + by;
    if (target < 0 || target >= ids.length) return;
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    const list = await run(() => bridge.invoke('plans.reorder', { planIds: ids }));
    if (list) setPlans(list);
  }

  return (
    <div className="plans-view">
      <nav className="plans-view__list" aria-label="Plans">
        <h1>Session plans</h1>
        {error ? <p role="alert" className="form-error">{error}</p> : null}
        <ol>
          {plans.map((plan, index) => (
            <li key={plan.id} className="plans-view__item">
              <button
                type="button"
                className="plans-view__pick"
                aria-current={selected?.id === plan.id ? 'true' : undefined}
                onClick={() => {
                  setUnsaved(null);
                  setSelectedId(plan.id);
                }}
              >
                {plan.name}
                {twoVersions.has(plan.id) ? ' (two versions)' : ''}
              </button>
              <button type="button" className="small-button" aria-label={`Move ${plan.name} up`} onClick={() => void reorder(index, -1)} disabled={index === 0}>
                ▲
              </button>
              <button type="button" className="small-button" aria-label={`Move ${plan.name} down`} onClick={() => void reorder(index, 1)} disabled={index === plans.length - 1}>
                ▼
              </button>
            </li>
          ))}
        </ol>
        {selected?.writtenBy ? (
          <p>
            {selected.name}, last saved: {writtenBy(selected.writtenBy.room, selected.writtenBy.at, today)}
          </p>
        ) : null}
        {selected && !unsaved ? (
          <KeptVersions key={`${selected.id}-${arrived}-${settled}`} load={() => bridge.invoke('plans.versions', { planId: selected.id })} parts={planParts} />
        ) : null}
        <button type="button" className="big-button" onClick={() => setUnsaved(newPlan())}>
          New plan
        </button>
        <button type="button" className="small-button" onClick={() => void run(() => bridge.invoke('plans.restoreDefaults', {})).then((list) => list && setPlans(list))}>
          Restore the plans that ship with Stillpoint
        </button>
      </nav>
      {selected && !unsaved && twoVersions.has(selected.id) ? (
        <PlanTwoVersions
          key={`${selected.id}-${arrived}`}
          planId={selected.id}
          onSettled={() => {
            setSettled((n) => n + 1);
            void reload();
          }}
        />
      ) : selected ? (
        <PlanEditor
          key={selected.id}
          plan={selected}
          isNew={selected === unsaved}
          arrivedElsewhere={arrived}
          settings={settings}
          onSave={(plan) =>
            refusalOf(async () => {
              const saved = await bridge.invoke('plans.save', { plan });
              // Reload first, so the editor stays on this plan (and keeps its message) throughout.
              await reload();
              setSelectedId(saved.id);
              setUnsaved(null);
            })
          }
          onDuplicate={() =>
            void run(() => bridge.invoke('plans.duplicate', { planId: selected.id })).then(async (copy) => {
              if (!copy) return;
              await reload();
              setSelectedId(copy.id);
            })
          }
          onDelete={() =>
            void run(() => bridge.invoke('plans.delete', { planId: selected.id })).then((list) => {
              if (!list) return;
              setPlans(list);
              setSelectedId(list[0]?.id ?? null);
            })
          }
        />
      ) : null}
    </div>
  );
}
