import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ContractError, notFound, refused } from '../../shared/contract/errors';
import { idSchema, MAX_PLANS, planSchema } from '../../shared/contract/schemas';
import { defaultPlans } from '../../shared/plans/defaults';
import type { Plan } from '../../shared/plans/plan';
import { revisionAfter, type WrittenBy } from '../../shared/sync/written-by';
import type { RecordFile } from './record-store';
import type { Storage } from './storage';

const FOLDER = 'plans';
const DELETED_FOLDER = 'plans-deleted';
const ORDER = 'plan-order';
/** Orders of the plans another room kept while apart, set aside when the two orders met. */
export const ORDER_HISTORY = 'plan-order-versions';
export const orderSchema = z.strictObject({ planIds: z.array(idSchema) });
type Order = z.infer<typeof orderSchema>;

export interface PlansDeps {
  storage: Storage;
  newId?: () => string;
  /** The room saving and the time, stamped on every plan it saves. */
  writtenBy?: () => WrittenBy;
}

/**
 * The plan library: one file per plan, plus a small file holding the order the
 * therapist chose. The shipped plans are copied in on first use so they can be
 * edited like any other. Sessions take a frozen copy at start, so nothing here
 * can change a session that is running.
 */
export class PlansService {
  private readonly order: RecordFile<Order>;
  private readonly newId: () => string;

  constructor(private readonly deps: PlansDeps) {
    this.order = deps.storage.record('.', ORDER, orderSchema);
    this.newId = deps.newId ?? (() => `plan-${randomUUID()}`);
  }

  /** On a new folder, copies the shipped plans in now (a durable write each), so the first screen need not wait for it. */
  prepare(): void {
    this.seedOnce();
  }

  list(): Plan[] {
    this.seedOnce();
    return this.readable();
  }

  find(id: string): Plan | undefined {
    this.seedOnce();
    const file = this.file(id);
    return file.exists() ? file.read() : undefined;
  }

  /** Saves the plan as the given revision: by default one past the stored plan's; settling two versions passes its own. */
  save(plan: Plan, revision = revisionAfter(this.file(plan.id).read())): Plan {
    const ids = this.orderedIds();
    const isNew = !ids.includes(plan.id);
    if (isNew && ids.length >= MAX_PLANS) throw refused(`The library holds at most ${MAX_PLANS} plans.`);
    this.assertUniqueName(plan.name, plan.id);
    const stamped: Plan = this.deps.writtenBy ? { ...plan, writtenBy: { ...this.deps.writtenBy(), revision } } : plan;
    this.file(plan.id).write(stamped);
    if (isNew) this.order.write({ planIds: [...ids, plan.id] });
    return stamped;
  }

  duplicate(id: string): Plan {
    const original = this.get(id);
    const copy: Plan = { ...structuredClone(original), id: this.newId(), name: this.freeName(`${original.name} (copy)`) };
    return this.save(copy);
  }

  delete(id: string): Plan[] {
    const ids = this.orderedIds();
    if (!ids.includes(id)) throw notFound(`There is no plan "${id}".`);
    if (ids.length === 1) throw refused('Keep at least one plan; a session needs one to start.');
    const plan = this.read(id);
    // A deleted plan is kept aside, never wiped, in case it was deleted by mistake.
    this.deps.storage.record(DELETED_FOLDER, id, planSchema).write(plan);
    this.order.write({ planIds: ids.filter((each) => each !== id) });
    this.file(id).remove();
    return this.list();
  }

  reorder(planIds: string[]): Plan[] {
    const ids = this.orderedIds();
    const same = planIds.length === ids.length && new Set(planIds).size === ids.length && planIds.every((id) => ids.includes(id));
    if (!same) throw refused('A new order must list every plan exactly once.');
    this.order.write({ planIds });
    return this.list();
  }

  restoreDefaults(): Plan[] {
    const ids = this.orderedIds();
    const missing = defaultPlans.filter((plan) => !ids.includes(plan.id));
    for (const plan of missing) {
      this.file(plan.id).write({ ...structuredClone(plan), name: this.freeName(plan.name) });
    }
    this.order.write({ planIds: [...ids, ...missing.map((plan) => plan.id)] });
    return this.list();
  }

  /**
   * Two rooms reordered the plans while apart, and the sync engine kept one
   * order with the other beside it as a copy. An order is an arrangement, not a
   * record of care, so the kept one stands (a plan only the other order listed
   * still shows, at the end); the other order is set aside, never wiped.
   * Returns whether there was a copy.
   */
  settleOrderCopies(): boolean {
    const copies = this.deps.storage.conflictCopies('.').filter((copy) => copy.record === ORDER);
    for (const copy of copies) {
      const file = this.deps.storage.record('.', copy.name, orderSchema);
      const other = file.read();
      // Named by content: both rooms set aside the same order under the same name.
      const digest = createHash('sha256').update(JSON.stringify(other ?? null)).digest('hex').slice(0, 12);
      if (other) this.deps.storage.record(ORDER_HISTORY, `${ORDER}.${digest}`, orderSchema).write(other);
      file.remove();
    }
    return copies.length > 0;
  }

  get(id: string): Plan {
    const plan = this.find(id);
    if (!plan) throw notFound(`There is no plan "${id}".`);
    return plan;
  }

  private read(id: string): Plan {
    const plan = this.file(id).read();
    if (!plan) throw new ContractError({ code: 'storage', message: `The plan file for "${id}" is missing.` });
    return plan;
  }

  /** The chosen order, then any plan file the order does not know (e.g. copied in by hand). */
  private orderedIds(): string[] {
    this.seedOnce();
    const onDisk = this.deps.storage.list(FOLDER);
    const ordered = (this.order.read()?.planIds ?? []).filter((id) => onDisk.includes(id));
    return [...ordered, ...onDisk.filter((id) => !ordered.includes(id))];
  }

  private seedOnce(): void {
    if (this.order.exists()) return;
    // A shipped plan another room changed may arrive (through the sync engine) before the order does: it stays as that room saved it.
    for (const plan of defaultPlans) if (!this.file(plan.id).exists()) this.file(plan.id).write(structuredClone(plan));
    this.order.write({ planIds: defaultPlans.map((plan) => plan.id) });
  }

  /** Every plan that reads back; a damaged file has just been set aside (and reported), so it is left out. */
  private readable(): Plan[] {
    return this.orderedIds().flatMap((id) => this.file(id).read() ?? []);
  }

  private assertUniqueName(name: string, exceptId: string): void {
    const clash = this.readable()
      .filter((other) => other.id !== exceptId)
      .find((other) => other.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (clash) throw refused(`There is already a plan called "${clash.name}". Choose another name.`);
  }

  private freeName(wanted: string): string {
    const taken = new Set(this.readable().map((plan) => plan.name.trim().toLowerCase()));
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${wanted} ${n}`;
    return name;
  }

  private file(id: string): RecordFile<Plan> {
    return this.deps.storage.record(FOLDER, id, planSchema);
  }
}
