/**
 * The engine's contract: what a rule receives, what it reports, and what the
 * shells (CLI, language server) get back. Nothing here knows about editors or
 * the file system.
 */
import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { LineIndex } from './line-index.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Locale = 'en' | 'vi';

/** A message in every locale Copydesk speaks; `{name}` placeholders are filled from report data. */
export interface LocalizedText {
  en: string;
  vi: string;
}

/** One replacement of the UTF-16 range [start, end) of the source by `text` ('' deletes). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** Short label for the quick fix ("Write 27/9"). */
  title: string;
  edits: TextEdit[];
}

/** 1-based line and column (column counts UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Another place a finding points at: in the same document (no uri) or in another one. */
export interface RelatedLocation {
  uri?: string;
  start: number;
  end: number;
  /** Filled by the engine for same-document locations; given by the rule for other documents. */
  range?: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  range: Range;
  fixes: Fix[];
  related: RelatedLocation[];
  url: string;
}

/** What a rule hands to `context.report`. Offsets are UTF-16 offsets into `context.source`. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  fix?: Fix | Fix[];
  related?: Array<Omit<RelatedLocation, 'message'> & { messageId?: string; message?: string; data?: Record<string, string | number> }>;
}

/** A block of prose (paragraph, heading, table cell, list item paragraph) with its source span. */
export interface ProseBlock {
  type: 'heading' | 'paragraph' | 'tableCell' | 'html';
  /** Heading depth, 0 for other blocks. */
  depth: number;
  start: number;
  end: number;
  /** The block's text as it stands in `context.prose` (same offsets as the source). */
  text: string;
  /** The mdast node, for rules that need structure. */
  node: import('mdast').Nodes;
}

export interface FrontMatter {
  /** The parsed YAML, or undefined when the block is missing or malformed. */
  data: Record<string, unknown> | undefined;
  start: number;
  end: number;
  /** Why the YAML could not be read, if it could not. */
  error?: string;
}

/** Everything a rule may read. Computed once per lint and shared by all rules. */
export interface RuleContext {
  /** The document as given (BOM, CRLF and all). */
  readonly source: string;
  /**
   * The source with everything that is not prose (code, inline code, HTML,
   * URLs, link destinations, front matter) replaced by spaces, newlines kept:
   * the same length and offsets as `source`, so a regular expression over it
   * yields exact ranges and never matches inside code.
   */
  readonly prose: string;
  readonly mdast: MdastRoot;
  readonly blocks: readonly ProseBlock[];
  readonly frontMatter: FrontMatter | undefined;
  readonly lines: LineIndex;
  readonly locale: Locale;
  /** The document's URI or path, for messages only; rules never read files. */
  readonly uri: string | undefined;
  /** nlcst (retext) tree of one block, built on first request and cached. */
  nlcst(block: ProseBlock): NlcstRoot;
  /** A value computed once per document and shared by rules (e.g. extracted dates). */
  shared<T>(key: string, compute: () => T): T;
  /** Data the shell passes to rules (facts file, index of other documents). */
  readonly environment: LintEnvironment;
}

/** Per-lint data that rules may consult; every field is optional. */
export interface LintEnvironment {
  [key: string]: unknown;
}

export interface RuleReporter {
  report(report: Report): void;
}

export type JsonSchema = Record<string, unknown>;

export interface FileOption {
  option: string;
  environmentKey: string;
  /** Parses one named file; `read` reads it or a file it imports (absolute paths). Throws on bad content. */
  load(file: string, read: (file: string) => string): unknown;
}

export interface RuleDefinition<Options extends object = Record<string, unknown>> {
  /** Stable kebab-case id; never renamed or reused. */
  id: string;
  description: LocalizedText;
  severity: Severity;
  /** True when the rule offers fixes that are safe to apply without reading them. */
  fixable: boolean;
  /** JSON Schema of the options object (additionalProperties: false). */
  optionsSchema: JsonSchema;
  defaultOptions: Options;
  messages: Record<string, LocalizedText>;
  /** Tags for the docs ("style", "facts", "vietnamese"). */
  tags?: string[];
  /**
   * Options that name files (paths relative to the config file that sets
   * them, kept inside the workspace). Rules never read files: the config
   * loader reads them with `load` and hands the results, in option order, to
   * the rule as `context.environment[environmentKey]`.
   */
  fileOptions?: FileOption[];
  check(context: RuleContext, options: Options, reporter: RuleReporter): void;
  /**
   * The part of a cross-document rule that compares this document with the
   * others (`context.environment.workspace`). It reads the document only
   * through its fact values (`context.shared`), `source`, `lines` and `uri`,
   * never the parse: so a shell that lints every file first and indexes the
   * facts each lint extracted can run this afterwards with those facts
   * (`LintOptions.facts`) and no second parse (the CLI; see
   * `LintOptions.pass`). The language server runs `check` and then this in
   * one lint.
   */
  checkWorkspace?(context: RuleContext, options: Options, reporter: RuleReporter): void;
}

/** A rule's effective setting after configuration. */
export interface RuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}
