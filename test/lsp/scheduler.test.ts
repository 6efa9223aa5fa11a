/** Per-document debounce and staleness of lints. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LintScheduler, type StaleToken } from '../../server/src/lsp/scheduler.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('LintScheduler', () => {
  it('runs only the last of several requests made within the debounce', async () => {
    const scheduler = new LintScheduler();
    const runs: number[] = [];
    for (let version = 1; version <= 5; version++) scheduler.schedule('a', 200, () => void runs.push(version));
    await vi.advanceTimersByTimeAsync(199);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toEqual([5]);
  });

  it('keeps documents apart', async () => {
    const scheduler = new LintScheduler();
    const runs: string[] = [];
    scheduler.schedule('a', 0, () => void runs.push('a'));
    scheduler.schedule('b', 0, () => void runs.push('b'));
    await vi.runAllTimersAsync();
    expect(runs.sort()).toEqual(['a', 'b']);
  });

  it('marks a running lint stale when a newer one is scheduled, and reports busy until done', async () => {
    const scheduler = new LintScheduler();
    let first: StaleToken | undefined;
    let release!: () => void;
    scheduler.schedule('a', 0, (token) => {
      first = token;
      return new Promise<void>((resolve) => (release = resolve));
    });
    await vi.runAllTimersAsync();
    expect(first?.isStale).toBe(false);
    expect(scheduler.isBusy('a')).toBe(true);

    scheduler.schedule('a', 0, () => {});
    expect(first?.isStale).toBe(true);
    release();
    await vi.runAllTimersAsync();
    expect(scheduler.isBusy('a')).toBe(false);
  });

  it('drops a pending lint on cancel (the document closed)', async () => {
    const scheduler = new LintScheduler();
    const runs: string[] = [];
    scheduler.schedule('a', 100, () => void runs.push('a'));
    scheduler.cancel('a');
    await vi.runAllTimersAsync();
    expect(runs).toEqual([]);
    expect(scheduler.isBusy('a')).toBe(false);
  });

  it('reports a failing lint instead of throwing', async () => {
    const errors: unknown[] = [];
    const scheduler = new LintScheduler((_key, error) => errors.push(error));
    scheduler.schedule('a', 0, () => {
      throw new Error('boom');
    });
    await vi.runAllTimersAsync();
    expect(errors).toEqual([new Error('boom')]);
  });
});
