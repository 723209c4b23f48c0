import { z } from 'zod';

export const windowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(320).max(20000),
  height: z.number().int().min(240).max(20000),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

const MIN_VISIBLE = 100;

function overlap(a: Area, b: Area): Area {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/**
 * The saved window place, if it is still on one of today's screens; a monitor
 * unplugged since last time must not leave the window out of sight.
 */
export function restorableState(saved: WindowState | undefined, workAreas: readonly Area[]): WindowState | undefined {
  if (!saved) return undefined;
  const visible = workAreas.some((area) => {
    const shared = overlap(saved, area);
    return shared.width >= MIN_VISIBLE && shared.height >= MIN_VISIBLE;
  });
  return visible ? saved : undefined;
}
