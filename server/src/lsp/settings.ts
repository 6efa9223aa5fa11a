/**
 * The client settings under `copydesk.*`, read tolerantly: a missing or
 * mistyped value falls back to its default, so a broken settings.json never
 * stops linting.
 */
export type LintRun = 'onType' | 'onSave';
export type LocaleSetting = 'auto' | 'en' | 'vi';

export interface ServerSettings {
  enable: boolean;
  /** `timeBudgetMs`: how long one lint may take before its remaining rules are skipped (0 = no limit). */
  lint: { run: LintRun; debounceMs: number; timeBudgetMs: number };
  /** Same shape as `rules:` in `.copydesk.yml`; applied over the config file. */
  rules: Record<string, unknown>;
  locale: LocaleSetting;
  /** False in an untrusted workspace: only the built-in defaults apply (no config or facts file). */
  trusted: boolean;
  /**
   * Lets `extends`, `facts:` and rules' file options in `.copydesk.yml` name
   * files outside the workspace folder. It guards against the folder being
   * opened, so only the user may grant it: the client must send the value of
   * the user's own settings, never a workspace or folder value (VS Code:
   * declare it with `"scope": "application"` and send `inspect().globalValue`).
   * Ignored in an untrusted workspace.
   */
  allowConfigOutsideWorkspace: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  lint: { run: 'onType', debounceMs: 200, timeBudgetMs: 2000 },
  rules: {},
  locale: 'auto',
  // Editors other than VS Code have no notion of workspace trust: the folder the user opened is trusted.
  trusted: true,
  allowConfigOutsideWorkspace: false,
};

/** Normalises whatever the client sent for the `copydesk` section. */
export function readSettings(raw: unknown): ServerSettings {
  const section = isObject(raw) ? raw : {};
  const lint = isObject(section.lint) ? section.lint : {};
  const debounce = lint.debounceMs;
  const budget = lint.timeBudgetMs;
  return {
    enable: typeof section.enable === 'boolean' ? section.enable : DEFAULT_SETTINGS.enable,
    lint: {
      run: lint.run === 'onSave' || lint.run === 'onType' ? lint.run : DEFAULT_SETTINGS.lint.run,
      debounceMs: typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_SETTINGS.lint.debounceMs,
      timeBudgetMs: typeof budget === 'number' && Number.isFinite(budget) && budget >= 0 ? budget : DEFAULT_SETTINGS.lint.timeBudgetMs,
    },
    rules: isObject(section.rules) ? section.rules : {},
    locale: section.locale === 'en' || section.locale === 'vi' || section.locale === 'auto' ? section.locale : DEFAULT_SETTINGS.locale,
    trusted: typeof section.trusted === 'boolean' ? section.trusted : DEFAULT_SETTINGS.trusted,
    allowConfigOutsideWorkspace: section.allowConfigOutsideWorkspace === true,
  };
}

/**
 * Settings pushed by the client without `workspace/configuration`
 * (initializationOptions or didChangeConfiguration): either `{copydesk: {…}}`
 * or the section itself. Dotted keys (`"lint.debounceMs": 0`) are expanded, as
 * editors that pass settings through verbatim often write them that way.
 */
export function sectionFromPushedSettings(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  const section = isObject(value.copydesk) ? value.copydesk : value;
  return expandDottedKeys(section);
}

function expandDottedKeys(section: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(section)) {
    const parts = key.replace(/^copydesk\./, '').split('.');
    let target = out;
    for (const part of parts.slice(0, -1)) {
      if (!isObject(target[part])) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    target[last] = isObject(value) && isObject(target[last]) ? { ...(target[last] as object), ...value } : value;
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
