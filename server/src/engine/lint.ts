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
import { parseDocument } from './parse.js';
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
  const parsed = parseDocument(source);
  const lines = new LineIndex(source);
  const locale = options.locale ?? 'en';
  const control = new InlineControl(parsed.mdast, source, lines);
  const sharedValues = new Map<string, unknown>();
  const nlcstCache = new Map<ProseBlock, NlcstRoot>();
  let vfile: VFile | undefined;

  const context: RuleContext = {
    source,
    prose: parsed.prose,
    mdast: parsed.mdast,
    blocks: parsed.blocks,
    frontMatter: parsed.frontMatter,
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
  for (const rule of options.rules) {
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
        if (control.isDisabled(rule.id, report.start)) return;
        findings.push(toFinding(rule, severity, report, context));
      },
    };
    try {
      rule.check(context, ruleOptions, reporter);
    } catch (error) {
      failures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return truncated ? { findings, failures, truncated } : { findings, failures };
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
