/**
 * headline-consistency: the front-matter title, the H1 and the headline-like
 * lines that repeat them (a caption, a subhead, an H2) say the same thing in
 * the same words.
 *
 * The canonical title is the front-matter `title`, else the H1. An H1 that
 * differs from the front-matter title in any way is reported. A body line is
 * only compared when it looks like a headline — a heading, or a one-line
 * paragraph of its own that does not end with a full stop — and is reported
 * when it is a near-variant: the same words with other capitals, or one to a
 * few words added, dropped or changed. Exact repeats (boilerplate, the
 * business of `boilerplate`), repeats with a credit after a separator
 * ("… - Ảnh 1"), lines that differ in a number (another day's report) and
 * lines that share little with the title are left alone.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { Nodes, Parent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Fix, ProseBlock, RuleContext, RuleReporter } from '../server/src/engine/types.js';
import { tokenize, type Token } from './lib/tokens.js';

/** Near enough to be the same headline: at most this share of words differs… */
const MAX_CHANGED_SHARE = 0.25;
/** Shorter titles ("Tin nóng") match too much by chance. */
const MIN_WORDS = 4;
/** Longer lines are prose, not headlines. */
const MAX_WORDS = 40;
/** A credit or label set off from a repeated title: "… - Ảnh 1", "… (Video)", "Ảnh: …", "… | Dân trí". */
const SEPARATOR = /^[-–—|:(/]$/u;
/** Markdown syntax that a plain-text rewrite of the line would destroy. */
const MARKUP = /[*_`[\]<>\\]/u;

interface Headline {
  /** Where the visible text is: the span a fix replaces. */
  start: number;
  end: number;
  /** The visible text, as written. */
  text: string;
  words: Token[];
  /** Punctuation and words, to find separators between a title and a credit. */
  tokens: Token[];
  /** Safe to replace as plain text (no inline Markdown in it). */
  plain: boolean;
  /** Letters all capitals: a typographic choice, not a capitalisation variant. */
  allCaps: boolean;
}

/**
 * same: the same words (an exact repeat, another case in all capitals, or a
 * credit after a separator); capitalisation: the same words, other capitals;
 * near: a few words added, dropped or changed; subhead: the title without its
 * opening words, which reads as a section head naming the topic; numbers: a
 * near line with other numbers, another day's or place's report; different.
 */
type Likeness = 'same' | 'capitalisation' | 'near' | 'subhead' | 'numbers' | 'different';

export interface HeadlineConsistencyOptions {
  /** At most this many words added, dropped or changed, however long the title. */
  maxChangedWords: number;
}

export default defineRule<HeadlineConsistencyOptions>({
  id: 'headline-consistency',
  description: {
    en: 'The front-matter title, the H1 and headline-like lines that repeat them agree word for word.',
    vi: 'Tiêu đề trong front matter, tiêu đề H1 và các dòng nhắc lại tiêu đề phải giống hệt nhau.',
  },
  severity: 'warning',
  fixable: true,
  tags: ['style'],
  optionsSchema: {
    type: 'object',
    properties: {
      maxChangedWords: {
        type: 'integer',
        minimum: 1,
        maximum: 10,
        description: 'How many words a line may add, drop or change and still count as a variant of the title (never more than a quarter of its words).',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { maxChangedWords: 4 },
  messages: {
    variant: {
      en: 'Headline "{found}" is a variant of the title — write "{title}"',
      vi: 'Dòng tiêu đề "{found}" là biến thể của tiêu đề bài — hãy viết "{title}"',
    },
    capitalisation: {
      en: 'Headline "{found}" capitalises the title differently — write "{title}"',
      vi: 'Dòng tiêu đề "{found}" viết hoa khác tiêu đề bài — hãy viết "{title}"',
    },
    variantUnsettled: {
      en: 'Headline "{found}" is a variant of the headline "{title}", and no front-matter title says which is right — make the two the same',
      vi: 'Dòng tiêu đề "{found}" là biến thể của tiêu đề "{title}", và bài không có tiêu đề trong front matter để biết bản nào đúng — hãy thống nhất hai dòng',
    },
    h1Variant: {
      en: 'The H1 "{found}" differs from the front-matter title — write "{title}"',
      vi: 'Tiêu đề H1 "{found}" khác tiêu đề trong front matter — hãy viết "{title}"',
    },
    h1Differs: {
      en: 'The H1 "{found}" is not the front-matter title "{title}" — make the two the same',
      vi: 'Tiêu đề H1 "{found}" không giống tiêu đề trong front matter "{title}" — hãy thống nhất hai tiêu đề',
    },
    canonical: {
      en: 'The title is written here',
      vi: 'Tiêu đề được viết ở đây',
    },
    otherVariant: {
      en: 'The other headline is written here',
      vi: 'Dòng tiêu đề kia được viết ở đây',
    },
  },
  check(context, options, reporter) {
    const compare = (line: Headline, title: Headline) => likeness(line, title, options.maxChangedWords);
    const h1s = context.blocks.filter((block) => block.type === 'heading' && block.depth === 1).map((block) => headlineOf(context, block));
    const title = frontMatterTitle(context);

    let canonical: Headline | undefined;
    let settled = true;
    if (title) {
      canonical = title;
      for (const h1 of h1s) if (h1) checkH1(reporter, compare(h1, title), h1, title);
    } else {
      canonical = h1s[0];
      // Two H1s that are variants of each other and no front matter: nothing
      // says which one is the title, so neither is rewritten.
      settled = !canonical || h1s.slice(1).every((h1) => !h1 || !isVariant(compare(h1, canonical!)));
    }
    if (!canonical || canonical.words.length < MIN_WORDS) return;

    let listParagraphs: Set<Nodes> | undefined;
    const inList = (node: Nodes) => (listParagraphs ??= listParagraphsOf(context)).has(node);
    let titleWords: TitleWords | undefined | null = null;
    for (const block of context.blocks) {
      if (block.type === 'heading' && block.depth === 1 && title) continue; // checked against the title above
      // The layout tests come before the words are read: most paragraphs are
      // sentences, and tokenizing every one-line paragraph was most of this
      // rule's time.
      const span = lineSpanOf(context, block);
      if (!span || span.start === canonical.start || !placedLikeHeadline(block, span, inList)) continue;
      if (titleWords === null) titleWords = wordsToShare(canonical, options.maxChangedWords);
      if (titleWords && !mayShareEnough(span.visible, titleWords)) continue;
      const line = headline(span.start, span.end, span.visible, span.source);
      if (!line || line.words.length > MAX_WORDS) continue;
      const kind = compare(line, canonical);
      if (!isVariant(kind)) continue;
      const messageId = !settled ? 'variantUnsettled' : kind === 'capitalisation' ? 'capitalisation' : 'variant';
      report(reporter, line, canonical, messageId, settled);
    }
  },
});

function checkH1(reporter: RuleReporter, kind: Likeness, h1: Headline, title: Headline): void {
  if (kind === 'same' && h1.text.normalize('NFC') === title.text.normalize('NFC')) return;
  // Punctuation, capitals, a few words, or the title cut short or run on: the
  // H1 is a variant to rewrite. Anything more (or other numbers) may be a
  // deliberate second headline: the writer decides.
  const near = kind === 'same' || kind === 'capitalisation' || kind === 'near' || kind === 'subhead' || runsOn(h1, title) || runsOn(title, h1);
  report(reporter, h1, title, near ? 'h1Variant' : 'h1Differs', near);
}

/** `longer` starts with all of `shorter`'s words: "… và hợp tác cùng có lợi" after "… và hợp tác". */
function runsOn(longer: Headline, shorter: Headline): boolean {
  return shorter.words.length >= MIN_WORDS && shorter.words.length < longer.words.length && shorter.words.every((word, index) => word.lower === longer.words[index].lower);
}

function report(reporter: RuleReporter, line: Headline, canonical: Headline, messageId: string, fixable: boolean): void {
  const fix: Fix | undefined =
    fixable && line.plain && canonical.plain ? { title: `Write "${canonical.text}"`, edits: [{ start: line.start, end: line.end, text: canonical.text }] } : undefined;
  reporter.report({
    messageId,
    data: { found: line.text, title: canonical.text },
    start: line.start,
    end: line.end,
    fix,
    related: [{ start: canonical.start, end: canonical.end, messageId: messageId === 'variantUnsettled' ? 'otherVariant' : 'canonical' }],
  });
}

function isVariant(kind: Likeness): boolean {
  return kind === 'capitalisation' || kind === 'near';
}

/** How `line` compares with `title`, word by word (NFC, lower case, punctuation ignored). */
function likeness(line: Headline, title: Headline, maxChangedWords: number): Likeness {
  const a = line.words.map((word) => word.lower);
  const b = title.words.map((word) => word.lower);
  if (a.join(' ') === b.join(' ')) {
    const sameCase = line.words.every((word, index) => word.text === title.words[index].text);
    return sameCase || line.allCaps || title.allCaps ? 'same' : 'capitalisation';
  }
  if (Math.min(a.length, b.length) < MIN_WORDS || Math.abs(a.length - b.length) > maxChangedWords) return 'different';
  const changed = wordEditDistance(a, b);
  if (changed > maxChangedWords || changed > MAX_CHANGED_SHARE * Math.max(a.length, b.length)) return 'different';
  if (repeatsWithCredit(line, title) || repeatsWithCredit(title, line)) return 'same';
  if (a.length < b.length && a.every((word, index) => word === b[b.length - a.length + index])) return 'subhead';
  // "Giá vàng ngày 27/9" against "Giá vàng ngày 28/9" is another day's report, not a typo.
  if (numbersOf(a) !== numbersOf(b)) return 'numbers';
  return 'near';
}

/**
 * `longer` is `shorter` word for word plus a label or credit set off by a
 * separator: "Tiêu đề - Ảnh 1", "Tiêu đề (Video)", "Ảnh: Tiêu đề".
 */
function repeatsWithCredit(longer: Headline, shorter: Headline): boolean {
  const words = shorter.words.map((word) => word.lower);
  const all = longer.words.map((word) => word.lower);
  if (all.length <= words.length) return false;
  const startsWith = words.every((word, index) => all[index] === word);
  if (startsWith && separatedAt(longer, longer.words[words.length - 1], longer.words[words.length])) return true;
  const offset = all.length - words.length;
  const endsWith = words.every((word, index) => all[offset + index] === word);
  return endsWith && separatedAt(longer, longer.words[offset - 1], longer.words[offset]);
}

function separatedAt(line: Headline, before: Token, after: Token): boolean {
  return line.tokens.some((token) => token.start >= before.end && token.end <= after.start && SEPARATOR.test(token.text));
}

function numbersOf(words: readonly string[]): string {
  return words.filter((word) => /\p{N}/u.test(word)).sort().join(' ');
}

/** Levenshtein distance over words: how many words to add, drop or change. */
function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * A heading, or a one-line paragraph of its own that reads like a headline:
 * not in a list (related links), not a lone link, no final full stop (a
 * sentence). (Not too long either: see MAX_WORDS, checked once the words are read.)
 */
function placedLikeHeadline(block: ProseBlock, span: LineSpan, inList: (node: Nodes) => boolean): boolean {
  if (block.type === 'heading') return true;
  if (block.type !== 'paragraph') return false;
  if (meaningful(block.node as Parent).every((child) => child.type === 'link' || child.type === 'linkReference')) return false;
  // A final full stop, as the trimmed text would show it (no copy of every line).
  if (/(?<!\.)\.\s*$/u.test(span.visible)) return false;
  // A long paragraph is prose: count its words roughly before tokenizing it
  // (most unpunctuated one-line paragraphs of an archive are long ones).
  // The list test walks the whole tree, so it comes last, once per document.
  return !moreWordsThan(span.visible, MAX_WORDS) && !inList(block.node);
}

/** The title's words (lower case) with how often each occurs, and how many of them a variant must repeat. */
interface TitleWords {
  counts: Map<string, number>;
  needed: number;
}

/**
 * A variant changes at most `maxChangedWords` words, and at most a quarter
 * of the longer line's (which has at most `maxChangedWords` words more than
 * the title), so it repeats at least `needed` of the title's words. Undefined
 * when a word's lower case may depend on the text around it (Greek final
 * sigma), where a substring test could not stand for a word comparison.
 */
function wordsToShare(title: Headline, maxChangedWords: number): TitleWords | undefined {
  const counts = new Map<string, number>();
  for (const word of title.words) counts.set(word.lower, (counts.get(word.lower) ?? 0) + 1);
  if ([...counts.keys()].some((word) => /[σς]/u.test(word))) return undefined;
  const words = title.words.length;
  return { counts, needed: words - Math.min(maxChangedWords, MAX_CHANGED_SHARE * (words + maxChangedWords)) };
}

/**
 * Whether the line may repeat enough of the title's words: the title words
 * found anywhere in its lower-case text, counted as often as the title has
 * them, are at least as many as a variant repeats. Cheaper than reading the
 * line's words, and most headline-like lines share little with the title.
 */
function mayShareEnough(visible: string, title: TitleWords): boolean {
  const lower = visible.normalize('NFC').toLowerCase();
  let found = 0;
  for (const [word, count] of title.counts) if (lower.includes(word)) found += count;
  return found >= title.needed;
}

/**
 * True when `text` has more than `limit` words for sure: each blank-separated
 * run that starts with a letter or digit holds at least one word token.
 */
function moreWordsThan(text: string, limit: number): boolean {
  let count = 0;
  for (const _ of text.matchAll(/(?<!\S)[\p{L}\p{N}]/gu)) if (++count > limit) return true;
  return false;
}

/** Paragraphs inside list items: related-links lists, never a repeated headline. */
function listParagraphsOf(context: RuleContext): Set<Nodes> {
  const found = new Set<Nodes>();
  visit(context.mdast, 'listItem', (item) => {
    for (const child of item.children) if (child.type === 'paragraph') found.add(child);
  });
  return found;
}

/** Where a one-line block's visible text is, as written and as prose. */
interface LineSpan {
  start: number;
  end: number;
  visible: string;
  source: string;
}

/**
 * The visible text of a one-line heading or paragraph, or undefined for
 * longer blocks: the span of its inline content, inside emphasis that wraps
 * the whole line ("**Tiêu đề**", a bold subhead).
 */
function headlineOf(context: RuleContext, block: ProseBlock): Headline | undefined {
  const span = lineSpanOf(context, block);
  return span && headline(span.start, span.end, span.visible, span.source);
}

function lineSpanOf(context: RuleContext, block: ProseBlock): LineSpan | undefined {
  if (block.type !== 'heading' && block.type !== 'paragraph') return undefined;
  if (context.source.slice(block.start, block.end).includes('\n')) return undefined;
  // Comments ("Tiêu đề <!-- ghi chú -->") and blanks around the text are not
  // part of it; emphasis wrapping the whole line ("**Tiêu đề**") is unwrapped.
  let children = meaningful(block.node as Parent);
  while (children.length === 1 && (children[0].type === 'emphasis' || children[0].type === 'strong')) {
    children = meaningful(children[0] as Parent);
  }
  let start = children[0]?.position?.start.offset;
  let end = children[children.length - 1]?.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  while (start < end && /\s/u.test(context.source[start])) start++;
  while (end > start && /\s/u.test(context.source[end - 1])) end--;
  if (end <= start) return undefined;
  return { start, end, visible: context.prose.slice(start, end), source: context.source.slice(start, end) };
}

function meaningful(parent: Parent): Nodes[] {
  return parent.children.filter((child) => child.type !== 'html' && !(child.type === 'text' && child.value.trim() === '')) as Nodes[];
}

function headline(start: number, end: number, visible: string, source: string): Headline | undefined {
  const tokens = tokenize(visible.normalize('NFC'));
  const words = tokens.filter((token) => token.kind !== 'punct');
  if (words.length === 0) return undefined;
  const letters = visible.replace(/[^\p{L}]/gu, '');
  return {
    start,
    end,
    text: headlineText(visible),
    words,
    tokens,
    // Masked spans (links, code) show as runs of spaces in the prose: not plain.
    plain: visible === source && !MARKUP.test(source),
    allCaps: letters.length > 1 && letters === letters.toLocaleUpperCase('vi'),
  };
}

function headlineText(visible: string): string {
  return visible.replace(/\s+/gu, ' ').trim();
}

/** The front-matter `title`, with the span of its value for `related`. */
function frontMatterTitle(context: RuleContext): Headline | undefined {
  const frontMatter = context.frontMatter;
  const value = frontMatter?.data?.title;
  if (!frontMatter || typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.replace(/\s+/gu, ' ').trim();
  const block = context.source.slice(frontMatter.start, frontMatter.end);
  const line = /^title:[ \t]*(["']?)(.*?)\1[ \t]*$/mu.exec(block);
  let start = frontMatter.start;
  let end = frontMatter.end;
  if (line) {
    // Point at the value when it is written on the line as parsed; at the whole line otherwise (folded YAML).
    const valueAt = line[2] === value ? line[0].indexOf(line[2], 'title:'.length) : 0;
    start = frontMatter.start + line.index + valueAt;
    end = valueAt ? start + line[2].length : frontMatter.start + line.index + line[0].length;
  }
  return headline(start, end, text, text);
}
