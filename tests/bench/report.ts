import { figureCatalogue, meetsGoal, type FigureSpec } from './figures';
import type { Figures } from './framework';
import type { Outcome } from './run';

export interface Meta {
  date: string;
  node: string;
  chromium: string;
  repetitions: Record<string, number>;
  [key: string]: unknown;
}

/** Every measured figure, flat; a figure that was not measured is absent (never zero). */
export function collectFigures(outcomes: readonly Outcome[]): Figures {
  const figures: Figures = {};
  for (const outcome of outcomes) if (outcome.status === 'ran') Object.assign(figures, outcome.result.figures);
  return figures;
}

function formatValue(spec: FigureSpec, value: number): string {
  return `${value.toFixed(2)} ${spec.unit}`;
}

function formatGoal(spec: FigureSpec): string {
  if (!spec.goal) return '';
  return `${spec.goal.absolute ? '|x| ' : ''}≤ ${spec.goal.max} ${spec.unit}`;
}

/** Why a figure has no value: its feature has not landed, its benchmark was skipped or failed, or it was not selected. */
function missing(spec: FigureSpec, outcomes: readonly Outcome[]): { value: string; why: string } {
  const outcome = outcomes.find((each) => each.module.figures.includes(spec.name));
  if (!outcome) return { value: 'not yet', why: 'no benchmark measures it' };
  if (outcome.status === 'not-yet') return { value: 'not yet', why: outcome.reason };
  if (outcome.status === 'failed') return { value: 'failed', why: outcome.reason };
  return { value: 'not measured', why: '' };
}

export function formatTable(figures: Figures, outcomes: readonly Outcome[], selected: (spec: FigureSpec) => boolean): string {
  const rows = figureCatalogue.filter(selected).map((spec) => {
    const value = figures[spec.name];
    if (value === undefined) {
      const { value: shown, why } = missing(spec, outcomes);
      return [spec.name, spec.label, shown, formatGoal(spec), why];
    }
    const met = meetsGoal(spec, value);
    return [spec.name, spec.label, formatValue(spec, value), formatGoal(spec), met === null ? '' : met ? 'met' : 'MISSED'];
  });
  const header = ['figure', 'what', 'value', 'goal', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The goals that compare figures with each other, as sentences. */
export function comparisons(figures: Figures): string[] {
  const lines: string[] = [];
  const small = figures.log_write_p95_ms_10;
  const large = figures.log_write_p95_ms_10000;
  if (small !== undefined && large !== undefined) {
    const ratio = large / small;
    lines.push(`Durable writes stay flat: 10,000/10 ratio ${ratio.toFixed(2)} (goal ≤ 1.5): ${ratio <= 1.5 ? 'met' : 'MISSED'}.`);
  }
  const single = figures.single_file_write_p95_ms_10000;
  if (single !== undefined && large !== undefined) {
    lines.push(`At 10,000 sessions one big file is ${(single / large).toFixed(0)}x slower per write than one file per session.`);
  }
  const startEmpty = figures.startup_ms_0;
  const startFull = figures.startup_ms_10000;
  if (startEmpty !== undefined && startFull !== undefined) {
    const gap = startFull - startEmpty;
    lines.push(`Start-up independent of history: 10,000 sessions start ${gap.toFixed(1)} ms later than none (goal ≤ 100): ${gap <= 100 ? 'met' : 'MISSED'}.`);
  }
  const backupBytes = figures.backup_bytes_14_days_10000;
  const dataBytes = figures.data_bytes_10000;
  if (backupBytes !== undefined && dataBytes !== undefined) {
    const ratio = backupBytes / dataBytes;
    lines.push(`14 daily backups cost ${ratio.toFixed(2)}x the data (goal ≤ 1.5): ${ratio <= 1.5 ? 'met' : 'MISSED'}.`);
  }
  for (const name of ['log_write_p95_ms_10000', 'startup_ms_10000', 'backup_stall_max_ms_10000', 'backup_bytes_14_days_10000']) {
    const now = figures[name];
    const old = figures[`baseline_${name}`];
    if (now !== undefined && old !== undefined && now > 0) lines.push(`${name}: ${now.toFixed(2)} now, ${old.toFixed(2)} on the old store: ${(old / now).toFixed(1)}x better.`);
  }
  const ours = figures.cue_drift_ms;
  const naive = figures.naive_drift_ms;
  if (ours !== undefined && naive !== undefined) {
    lines.push(`Last cue: ours off by ${ours.toFixed(1)} ms, the naive countdown by ${naive.toFixed(0)} ms.`);
  }
  return lines;
}
