/**
 * Runs first-pass tasks on worker threads, in batches (one message per batch
 * of drafts, not per draft), and returns the outcomes in input order.
 *
 * A small pool on `node:worker_threads` rather than tinypool or piscina: both
 * find their own worker entry file next to their module, which is not there
 * once esbuild has bundled the CLI into one file; this pool starts the
 * worker bundle that the build writes beside the CLI.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FirstPassTask, StoredOutcome } from './first-pass.js';

const BATCH = 25;

export async function runOnWorkers(tasks: readonly FirstPassTask[], workers: number, workerFile: string): Promise<StoredOutcome[]> {
  const outcomes: StoredOutcome[] = new Array(tasks.length);
  let next = 0;
  const threads = Array.from({ length: Math.min(workers, Math.ceil(tasks.length / BATCH)) }, () => new Worker(path.resolve(workerFile)));
  try {
    await Promise.all(
      threads.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= tasks.length) return resolve();
              const from = next;
              next = Math.min(tasks.length, next + BATCH);
              worker.postMessage({ id: from, tasks: tasks.slice(from, next) });
            };
            worker.on('message', (batch: { id: number; outcomes: StoredOutcome[] }) => {
              batch.outcomes.forEach((outcome, i) => (outcomes[batch.id + i] = outcome));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (next < tasks.length || code !== 0 ? reject(new Error(`a worker thread stopped (exit code ${code})`)) : resolve()));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
  return outcomes;
}
