/**
 * The CLI's first pass over one draft, the same in the main thread and in a
 * worker: the rules' own checks (when the draft is reported on) and the facts
 * the cross-document index needs, from one parse. Tasks and outcomes are
 * plain data, so they cross to worker threads by structured clone.
 */
import { lint, type LintEnvironment, type LintResult, type Locale, type RuleSetting } from '../engine/index.js';
import { storeFacts, type StoredFacts } from '../facts/known-facts.js';
import { indexedDocument } from '../facts/workspace-index.js';
import { rules } from '../../../rules/index.js';

export interface FirstPassTask {
  file: string;
  text: string;
  settings: ReadonlyMap<string, RuleSetting>;
  environment: LintEnvironment;
  locale: Locale;
  timeBudgetMs: number | undefined;
  /** False for a draft only compared with (another shard's, or one about to be fixed): facts only. */
  checked: boolean;
}

export interface FirstPassOutcome {
  result: LintResult;
  /** Undefined when the draft was refused (see the engine's limits). */
  facts: StoredFacts | undefined;
}

export function checkDraft(task: FirstPassTask): FirstPassOutcome {
  let facts: StoredFacts | undefined;
  const result = lint(task.text, {
    rules: task.checked ? rules : [],
    settings: task.settings,
    locale: task.locale,
    uri: task.file,
    environment: task.environment,
    timeBudgetMs: task.timeBudgetMs,
    pass: 'document',
    afterRules: (context) => {
      facts = storeFacts(indexedDocument(task.file, context, context.lines));
    },
  });
  return { result, facts };
}
