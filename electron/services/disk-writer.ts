import type { Clock } from './clock';

export const RETRY_MS = 5_000;

export interface DiskStatus {
  state: 'ok' | 'retrying';
  /** Records acknowledged but held in memory only, waiting for the disk. */
  pending: string[];
  message: string;
}

interface Pending {
  record: string;
  value: unknown;
  write(): void;
}

/** An error from the file system (full, read-only, gone), as opposed to a bug. */
export function isDiskError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/**
 * Keeps acknowledged writes that the disk refused in memory, retries them on
 * the injected clock, and reports the state, so a full or read-only disk never
 * drops an entry silently and the session keeps running meanwhile.
 */
export class DiskWriter {
  private readonly pending = new Map<string, Pending>();
  private cancelRetry: (() => void) | null = null;
  private lastError = '';

  constructor(
    private readonly clock: Clock,
    private readonly onStatus: (status: DiskStatus) => void,
  ) {}

  /** Writes now; on disk trouble keeps the value and retries. Bugs still throw. */
  write(filePath: string, record: string, value: unknown, write: () => void): void {
    try {
      write();
      if (this.pending.delete(filePath)) this.report();
    } catch (error) {
      if (!isDiskError(error)) throw error;
      this.lastError = (error as Error).message;
      this.pending.set(filePath, { record, value, write });
      this.armRetry();
      this.report();
    }
  }

  /** The value waiting for the disk, which is newer than what the file holds. */
  pendingValue(filePath: string): { value: unknown } | undefined {
    const entry = this.pending.get(filePath);
    return entry ? { value: structuredClone(entry.value) } : undefined;
  }

  retryNow(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
    for (const [filePath, entry] of [...this.pending]) {
      try {
        entry.write();
        this.pending.delete(filePath);
      } catch (error) {
        if (!isDiskError(error)) throw error;
        this.lastError = (error as Error).message;
      }
    }
    if (this.pending.size > 0) this.armRetry();
    this.report();
  }

  /** After a restore the held values are stale: the restored files win. */
  forget(): void {
    this.pending.clear();
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.report();
  }

  status(): DiskStatus {
    const pending = [...this.pending.values()].map((entry) => entry.record).sort();
    if (pending.length === 0) return { state: 'ok', pending, message: 'Everything is saved on disk.' };
    return {
      state: 'retrying',
      pending,
      message:
        `Saving to disk failed (${this.lastError}). ${pending.length} record(s) are kept in memory only; ` +
        `Stillpoint retries every ${RETRY_MS / 1000} s. Keep Stillpoint open and free some disk space.`,
    };
  }

  stop(): void {
    this.cancelRetry?.();
    this.cancelRetry = null;
  }

  private armRetry(): void {
    if (this.cancelRetry) return;
    this.cancelRetry = this.clock.setTimer(this.clock.now() + RETRY_MS, () => {
      this.cancelRetry = null;
      this.retryNow();
    });
  }

  private report(): void {
    this.onStatus(this.status());
  }
}
