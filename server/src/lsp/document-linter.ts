/**
 * Lints one document the way the editor asked: the config file that applies
 * (unless the workspace is untrusted), the `copydesk.rules` overrides over it,
 * the locale, and the cross-document environment.
 */
import { defaultConfig, type ResolvedConfig } from '../config/config.js';
import { lint, type RuleFailure } from '../engine/lint.js';
import type { Finding, LintEnvironment, Locale, RuleDefinition } from '../engine/types.js';
import type { FactsFile } from '../facts/facts-file.js';
import { isIgnoredByConfig } from '../shell/config-ignore.js';
import { DEFAULT_MAX_FILE_SIZE } from '../shell/read-draft.js';
import type { ConfigStore } from './config-store.js';
import { serverMessage } from './messages.js';
import { applyRuleOverrides, type OverrideOutcome } from './rule-overrides.js';
import type { LocaleSetting, ServerSettings } from './settings.js';
import { pathFromUri } from './uri.js';
import type { WorkspaceFolders } from './workspace-folders.js';

export interface DocumentLintOutcome {
  findings: Finding[];
  failures: RuleFailure[];
  locale: Locale;
  /** Why the document was not linted at all, when it was not (shown to the user when it has a message). */
  skipped?: { reason: 'ignored' } | { reason: 'tooLarge' | 'binary' | 'refused'; message: string };
  /** The time budget ran out: the rules that did not run (shown to the user). */
  truncated?: { afterMs: number; budgetMs: number; skipped: string[] };
  /** Invalid `copydesk.rules` entries, skipped. */
  settingProblems: string[];
}

export interface DocumentLinterOptions {
  rules: readonly RuleDefinition<any>[];
  configs: ConfigStore;
  folders: WorkspaceFolders;
  /** The client's UI language (LSP `initialize` locale), used when the setting says "auto". */
  clientLocale: Locale;
  /** Cross-document data for rules (the workspace index), given the document's facts. */
  environment?: (facts: FactsFile | undefined) => LintEnvironment;
}

export class DocumentLinter {
  private readonly overrideCache = new WeakMap<ResolvedConfig, WeakMap<object, OverrideOutcome>>();

  constructor(private readonly options: DocumentLinterOptions) {}

  lint(uri: string, text: string, settings: ServerSettings): DocumentLintOutcome {
    const file = pathFromUri(uri);
    const root = file ? this.options.folders.rootFor(file) : undefined;
    const access = { trusted: settings.trusted, allowOutsideWorkspace: settings.allowConfigOutsideWorkspace };
    const { config, facts } = file ? this.options.configs.forFile(file, root, access) : { config: undefined, facts: undefined };
    const locale = resolveLocale(settings.locale, config?.locale, this.options.clientLocale);
    const overrides = this.overrides(config, settings.rules);
    const outcome = { locale, settingProblems: overrides.problems };

    if (config && file && isIgnoredByConfig(config, file)) return { ...outcome, findings: [], failures: [], skipped: { reason: 'ignored' } };
    const size = Buffer.byteLength(text, 'utf8');
    const maxFileSize = config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    if (size > maxFileSize) {
      const message = serverMessage('tooLarge', locale, { size, max: maxFileSize });
      return { ...outcome, findings: [], failures: [], skipped: { reason: 'tooLarge', message } };
    }
    // The CLI refuses such files on read; an editor hands over whatever it opened.
    const nul = text.indexOf('\0');
    if (nul !== -1) return { ...outcome, findings: [], failures: [], skipped: { reason: 'binary', message: serverMessage('binary', locale, { offset: nul }) } };
    // What the config loaded for rules (prh dictionaries…), then the cross-document data.
    const environment = { ...config?.environment, ...(this.options.environment?.(facts) ?? (facts ? { facts } : {})) };
    const timeBudgetMs = settings.lint.timeBudgetMs;
    const result = lint(text, { rules: this.options.rules, settings: overrides.settings, locale, uri, environment, timeBudgetMs });
    if (result.refused) return { ...outcome, findings: [], failures: [], skipped: { reason: 'refused', message: serverMessage('refused', locale, { reason: result.refused }) } };
    const truncated = result.truncated && { ...result.truncated, budgetMs: timeBudgetMs };
    return { ...outcome, findings: result.findings, failures: result.failures, ...(truncated && { truncated }) };
  }

  private overrides(config: ResolvedConfig | undefined, rules: Record<string, unknown>): OverrideOutcome {
    const base = config ?? NO_CONFIG;
    let byRules = this.overrideCache.get(base);
    if (!byRules) {
      byRules = new WeakMap();
      this.overrideCache.set(base, byRules);
    }
    let outcome = byRules.get(rules);
    if (!outcome) {
      outcome = applyRuleOverrides(base.settings, rules, this.options.rules);
      byRules.set(rules, outcome);
    }
    return outcome;
  }
}

const NO_CONFIG: ResolvedConfig = defaultConfig();

/** An explicit setting wins; "auto" takes the config file's `locale:`, then the editor's language. */
export function resolveLocale(setting: LocaleSetting, configLocale: Locale | undefined, clientLocale: Locale): Locale {
  if (setting === 'en' || setting === 'vi') return setting;
  return configLocale ?? clientLocale;
}
