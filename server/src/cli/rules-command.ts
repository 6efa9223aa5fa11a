/** `copydesk rules`: the rule table, from the rules themselves. */
import { rules } from '../../../rules/index.js';
import type { Locale } from '../engine/types.js';

export function formatRules(format: 'stylish' | 'json', locale: Locale): string {
  if (format === 'json') {
    return JSON.stringify(rules.map((rule) => ({ id: rule.id, severity: rule.severity, fixable: rule.fixable, description: rule.description[locale] })), null, 2) + '\n';
  }
  const width = Math.max(...rules.map((rule) => rule.id.length), 4);
  const header = locale === 'vi' ? ['quy tắc', 'mức', 'sửa', 'mô tả'] : ['rule', 'severity', 'fix', 'description'];
  const lines = [`${header[0].padEnd(width)}  ${header[1].padEnd(8)}  ${header[2].padEnd(3)}  ${header[3]}`];
  for (const rule of rules) {
    lines.push(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${(rule.fixable ? '✔' : '').padEnd(3)}  ${rule.description[locale]}`);
  }
  return lines.join('\n') + '\n';
}
