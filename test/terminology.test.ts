/** terminology as a rule: its options schema, and a pattern re2js cannot run reported as a failure that names the entry. */
import { describe, expect, it } from 'vitest';
import terminology from '../rules/terminology.js';
import { lint, type RuleSetting } from '../server/src/engine/index.js';
import { validateRuleOptions } from '../server/src/config/validate.js';

describe('terminology options', () => {
  it('accepts the documented configuration and refuses misspelt keys', () => {
    const documented = {
      dictionaries: ['styles/prh.yml'],
      ignore: ['xinh đẹp'],
      entries: [
        { expected: 'TP.HCM', patterns: ['TP HCM', 'TPHCM', '/TP\\. HCM/'], specs: [{ from: 'tại TP HCM', to: 'tại TP.HCM' }] },
        { expected: 'trực tuyến', pattern: '/online(?! (?:game|shop))/i', options: { wordBoundary: true, ignoreCase: true } },
      ],
    };
    expect(validateRuleOptions(terminology, documented)).toBeUndefined();
    expect(validateRuleOptions(terminology, { entries: [{ expected: 'x', patern: 'y' }] })).toBeDefined();
    expect(validateRuleOptions(terminology, { entries: [{ expected: 'x', regexpMustEmpty: '1' }] })).toBeDefined();
  });

  it('reports a pattern re2js cannot run as a rule failure naming the entry', () => {
    const settings = new Map<string, RuleSetting>([['terminology', { severity: 'warning', options: { entries: [{ expected: 'x', pattern: '/(a)\\1/' }] } }]]);
    const result = lint('a a', { rules: [terminology], settings });
    expect(result.failures).toEqual([
      {
        ruleId: 'terminology',
        message: 'terminology.entries[0] (expected "x"): pattern /(a)\\1/ cannot run on the linear-time engine (re2js): error parsing regexp: invalid escape sequence: `\\1`',
      },
    ]);
  });
});
