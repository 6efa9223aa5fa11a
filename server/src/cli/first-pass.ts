/**
 * The CLI's first pass over one draft, the same in the main thread and in a
 * worker: the rules' own checks (when the draft is reported on) and the facts
 * the cross-document index needs, from one parse. Tasks and stored outcomes
 * are plain data, so they cross to worker threads by structured clone.
 */
import { lint, type LintEnvironment, type LintResult, type Locale, type RuleSetting } from '../engine/index.js';
import { storeFacts, type StoredFacts } from '../facts/known-facts.js';
import { indexedDocument, type IndexedDocument } from '../facts/workspace-index.js';
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
  /** The draft's index entry; undefined when the draft was refused (see the engine's limits). */
  document: IndexedDocument | undefined;
}

/** An outcome as plain data, as a worker thread sends it back (a language pack holds functions). */
export interface StoredOutcome {
  result: LintResult;
  facts: StoredFacts | undefined;
}

export function checkDraft(task: FirstPassTask): FirstPassOutcome {
  let document: IndexedDocument | undefined;
  const result = lint(task.text, {
    rules: task.checked ? rules : [],
    settings: task.settings,
    locale: task.locale,
    uri: task.file,
    environment: task.environment,
    timeBudgetMs: task.timeBudgetMs,
    pass: 'document',
    afterRules: (context) => {
      document = indexedDocument(task.file, context, context.lines);
    },
  });
  return { result, document };
}

export function storeOutcome({ result, document }: FirstPassOutcome): StoredOutcome {
  return { result, facts: document && storeFacts(document) };
}
