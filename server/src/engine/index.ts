export { byPosition, lint, type LintOptions, type LintResult, type LintTruncation, type RuleFailure } from './lint.js';
export { applyFixes, applyEdits, fixUntilStable } from './fixes.js';
export { defineRule, ruleUrl } from './rule.js';
export { formatMessage, localeFromTag } from './messages.js';
export { LineIndex } from './line-index.js';
export * from './types.js';
