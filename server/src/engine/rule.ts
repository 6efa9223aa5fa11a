import type { RuleDefinition } from './types.js';

/** Where each rule's doc page lives; the id names the page. */
export const DOCS_BASE = 'https://github.com/copydesk/copydesk/blob/main/rules/';

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Identity helper that lets TypeScript infer a rule's option type from its defaults. */
export function defineRule<Options extends object>(rule: RuleDefinition<Options>): RuleDefinition<Options> {
  return rule;
}
