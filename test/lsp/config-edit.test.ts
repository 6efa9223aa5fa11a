/** "Disable <rule> in this workspace": the config file's new text, comments kept. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { disableRuleInConfig } from '../../server/src/lsp/config-edit.js';

describe('disableRuleInConfig', () => {
  it('creates a new .copydesk.yml', () => {
    expect(disableRuleInConfig('.copydesk.yml', undefined, 'date-format')).toBe('rules:\n  date-format: off\n');
  });

  it('adds the rule under rules:, keeping comments, order and other rules', () => {
    const text = '# Quy ước tòa soạn\nlocale: vi # tiếng Việt\nrules:\n  # ngày tháng\n  boilerplate: error\n';
    const edited = disableRuleInConfig('.copydesk.yml', text, 'date-format')!;
    expect(edited).toBe('# Quy ước tòa soạn\nlocale: vi # tiếng Việt\nrules:\n  # ngày tháng\n  boilerplate: error\n  date-format: off\n');
  });

  it('replaces an existing entry, options included', () => {
    const edited = disableRuleInConfig('.copydesk.yaml', 'rules:\n  date-format: [error, { separator: "-" }] # house style\n', 'date-format')!;
    expect(parse(edited)).toEqual({ rules: { 'date-format': 'off' } });
    expect(edited).toContain('# house style');
  });

  it('fills an empty rules: key and a file of comments only', () => {
    expect(parse(disableRuleInConfig('.copydesk.yml', 'locale: en\nrules:\n', 'date-format')!)).toEqual({ locale: 'en', rules: { 'date-format': 'off' } });
    expect(disableRuleInConfig('.copydesk.yml', '# chưa có gì', 'date-format')).toBe('# chưa có gì\nrules:\n  date-format: off\n');
  });

  it('edits JSON configs with their indentation', () => {
    const edited = disableRuleInConfig('.copydesk.json', '{\n    "locale": "vi",\n    "rules": { "boilerplate": "error" }\n}\n', 'date-format');
    expect(edited).toBe('{\n    "locale": "vi",\n    "rules": {\n        "boilerplate": "error",\n        "date-format": "off"\n    }\n}\n');
  });

  it('refuses files it cannot edit safely', () => {
    expect(disableRuleInConfig('.copydesk.yml', 'rules: [\n', 'date-format')).toBeUndefined();
    expect(disableRuleInConfig('.copydesk.yml', '- a\n- b\n', 'date-format')).toBeUndefined();
    expect(disableRuleInConfig('.copydesk.yml', 'rules: off\n', 'date-format')).toBeUndefined();
    expect(disableRuleInConfig('.copydesk.json', '{ "rules": [] }', 'date-format')).toBeUndefined();
    expect(disableRuleInConfig('.copydesk.json', '{ not json', 'date-format')).toBeUndefined();
  });
});
