/**
 * capitalization: the capitals of offices, bodies and titles.
 *
 * Two checks, one pass. Names on the term list (rules/data/capitalization-
 * terms.ts, extended by the `terms` option) must be written with their
 * capitals: "Bộ chính trị", "Tổng bí thư" → "Bộ Chính trị", "Tổng Bí thư".
 * And a place name after "thủ đô" / "thành phố", which houses capitalise one
 * way or the other, must be written one way in one document: the minority
 * form is reported, pointing at the majority.
 *
 * Case is compared letter by letter against the term, so the writer's tone
 * mark placement ("Ủy"/"Uỷ") is kept by the fix. The first letter of a
 * sentence or heading is capitalised whatever the term says, so it is not
 * compared; text in capitals, and Title Case headings, say nothing about
 * style and are skipped.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { Fix, ProseBlock, RuleContext, RuleReporter } from '../server/src/engine/types.js';
import { CAPITALIZATION_TERMS, CONSISTENT_HEADS, type CapitalizationTerm } from './data/capitalization-terms.js';
import { nameKey, phraseKey } from './lib/fact-text.js';
import { IdentityCache } from './lib/identity-cache.js';
import { escapeRegExp } from './lib/marker-matcher.js';
import { matchCase, withTonePlacement } from './lib/vietnamese.js';
import { groupBy } from './lib/group-by.js';

export interface CapitalizationOptions {
  /** More names, as they must be written (or `{term, notBefore}`); a name already listed is replaced. */
  terms?: Array<string | CapitalizationTerm>;
  /** Spellings to accept as written ("Chủ tịch Nước"). */
  ignore?: string[];
}

interface CompiledTerms {
  /** One expression for every term and head, case-insensitive, both tone placements. */
  pattern: RegExp;
  byKey: Map<string, CapitalizationTerm>;
  accepted: Set<string>;
}

interface HeadMention {
  start: number;
  /** The head as written ("Thủ đô") and its end. */
  head: string;
  headEnd: number;
  end: number;
  /** The place name's words, compared without case or tone placement. */
  nameWords: string[];
  text: string;
}

const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** A place name after a head: capitalised words on the same line. */
const PLACE_NAME = /[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}\p{N}]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}\p{N}]*)*)/uy;

const compiled = new IdentityCache<CompiledTerms>();

export default defineRule<CapitalizationOptions>({
  id: 'capitalization',
  description: {
    en: 'Offices, bodies and titles written with the capitals of newsroom style and Decree 30/2020 ("Bộ Chính trị", "Tổng Bí thư"), and one capitalisation per place name in a document.',
    vi: 'Viết hoa tên cơ quan, tổ chức, chức vụ theo thông lệ báo chí và Nghị định 30/2020 ("Bộ Chính trị", "Tổng Bí thư"), và viết hoa thống nhất một địa danh trong bài.',
  },
  severity: 'warning',
  fixable: true,
  tags: ['style', 'vietnamese'],
  optionsSchema: {
    type: 'object',
    properties: {
      terms: {
        type: 'array',
        description: 'More names, written as they must be; a name already on the list is replaced.',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              properties: { term: { type: 'string', minLength: 1 }, notBefore: { type: 'array', items: { type: 'string', minLength: 1 } } },
              required: ['term'],
              additionalProperties: false,
            },
          ],
        },
      },
      ignore: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Spellings accepted as written.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { terms: [], ignore: [] },
  messages: {
    term: {
      en: 'Write “{expected}”: newsroom style and Decree 30/2020 capitalise this name so, not “{actual}”',
      vi: 'Viết “{expected}”, không viết “{actual}”: tên này viết hoa như vậy theo Nghị định 30/2020 và thông lệ báo chí',
    },
    inconsistent: {
      en: '“{actual}” is capitalised unlike “{majority}” elsewhere in this document ({count}×); write “{expected}”',
      vi: '“{actual}” viết hoa khác với “{majority}” ở chỗ khác trong bài ({count} lần); viết “{expected}”',
    },
    majority: {
      en: 'Written this way here',
      vi: 'Viết như thế này ở đây',
    },
  },
  check(context, options, reporter) {
    const terms = compiled.get([options.terms ?? [], options.ignore ?? []], () => compileTerms(options));
    const blocks = new BlockFinder(context);
    const heads: HeadMention[] = [];
    for (const match of wordStartMatches(context.prose, terms.pattern)) {
      const start = match.index!;
      const written = match[0];
      const block = blocks.at(start);
      if (!block || blocks.isTitleCase(block) || isAllCaps(written)) continue;
      const sentenceStart = startsSentence(context.prose, block, start);
      if (match.groups!.head === undefined) {
        const term = terms.byKey.get(phraseKey(written));
        if (!term || terms.accepted.has(nameKey(written))) continue;
        const expected = recase(written, term.term, sentenceStart);
        if (expected === undefined || expected === written) continue;
        reporter.report({
          messageId: 'term',
          data: { expected, actual: written },
          start,
          end: start + written.length,
          fix: minimalFix(start, written, expected, context.locale),
        });
      } else if (!sentenceStart) {
        const mention = readHeadMention(context.prose, start, written);
        if (mention && !terms.accepted.has(nameKey(mention.text))) heads.push(mention);
      }
    }
    for (const group of groupByPlace(heads)) reportMinority(group, context, reporter);
  },
});

function compileTerms(options: CapitalizationOptions): CompiledTerms {
  const byKey = new Map<string, CapitalizationTerm>();
  for (const term of CAPITALIZATION_TERMS) byKey.set(phraseKey(term.term), term);
  for (const extra of options.terms ?? []) {
    const term = typeof extra === 'string' ? { term: extra } : extra;
    byKey.set(phraseKey(term.term), term);
  }
  // Longest first, so "Ủy viên Bộ Chính trị" is read whole before "Bộ Chính trị".
  const termSources = [...byKey.values()]
    .sort((a, b) => b.term.length - a.term.length)
    .map((term) => phraseSource(term.term) + notBeforeSource(term.notBefore));
  const headSources = CONSISTENT_HEADS.map(phraseSource);
  // No lookbehind in front (see wordStartMatches): that alone made the scan three times slower.
  const source = `(?:(?<term>${termSources.join('|')})|(?<head>${headSources.join('|')}))${NOT_BEFORE_LETTER}`;
  return {
    pattern: new RegExp(source, 'giu'),
    byKey,
    accepted: new Set((options.ignore ?? []).map(nameKey)),
  };
}

/**
 * The matches of `pattern` (global, sticky-free) that start a word: what a
 * leading `(?<![\p{L}\p{M}\p{N}])` would give, but V8 then tries the
 * lookbehind at every position of the text before the phrases' first
 * letters. A match that starts inside a word is skipped, and the search
 * goes on from the next character, so a phrase that starts inside it is
 * still found.
 */
function* wordStartMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const twoBefore = text.slice(Math.max(0, start - 2), start);
    const before = /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(twoBefore) ? twoBefore : twoBefore.slice(-1);
    if (LETTER_MARK_OR_DIGIT.test(before)) {
      pattern.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
      continue;
    }
    yield match;
  }
}

/** A phrase's words, each in both tone-mark placements, with any run of spaces between them. */
function phraseSource(phrase: string): string {
  return phrase
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const forms = new Set([word, withTonePlacement(word, 'o-u'), withTonePlacement(word, 'a-e-y')].map((form) => form.toLocaleLowerCase('vi')));
      return forms.size === 1 ? escapeRegExp([...forms][0]) : `(?:${[...forms].map(escapeRegExp).join('|')})`;
    })
    .join('\\s+');
}

function notBeforeSource(words: readonly string[] | undefined): string {
  if (!words || words.length === 0) return '';
  return `(?!\\s+(?:${words.map(phraseSource).join('|')})${NOT_BEFORE_LETTER})`;
}

/**
 * `written` with the capitals of `model`, letter by letter, word by word;
 * at the start of a sentence the first letter stays a capital. Undefined when
 * the words do not line up (then the text is not compared).
 */
function recase(written: string, model: string, sentenceStart: boolean): string | undefined {
  const modelWords = model.normalize('NFC').split(/\s+/).filter(Boolean);
  const parts = written.split(/(\s+)/);
  const words = parts.filter((_, index) => index % 2 === 0);
  if (words.length !== modelWords.length || words.some((word, index) => word.length !== modelWords[index].length)) return undefined;
  let wordIndex = 0;
  const out = parts.map((part, index) => (index % 2 === 1 ? part : matchCase(modelWords[wordIndex++], part)));
  if (sentenceStart && /^\p{Lu}/u.test(written)) out[0] = written[0] + out[0].slice(1);
  return out.join('');
}

/** One edit over the letters that change, so the fix touches nothing else. */
function minimalFix(start: number, written: string, expected: string, locale: string): Fix {
  let first = 0;
  while (written[first] === expected[first]) first++;
  let last = written.length - 1;
  while (written[last] === expected[last]) last--;
  return {
    title: locale === 'vi' ? `Viết “${expected}”` : `Write “${expected}”`,
    edits: [{ start: start + first, end: start + last + 1, text: expected.slice(first, last + 1) }],
  };
}

function readHeadMention(prose: string, start: number, head: string): HeadMention | undefined {
  PLACE_NAME.lastIndex = start + head.length;
  const name = PLACE_NAME.exec(prose);
  if (!name) return undefined;
  const end = PLACE_NAME.lastIndex;
  return { start, head, headEnd: start + head.length, end, nameWords: phraseKey(name[1]).split(' '), text: prose.slice(start, end) };
}

/**
 * Mentions of one place: "thành phố Hà Nội" and "thành phố Hà Nội Nguyễn Đức
 * Chung" (a name running on into a person's) are one place, because the
 * shorter name starts the longer; "Hà Nội" and "Hà Tĩnh" are two.
 */
function groupByPlace(mentions: readonly HeadMention[]): HeadMention[][] {
  const headKey = (mention: HeadMention) => phraseKey(mention.head);
  const byLength = [...mentions].sort((a, b) => a.nameWords.length - b.nameWords.length);
  const groups: Array<{ head: string; name: string[]; members: HeadMention[] }> = [];
  for (const mention of byLength) {
    const group = groups.find(
      (candidate) => candidate.head === headKey(mention) && candidate.name.every((word, index) => mention.nameWords[index] === word),
    );
    if (group) group.members.push(mention);
    else groups.push({ head: headKey(mention), name: mention.nameWords, members: [mention] });
  }
  return groups.map((group) => group.members.sort((a, b) => a.start - b.start));
}

/** The capitals of the head ("Xx xx"), which is all that can differ within one place's mentions. */
function signature(head: string): string {
  return [...head].map((char) => (char === char.toLocaleLowerCase('vi') ? (/\s/.test(char) ? ' ' : 'x') : 'X')).join('');
}

function reportMinority(mentions: readonly HeadMention[], context: RuleContext, reporter: RuleReporter): void {
  const counts = groupBy(mentions, (mention) => signature(mention.head));
  if (counts.size < 2) return;
  // The most frequent capitalisation wins; a tie goes to the one used first (Map keeps insertion order).
  const [, majority] = [...counts].reduce((best, entry) => (entry[1].length > best[1].length ? entry : best));
  // Quote the majority with its shortest name ("thành phố Hà Nội", not "… Hà Nội Nguyễn Văn Bình").
  const model = majority.reduce((best, mention) => (mention.nameWords.length < best.nameWords.length ? mention : best));
  for (const mention of mentions) {
    if (signature(mention.head) === signature(model.head)) continue;
    const head = matchCase(model.head, mention.head);
    const expected = head + mention.text.slice(mention.head.length);
    reporter.report({
      messageId: 'inconsistent',
      data: { actual: mention.text, majority: model.text, count: majority.length, expected },
      start: mention.start,
      end: mention.end,
      fix: minimalFix(mention.start, mention.head, head, context.locale),
      related: majority.slice(0, 3).map((other) => ({ start: other.start, end: other.end, messageId: 'majority' })),
    });
  }
}

/**
 * The block holding an offset, for matches that come in document order; and
 * whether a heading is in Title Case ("Tổng Bí Thư Thăm Cuba"), where every
 * word is capitalised and capitals say nothing about a name.
 */
class BlockFinder {
  private readonly blocks: readonly ProseBlock[];
  private index = 0;
  private readonly titleCase = new Map<ProseBlock, boolean>();

  constructor(context: RuleContext) {
    this.blocks = [...context.blocks].sort((a, b) => a.start - b.start);
  }

  at(offset: number): ProseBlock | undefined {
    while (this.index < this.blocks.length && this.blocks[this.index].end <= offset) this.index++;
    const block = this.blocks[this.index];
    return block && block.start <= offset ? block : undefined;
  }

  isTitleCase(block: ProseBlock): boolean {
    if (block.type !== 'heading') return false;
    let known = this.titleCase.get(block);
    if (known === undefined) {
      const words = block.text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
      const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
      known = words.length >= 3 && capitalised / words.length >= 0.75;
      this.titleCase.set(block, known);
    }
    return known;
  }
}

/**
 * True when nothing but Markdown syntax, brackets or dashes stands between
 * `offset` and the start of the block, the end of a sentence (". ", "! ",
 * "? ", "…", ": ") or an opening quote (quoted speech starts with a capital).
 */
function startsSentence(prose: string, block: ProseBlock, offset: number): boolean {
  // Only the text just before the match decides, so look at a bounded window:
  // slicing from the block start made a long one-paragraph paste quadratic.
  const windowStart = Math.max(block.start, offset - SENTENCE_WINDOW);
  const atBlockStart = windowStart === block.start;
  let before = prose.slice(windowStart, offset);
  if (atBlockStart) before = before.replace(/^[\s#>|]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?/, '');
  before = before.replace(/[\s*_]+$/, '');
  if (/[“«‘"']$/.test(before)) return true;
  const bare = before.replace(/[\s"“”‘’'«»()[\]*_–—-]+$/u, '');
  return (bare === '' && atBlockStart) || /[.!?…:]$/.test(bare);
}

const SENTENCE_WINDOW = 160;

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toLocaleUpperCase('vi');
}
