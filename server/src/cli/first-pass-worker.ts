/** A worker thread of `copydesk check --workers`: runs first-pass tasks in batches, answers in order. */
import { parentPort } from 'node:worker_threads';
import { checkDraft, storeOutcome, type FirstPassTask } from './first-pass.js';

parentPort!.on('message', (batch: { id: number; tasks: FirstPassTask[] }) => {
  parentPort!.postMessage({ id: batch.id, outcomes: batch.tasks.map((task) => storeOutcome(checkDraft(task))) });
});
