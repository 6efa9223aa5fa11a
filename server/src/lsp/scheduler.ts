/**
 * Per-document lint scheduling: each new request for a document replaces the
 * pending one (debounce) and marks any lint of it already under way as stale,
 * so its result is dropped instead of published over a newer one.
 *
 * A lint itself is synchronous, so one already running finishes before the
 * next message is read; what a newer edit cancels is the waiting (debounce,
 * settings fetch) and the publishing.
 */
export interface StaleToken {
  /** True once a newer lint of the same document was scheduled or the document closed. */
  readonly isStale: boolean;
}

export type LintTask = (token: StaleToken) => void | Promise<void>;

interface Pending {
  token: { isStale: boolean };
  cancelTimer?: () => void;
}

export class LintScheduler {
  private readonly latest = new Map<string, Pending>();

  constructor(private readonly onError: (key: string, error: unknown) => void = () => {}) {}

  /** Runs `task` for `key` after `delayMs` (0 = on the next turn of the event loop, after queued messages). */
  schedule(key: string, delayMs: number, task: LintTask): void {
    this.cancel(key);
    const pending: Pending = { token: { isStale: false } };
    const run = () => {
      pending.cancelTimer = undefined;
      if (pending.token.isStale) return;
      Promise.resolve()
        .then(() => task(pending.token))
        .catch((error: unknown) => this.onError(key, error))
        .finally(() => {
          if (this.latest.get(key) === pending) this.latest.delete(key);
        });
    };
    if (delayMs > 0) {
      const timer = setTimeout(run, delayMs);
      pending.cancelTimer = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(run);
      pending.cancelTimer = () => clearImmediate(immediate);
    }
    this.latest.set(key, pending);
  }

  /** Drops the pending lint of `key` and marks a running one stale. */
  cancel(key: string): void {
    const previous = this.latest.get(key);
    if (!previous) return;
    previous.token.isStale = true;
    previous.cancelTimer?.();
    this.latest.delete(key);
  }

  /** True while a lint of `key` is waiting or running. */
  isBusy(key: string): boolean {
    return this.latest.has(key);
  }

  dispose(): void {
    for (const key of [...this.latest.keys()]) this.cancel(key);
  }
}
