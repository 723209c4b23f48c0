/** Every figure the benchmarks report, in table order, with the goal the issue sets for it. */
export interface FigureSpec {
  name: string;
  unit: 'ms' | 'kB' | '%' | 'B';
  label: string;
  /** The goal: the value (or its size, when `absolute`) must not exceed `max`. */
  goal?: { max: number; absolute?: boolean };
}

export const figureCatalogue: readonly FigureSpec[] = [
  { name: 'cue_lateness_p50_ms', unit: 'ms', label: 'Cue lateness, median (ours)' },
  { name: 'cue_lateness_p99_ms', unit: 'ms', label: 'Cue lateness, 99th percentile (ours)', goal: { max: 20 } },
  { name: 'cue_lateness_max_ms', unit: 'ms', label: 'Cue lateness, worst (ours)' },
  { name: 'cue_drift_ms', unit: 'ms', label: 'Error of the last cue (ours)', goal: { max: 20, absolute: true } },
  { name: 'cue_heard_elsewhere_p50_ms', unit: 'ms', label: 'Cue heard on the Clients screen, median, from its instant' },
  { name: 'cue_heard_elsewhere_max_ms', unit: 'ms', label: 'Cue heard on the Clients screen, worst', goal: { max: 1000 } },
  { name: 'naive_lateness_p99_ms', unit: 'ms', label: 'Cue lateness, 99th percentile (naive countdown)' },
  { name: 'naive_drift_ms', unit: 'ms', label: 'Error of the last cue (naive countdown)' },
  { name: 'log_write_p95_ms_10', unit: 'ms', label: 'Append one entry, 10 sessions stored', goal: { max: 5 } },
  { name: 'log_write_p95_ms_100', unit: 'ms', label: 'Append one entry, 100 sessions stored', goal: { max: 5 } },
  { name: 'log_write_p95_ms_1000', unit: 'ms', label: 'Append one entry, 1,000 sessions stored', goal: { max: 5 } },
  { name: 'log_write_p95_ms_10000', unit: 'ms', label: 'Append one entry, 10,000 sessions stored', goal: { max: 2 } },
  { name: 'baseline_log_write_p95_ms_10000', unit: 'ms', label: 'Same on the old store (baseline)' },
  { name: 'single_file_write_p95_ms_1000', unit: 'ms', label: 'Same, all sessions in one file, 1,000 stored' },
  { name: 'single_file_write_p95_ms_10000', unit: 'ms', label: 'Same, all sessions in one file, 10,000 stored' },
  { name: 'renderer_first_paint_ms', unit: 'ms', label: 'Renderer first paint', goal: { max: 300 } },
  { name: 'renderer_interactive_ms', unit: 'ms', label: 'Room screen usable', goal: { max: 250 } },
  { name: 'renderer_js_gzip_kb', unit: 'kB', label: 'Shipped JavaScript, gzipped', goal: { max: 200 } },
  { name: 'history_open_1000_ms', unit: 'ms', label: 'Open a client with 1,000 sessions', goal: { max: 100 } },
  { name: 'client_search_10000_ms', unit: 'ms', label: 'Type-ahead over 10,000 clients', goal: { max: 50 } },
  { name: 'first_handout_pdf_ms', unit: 'ms', label: 'First handout after start, from "save" to PDF', goal: { max: 1000 } },
  { name: 'handout_pdf_ms', unit: 'ms', label: 'Handout from "save" to PDF', goal: { max: 1000 } },
  { name: 'session_cpu_percent', unit: '%', label: 'Renderer CPU while a session runs', goal: { max: 0.5 } },
  { name: 'startup_ms_0', unit: 'ms', label: 'Back end ready, no sessions stored' },
  { name: 'startup_ms_10000', unit: 'ms', label: 'Back end ready, 10,000 sessions stored' },
  { name: 'baseline_startup_ms_10000', unit: 'ms', label: 'Same on the old store (baseline: every file checked first)' },
  { name: 'backup_stall_max_ms_10000', unit: 'ms', label: 'Longest back-end stall during "Back up now", 10,000 sessions', goal: { max: 50 } },
  { name: 'baseline_backup_stall_max_ms_10000', unit: 'ms', label: 'Same on the old store (baseline)' },
  { name: 'backup_bytes_14_days_10000', unit: 'B', label: '14 daily backups of an unchanged clinic, 10,000 sessions' },
  { name: 'baseline_backup_bytes_14_days_10000', unit: 'B', label: 'Same on the old store (baseline)' },
  { name: 'data_bytes_10000', unit: 'B', label: 'The records themselves, 10,000 sessions' },
];

export function figureSpec(name: string): FigureSpec | undefined {
  return figureCatalogue.find((figure) => figure.name === name);
}

export function meetsGoal(spec: FigureSpec, value: number): boolean | null {
  if (!spec.goal) return null;
  return (spec.goal.absolute ? Math.abs(value) : value) <= spec.goal.max;
}
