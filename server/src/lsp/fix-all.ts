/**
 * "Fix all": every first fix of the fixable findings (optionally of one rule),
 * repeated until nothing fixable is left, as edits of the original text.
 */
import { applyFixes, fixUntilStable } from '../engine/fixes.js';
import type { Finding, TextEdit } from '../engine/types.js';
import { editsBetween } from './text-diff.js';

export interface FixAllOutcome {
  edits: TextEdit[];
  /** The text after the edits. */
  text: string;
}

/**
 * @param findings the current findings of `text`
 * @param relint lints a text with the same settings (for the passes that pick up overlapping fixes)
 */
export function fixAll(text: string, findings: readonly Finding[], relint: (text: string) => readonly Finding[], ruleId?: string): FixAllOutcome {
  const chosen = (list: readonly Finding[]) => list.filter((finding) => finding.fixes.length > 0 && (ruleId === undefined || finding.ruleId === ruleId));
  const first = applyFixes(text, chosen(findings));
  if (first.applied.length === 0) return { edits: [], text };
  const rest = fixUntilStable(first.text, (next) => chosen(relint(next)));
  // One pass was enough (the usual case): its edits are exact. Otherwise diff the final text.
  if (rest.passes === 0) return { edits: first.applied, text: first.text };
  return { edits: editsBetween(text, rest.text), text: rest.text };
}
