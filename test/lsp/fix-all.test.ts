/** Fix-all over the real rules: edits of the original text, one rule or all. */
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { applyEdits } from '../../server/src/engine/fixes.js';
import { lint } from '../../server/src/engine/lint.js';
import { fixAll } from '../../server/src/lsp/fix-all.js';
import { applyRuleOverrides } from '../../server/src/lsp/rule-overrides.js';

const relint = (text: string) => lint(text, { rules }).findings;
const DRAFT = '# Hội chợ\n\nSáng 27/9, hội chợ khai mạc.\n\nChiều 28-9, ký hợp đồng.\n\nTối 29.9, mở cửa muộn.\n';

describe('fixAll', () => {
  it('returns edits of the original text that leave nothing fixable', () => {
    const outcome = fixAll(DRAFT, relint(DRAFT), relint);
    expect(applyEdits(DRAFT, outcome.edits)).toBe(outcome.text);
    expect(outcome.text).toContain('Chiều 28/9');
    expect(outcome.text).toContain('Tối 29/9');
    expect(relint(outcome.text).filter((finding) => finding.fixes.length > 0)).toEqual([]);
  });

  it('fixes one rule only when asked', () => {
    const outcome = fixAll(DRAFT, relint(DRAFT), relint, 'boilerplate');
    expect(outcome.edits).toEqual([]);
    expect(outcome.text).toBe(DRAFT);
  });
});

describe('applyRuleOverrides', () => {
  it('applies valid entries over the config and skips the others with a reason', () => {
    const base = new Map([['date-format', { severity: 'warning' as const, options: { leadingZero: false } }]]);
    const { settings, problems } = applyRuleOverrides(
      base,
      { 'date-format': ['error', { separator: '-' }], 'no-such-rule': 'off', boilerplate: 'loud', terminology: ['warning', { nonsense: true }] },
      rules,
    );
    expect(settings.get('date-format')).toEqual({ severity: 'error', options: { leadingZero: false, separator: '-' } });
    expect(settings.has('boilerplate')).toBe(false);
    expect(settings.has('terminology')).toBe(false);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^copydesk\.rules\.no-such-rule: unknown rule/);
    expect(problems[1]).toMatch(/^copydesk\.rules\.boilerplate: must be off/);
    expect(problems[2]).toMatch(/^copydesk\.rules\.terminology: unknown key "nonsense"/);
  });

  it('refuses file paths in the settings: files are named in .copydesk.yml only', () => {
    const { settings, problems } = applyRuleOverrides(new Map(), { terminology: ['warning', { dictionaries: ['/etc/passwd'] }] }, rules);
    expect(settings.has('terminology')).toBe(false);
    expect(problems).toEqual(['copydesk.rules.terminology.dictionaries: name files in .copydesk.yml, not in the editor settings']);
  });
});
