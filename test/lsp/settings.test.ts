/** Client settings read tolerantly, and the locale choice. */
import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../server/src/lsp/document-linter.js';
import { DEFAULT_SETTINGS, readSettings, sectionFromPushedSettings } from '../../server/src/lsp/settings.js';

describe('settings', () => {
  it('falls back to the defaults for anything missing or mistyped', () => {
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      readSettings({ enable: 'yes', lint: { run: 'sometimes', debounceMs: -5, timeBudgetMs: '1s' }, rules: [], locale: 'fr', trusted: 1, allowConfigOutsideWorkspace: 'yes' }),
    ).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values, debounce and time budget 0 included', () => {
    const valid = { enable: false, lint: { run: 'onSave', debounceMs: 0, timeBudgetMs: 0 }, rules: { 'date-format': 'off' }, locale: 'vi', trusted: false };
    expect(readSettings({ ...valid, allowConfigOutsideWorkspace: true })).toEqual({
      enable: false,
      lint: { run: 'onSave', debounceMs: 0, timeBudgetMs: 0 },
      rules: { 'date-format': 'off' },
      locale: 'vi',
      trusted: false,
      allowConfigOutsideWorkspace: true,
    });
  });

  it('reads pushed settings with or without the copydesk section, dotted keys expanded', () => {
    expect(sectionFromPushedSettings({ copydesk: { 'lint.debounceMs': 0, locale: 'vi' } })).toEqual({ lint: { debounceMs: 0 }, locale: 'vi' });
    expect(sectionFromPushedSettings({ 'copydesk.lint.run': 'onSave', lint: { debounceMs: 50 } })).toEqual({ lint: { run: 'onSave', debounceMs: 50 } });
    expect(sectionFromPushedSettings(null)).toBeUndefined();
  });

  it('chooses the locale: setting, then the config file, then the editor', () => {
    expect(resolveLocale('en', 'vi', 'vi')).toBe('en');
    expect(resolveLocale('auto', 'vi', 'en')).toBe('vi');
    expect(resolveLocale('auto', undefined, 'vi')).toBe('vi');
    expect(resolveLocale('auto', undefined, 'en')).toBe('en');
  });
});
