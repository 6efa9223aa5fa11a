/**
 * The engine's entry point: one document in, findings out. Parses once, then
 * hands every enabled rule the same context.
 */
import type { Root as NlcstRoot } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseLatin } from 'parse-latin';
import { VFile } from 'vfile';
import { InlineControl } from './inline-control.js';
import { inputRefusal } from './limits.js';
import { LineIndex } from './line-index.js';
import { formatMessage } from './messages.js';
import { parseDocument, type ParsedDocument } from './parse.js';
import { ruleUrl } from './rule.js';
import type {
  Finding,
  Fix,
  LintEnvironment,
  Locale,
  ProseBlock,
  Report,
  RuleContext,
  RuleDefinition,
  RuleSetting,
} from './types.js';

export interface LintOptions {
  rules: readonly RuleDefinition<any>[];
  /** Effective setting per rule id; a rule with no entry runs with its defaults. */
  settings?: ReadonlyMap<string, RuleSetting>;
  locale?: Locale;
  uri?: string;
  environment?: LintEnvironment;
  /**
   * Wall-clock milliseconds the lint may take, parse included. Rules run in
   * order; once the budget is spent the rules not yet run are skipped and
   * named in `LintResult.truncated`. A rule already running is not
   * interrupted (rules are synchronous), so a lint can overrun by one rule.
   * Undefined or 0: no budget.
   */
  timeBudgetMs?: number;
  /**
   * Which part of the rules to run: `document` runs every rule's `check`,
   * `workspace` only the `checkWorkspace` of cross-document rules; unset, both
   * (the language server). A shell that lints a whole archive runs
   * `document` over every file, indexes the facts each lint extracted (see
   * `afterRules`), then `workspace` with those facts, so no file is parsed twice.
   */
  pass?: 'document' | 'workspace';
  /** Values for `context.shared` already known, e.g. the facts a `document` pass extracted. */
  facts?: ReadonlyMap<string, unknown>;
  /** Called with the context once the rules have run: a shell may read more of the same parse (facts to index). */
  afterRules?: (context: RuleContext) => void;
}

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface LintResult {
  findings: Finding[];
  /** Rules that threw: reported, never fatal, so the other rules still run. */
  failures: RuleFailure[];
  /** Set when the document was not linted at all, with the reason (see limits.ts). */
  refused?: string;
  /** Set when the time budget ran out: how long the lint had taken and the rules it skipped. */
  truncated?: LintTruncation;
}

export interface LintTruncation {
  afterMs: number;
  skipped: string[];
}

export function lint(source: string, options: LintOptions): LintResult {
  const startedAt = performance.now();
  const refused = inputRefusal(source);
  if (refused) return { findings: [], failures: [], refused };
  // The parse is made on first use: a `workspace` pass over known facts never needs it.
  let parsed: ParsedDocument | undefined;
  const parse = () => (parsed ??= parseDocument(source));
  const lines = new LineIndex(source);
  const locale = options.locale ?? 'en';
  // No control comment can be there without its prefix: then no tree walk (asked once, not per report).
  let control: InlineControl | null | undefined;
  const isDisabled = (ruleId: string, offset: number) => {
    control ??= source.includes('copydesk-') ? new InlineControl(parse().mdast, source, lines) : null;
    return control !== null && control.isDisabled(ruleId, offset);
  };
  const sharedValues = new Map<string, unknown>(options.facts ?? []);
  const nlcstCache = new Map<ProseBlock, NlcstRoot>();
  let vfile: VFile | undefined;

  const context: RuleContext = {
    source,
    get prose() {
      return parse().prose;
    },
    get mdast() {
      return parse().mdast;
    },
    get blocks() {
      return parse().blocks;
    },
    get frontMatter() {
      return parse().frontMatter;
    },
    lines,
    locale,
    uri: options.uri,
    environment: options.environment ?? {},
    nlcst(block) {
      let tree = nlcstCache.get(block);
      if (!tree) {
        vfile ??= new VFile({ value: source });
        tree = toNlcst(block.node, vfile, ParseLatin) as NlcstRoot;
        nlcstCache.set(block, tree);
      }
      return tree;
    },
    shared<T>(key: string, compute: () => T): T {
      if (!sharedValues.has(key)) sharedValues.set(key, compute());
      return sharedValues.get(key) as T;
    },
  };

  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  let truncated: LintTruncation | undefined;
  const runCheck = options.pass !== 'workspace';
  const runWorkspace = options.pass !== 'document';
  for (const rule of options.rules) {
    if (!runCheck && !rule.checkWorkspace) continue;
    const setting = options.settings?.get(rule.id);
    const severity = setting?.severity ?? rule.severity;
    if (severity === 'off') continue;
    if (!truncated && options.timeBudgetMs) {
      const elapsed = performance.now() - startedAt;
      if (elapsed >= options.timeBudgetMs) truncated = { afterMs: Math.round(elapsed), skipped: [] };
    }
    if (truncated) {
      truncated.skipped.push(rule.id);
      continue;
    }
    const ruleOptions = { ...rule.defaultOptions, ...(setting?.options ?? {}) };
    const reporter = {
      report(report: Report) {
        if (isDisabled(rule.id, report.start)) return;
        findings.push(toFinding(rule, severity, report, context));
      },
    };
    try {
      if (runCheck) rule.check(context, ruleOptions, reporter);
      if (runWorkspace) rule.checkWorkspace?.(context, ruleOptions, reporter);
    } catch (error) {
      failures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  options.afterRules?.(context);
  findings.sort(byPosition);
  return truncated ? { findings, failures, truncated } : { findings, failures };
}

/** The order of findings in a result: by range, then rule (stable, so a rule's reports keep their order). */
export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}

function toFinding(rule: RuleDefinition<any>, severity: Finding['severity'], report: Report, context: RuleContext): Finding {
  const text = rule.messages[report.messageId];
  if (!text) throw new Error(`rule ${rule.id} reported unknown message id "${report.messageId}"`);
  const offered: Fix[] = report.fix === undefined ? [] : Array.isArray(report.fix) ? report.fix : [report.fix];
  const fixes = context.source.startsWith(BOM) ? offered.map(keepBom) : offered;
  if (fixes.length > 0 && !rule.fixable) throw new Error(`rule ${rule.id} offered a fix but is not marked fixable`);
  return {
    ruleId: rule.id,
    messageId: report.messageId,
    severity,
    message: formatMessage(text, context.locale, report.data),
    start: report.start,
    end: report.end,
    range: context.lines.range(report.start, report.end),
    fixes,
    related: (report.related ?? []).map((related) => {
      const relatedText = related.messageId ? rule.messages[related.messageId] : undefined;
      return {
        uri: related.uri,
        start: related.start,
        end: related.end,
        range: related.range ?? (related.uri === undefined ? context.lines.range(related.start, related.end) : undefined),
        message: relatedText ? formatMessage(relatedText, context.locale, related.data) : (related.message ?? ''),
      };
    }),
    url: ruleUrl(rule.id),
  };
}

const BOM = '\uFEFF';

/** A byte-order mark is not text: no fix may delete or replace it (rules see line starts at 0). */
function keepBom(fix: Fix): Fix {
  if (!fix.edits.some((edit) => edit.start === 0 && edit.end > 0)) return fix;
  return { ...fix, edits: fix.edits.map((edit) => (edit.start === 0 && edit.end > 0 ? { ...edit, start: 1 } : edit)) };
}
