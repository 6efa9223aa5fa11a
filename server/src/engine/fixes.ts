import type { Finding, TextEdit } from './types.js';

export interface FixOutcome {
  text: string;
  /** Edits applied, in source order. */
  applied: TextEdit[];
  /** Edits left out because they overlapped an earlier one; a re-lint picks them up. */
  skipped: number;
}

/**
 * Applies the first fix of each finding. Edits are taken in source order
 * (ties by rule id for determinism); an edit that overlaps one already taken
 * is skipped, so one pass never garbles text. A fix whose edits cannot all be
 * taken is skipped whole.
 */
export function applyFixes(source: string, findings: readonly Finding[]): FixOutcome {
  const candidates = findings
    .filter((finding) => finding.fixes.length > 0)
    .map((finding) => ({ ruleId: finding.ruleId, edits: [...finding.fixes[0].edits].sort(byStart) }))
    .sort((a, b) => byStart(a.edits[0], b.edits[0]) || a.ruleId.localeCompare(b.ruleId));

  const taken: TextEdit[] = [];
  let skipped = 0;
  for (const candidate of candidates) {
    if (candidate.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) {
      skipped++;
      continue;
    }
    taken.push(...candidate.edits);
  }
  taken.sort(byStart);
  return { text: applyEdits(source, taken), applied: taken, skipped };
}

export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of [...edits].sort(byStart)) {
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

function byStart(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Two edits conflict when their ranges intersect, or both insert at one point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

export interface FixLoopResult {
  text: string;
  passes: number;
  /** Edits applied over all passes. */
  editCount: number;
}

/**
 * Lints and fixes until no fixable finding is left (at most `maxPasses`), so
 * fixes skipped for overlapping are picked up on the next pass.
 */
export function fixUntilStable(source: string, lintOnce: (text: string) => readonly Finding[], maxPasses = 10): FixLoopResult {
  let text = source;
  let editCount = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const outcome = applyFixes(text, lintOnce(text));
    if (outcome.applied.length === 0 || outcome.text === text) break;
    passes++;
    editCount += outcome.applied.length;
    text = outcome.text;
  }
  return { text, passes, editCount };
}
