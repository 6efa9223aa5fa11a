/**
 * "Disable <rule> in this workspace": the new text of a config file with
 * `rules.<id>: off`. YAML goes through the `yaml` Document API so the user's
 * comments, order and quoting survive.
 */
import { isMap, isScalar, parseDocument } from 'yaml';

/** @param text the file's current text, or undefined to create it; returns undefined when the file cannot be edited safely. */
export function disableRuleInConfig(fileName: string, text: string | undefined, ruleId: string): string | undefined {
  if (fileName.endsWith('.json')) return disableInJson(text, ruleId);
  if (text === undefined || text.trim() === '') return `rules:\n  ${ruleId}: off\n`;
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  // Only comments: keep them and add the key below.
  if (document.contents === null) return `${text}${text.endsWith('\n') ? '' : '\n'}rules:\n  ${ruleId}: off\n`;
  if (!isMap(document.contents)) return undefined;
  const rules = document.get('rules', true);
  if (rules === undefined || rules === null || (!isMap(rules) && (rules as { value?: unknown }).value === null)) {
    document.set('rules', document.createNode({ [ruleId]: 'off' }));
  } else if (isMap(rules)) {
    const entry = rules.get(ruleId, true);
    if (isScalar(entry)) {
      entry.value = 'off';
    } else {
      // A [severity, {options}] entry becomes a plain "off"; its comment stays.
      const off = document.createNode('off');
      if (entry && typeof entry === 'object' && 'comment' in entry) off.comment = (entry as { comment?: string | null }).comment;
      rules.set(ruleId, off);
    }
  } else {
    return undefined;
  }
  return String(document);
}

function disableInJson(text: string | undefined, ruleId: string): string | undefined {
  let value: unknown = {};
  if (text !== undefined && text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const config = value as { rules?: unknown };
  if (config.rules !== undefined && (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules))) return undefined;
  config.rules = { ...((config.rules as object | undefined) ?? {}), [ruleId]: 'off' };
  const indent = /\n([ \t]+)"/.exec(text ?? '')?.[1] ?? '  ';
  return `${JSON.stringify(config, null, indent)}\n`;
}
