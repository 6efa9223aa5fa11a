/**
 * `copydesk.rules` from the editor settings: the same shape as `rules:` in
 * `.copydesk.yml`, applied over the configuration file. Invalid entries are
 * skipped and described, never fatal.
 */
import { validateConfigShape, validateRuleOptions } from '../config/validate.js';
import type { RuleDefinition, RuleSetting } from '../engine/types.js';

export interface OverrideOutcome {
  settings: Map<string, RuleSetting>;
  /** One line per skipped entry, for the output channel. */
  problems: string[];
}

export function applyRuleOverrides(
  base: ReadonlyMap<string, RuleSetting>,
  overrides: Record<string, unknown>,
  rules: readonly RuleDefinition<any>[],
): OverrideOutcome {
  const settings = new Map(base);
  const problems: string[] = [];
  for (const [id, entry] of Object.entries(overrides)) {
    const rule = rules.find((candidate) => candidate.id === id);
    if (!rule) {
      problems.push(`copydesk.rules.${id}: unknown rule; known rules: ${rules.map((known) => known.id).join(', ')}`);
      continue;
    }
    const shape = validateConfigShape({ rules: { [id]: entry } });
    if (shape) {
      problems.push(`copydesk.rules.${id}: ${shape.message}`);
      continue;
    }
    const [severity, options] = (Array.isArray(entry) ? entry : [entry]) as [RuleSetting['severity'], Record<string, unknown>?];
    // Files are read only from a config file (paths relative to it, kept inside the workspace).
    const fileOption = rule.fileOptions?.find(({ option }) => options && option in options);
    if (fileOption) {
      problems.push(`copydesk.rules.${id}.${fileOption.option}: name files in .copydesk.yml, not in the editor settings`);
      continue;
    }
    const merged = { ...(base.get(id)?.options ?? {}), ...(options ?? {}) };
    const invalid = validateRuleOptions(rule, merged);
    if (invalid) {
      problems.push(`copydesk.rules.${id}${invalid.path}: ${invalid.message}`);
      continue;
    }
    settings.set(id, { severity, options: merged });
  }
  return { settings, problems };
}
