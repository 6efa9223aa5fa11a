/**
 * boilerplate: text a web page left behind in a pasted draft — site labels
 * ("Tin liên quan", "Đừng bỏ lỡ"), read-more links (">> Xem thêm: …"),
 * comment counters, share buttons, copyright footers, image file names and
 * related-news blocks.
 *
 * One scan of `context.prose` with the combined marker matcher, then each
 * line that holds a marker is judged:
 * 1. Whole line: the line is nothing but markers ("Chia sẻ Facebook Twitter"),
 *    a file name ("anh-1.jpg"), a label with its link ("Xem thêm: Tiêu đề"),
 *    or a copyright footer. Fix: delete the line, and with a standalone label
 *    the related headlines under it.
 * 2. Inside a longer line (the baomoi scrape joins a whole article into one
 *    line): only markers that cannot be prose there — a capitalised label
 *    after a sentence end followed by ":" ("… Lắk”. Xem thêm: …"), a link
 *    arrow, "TẠI ĐÂY", "(Bản quyền thuộc VTV)". The fix removes exactly the
 *    marker and its link text when both ends can be found (a double space
 *    where the page had a paragraph break, the next ">>", the end of the
 *    text); otherwise the finding has no fix.
 * Separately, a run of headline-like lines each written twice (thumbnail and
 * title of a related-news list) is a related-news block with no label.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { Fix, RuleContext, RuleReporter, TextEdit } from '../server/src/engine/types.js';
import {
  BOILERPLATE_KINDS,
  BOILERPLATE_MARKERS,
  defaultInlineUse,
  type BoilerplateKind,
  type BoilerplateMarker,
  type InlineUse,
} from './data/boilerplate-markers.js';
import { MarkerMatcher, type MarkerHit, type MarkerSpec } from './lib/marker-matcher.js';
import { deleteLines, proseLines, type ProseLine } from './lib/prose-lines.js';

export type UserMarker = string | { pattern: string; kind?: BoilerplateKind; regex?: boolean };

export interface BoilerplateOptions {
  /** Extra markers: plain text (a label), or `{pattern, kind, regex}` where `regex: true` means RE2 syntax. */
  markers: UserMarker[];
  /** Which built-in marker lists to use; markers of every language ('*') always apply. */
  languages: string[];
  /** Offer to delete a whole related-news block (label and headlines); false reports it without a fix. */
  deleteBlocks: boolean;
}

interface MarkerInfo {
  kind: BoilerplateKind;
  inline: InlineUse;
  weak: boolean;
  message: MessageId | undefined;
}

type Hit = MarkerHit<MarkerInfo>;

type MessageId = 'label' | 'relatedBlock' | 'relatedRun' | 'readMore' | 'counter' | 'copyright' | 'share' | 'imageFile' | 'timestamp';

const MESSAGE_OF_KIND: Record<BoilerplateKind, MessageId> = {
  label: 'label',
  'related-block': 'label',
  'read-more': 'readMore',
  counter: 'counter',
  copyright: 'copyright',
  share: 'share',
  'image-file': 'imageFile',
};

/** A line judged boilerplate as a whole. */
interface LineVerdict {
  kind: BoilerplateKind;
  /** The line is only a label ("Tin liên quan"), so headlines under it may belong to it. */
  heads: boolean;
}

/** A finding inside a line. */
interface Span {
  kind: BoilerplateKind;
  /** The marker's own message, when it has one. */
  message?: MessageId;
  /** Set when the span is a related-news label with its headlines, not the marker alone. */
  run?: true;
  start: number;
  end: number;
  deletion?: TextEdit;
}

export default defineRule<BoilerplateOptions>({
  id: 'boilerplate',
  description: {
    en: 'Text a web page left in a pasted draft: site labels, read-more links, share buttons, counters, copyright footers, image file names, related-news blocks.',
    vi: 'Chữ của trang web còn sót khi dán vào bản thảo: nhãn mục, liên kết “Xem thêm”, nút chia sẻ, bộ đếm, chân trang bản quyền, tên tệp ảnh, khối tin liên quan.',
  },
  severity: 'warning',
  fixable: true,
  tags: ['style'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      markers: {
        type: 'array',
        items: {
          oneOf: [
            { type: 'string', minLength: 1, maxLength: 200 },
            {
              type: 'object',
              additionalProperties: false,
              required: ['pattern'],
              properties: {
                pattern: { type: 'string', minLength: 1, maxLength: 500 },
                kind: { enum: [...BOILERPLATE_KINDS] },
                regex: { type: 'boolean' },
              },
            },
          ],
        },
      },
      languages: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2,3}$' }, uniqueItems: true },
      deleteBlocks: { type: 'boolean' },
    },
  },
  defaultOptions: { markers: [], languages: ['vi', 'en'], deleteBlocks: true },
  messages: {
    label: {
      en: 'Web page label “{text}” left in the draft; delete it.',
      vi: 'Nhãn của trang web “{text}” còn sót trong bản thảo; hãy xoá.',
    },
    relatedBlock: {
      en: 'Related-news block “{text}” ({count} headlines) left from the web page; delete it and link related stories in the CMS instead.',
      vi: 'Khối tin liên quan “{text}” ({count} tiêu đề) còn sót từ trang web; hãy xoá và gắn tin liên quan trong hệ thống quản trị nội dung.',
    },
    relatedRun: {
      en: 'Related-news label and headlines “{text}” left from the web page at the end of the text; delete them.',
      vi: 'Nhãn và tiêu đề tin liên quan “{text}” của trang web còn sót ở cuối bài; hãy xoá.',
    },
    readMore: {
      en: 'Link text “{text}” left from the web page; the link did not survive the paste, so delete it.',
      vi: 'Chữ của liên kết “{text}” còn sót từ trang web; liên kết đã mất khi dán nên hãy xoá.',
    },
    counter: {
      en: 'Comment or view counter “{text}” left from the web page; delete it.',
      vi: 'Bộ đếm bình luận, lượt xem “{text}” còn sót từ trang web; hãy xoá.',
    },
    copyright: {
      en: 'Site copyright or no-copy notice “{text}” left from the web page; delete it and credit the source in the attribution line.',
      vi: 'Dòng bản quyền, cấm sao chép “{text}” của trang web còn sót; hãy xoá và ghi nguồn ở dòng trích nguồn.',
    },
    share: {
      en: 'Share, print or comment buttons “{text}” left from the web page; delete them.',
      vi: 'Nút chia sẻ, in, bình luận “{text}” của trang web còn sót; hãy xoá.',
    },
    timestamp: {
      en: 'Publication time “{text}” stamped by the web page; delete it (the CMS dates the article).',
      vi: 'Giờ đăng “{text}” do trang web gắn vào; hãy xoá (hệ thống quản trị tự ghi ngày giờ đăng).',
    },
    imageFile: {
      en: 'Image file name “{text}” alone on a line; delete it, or insert the image as ![caption]({text}).',
      vi: 'Tên tệp ảnh “{text}” đứng riêng một dòng; hãy xoá, hoặc chèn ảnh bằng ![chú thích]({text}).',
    },
  },
  check(context, options, reporter) {
    const hits = matcherFor(options).scan(context.prose);
    const lines = proseLines(context);
    const hitsByLine = groupByLine(hits, context);
    const verdicts = new Map<number, LineVerdict>();
    const spans: Span[] = [];

    for (const [index, lineHits] of hitsByLine) {
      const line = lines[index];
      const inside = lineHits.filter((hit) => hit.start >= line.contentStart && hit.end <= line.contentEnd);
      if (inside.length === 0) continue;
      const verdict = judgeLine(context, line, inside, verdicts.get(index - 1), isContinuation(lines, index, verdicts));
      if (verdict) verdicts.set(index, verdict);
      else spans.push(...inlineSpans(context, lines, line, inside));
    }

    const blocks = findBlocks(context, lines, verdicts);
    const inBlock = new Set<number>();
    for (const block of blocks) {
      for (let index = block.first; index <= block.last; index++) inBlock.add(index);
      const head = lines[block.first];
      const edit = deleteLines(lines, block.first, block.last, context.source.length);
      reportAt(reporter, {
        messageId: 'relatedBlock',
        data: { text: quote(block.label ?? lines[block.first].text), count: block.headlines },
        start: head.contentStart,
        end: lines[block.last].contentEnd,
        fix: options.deleteBlocks && safeToDelete(lines, block.last, verdicts) ? fixOf(context, edit, block.label ?? lines[block.first].text) : undefined,
      });
    }
    for (const [index, verdict] of verdicts) {
      if (inBlock.has(index)) continue;
      const line = lines[index];
      const edit = deleteLines(lines, index, index, context.source.length);
      reportAt(reporter, {
        messageId: MESSAGE_OF_KIND[verdict.kind],
        data: { text: quote(line.text) },
        start: line.contentStart,
        end: line.contentEnd,
        fix: safeToDelete(lines, index, verdicts) ? fixOf(context, edit, line.text) : undefined,
      });
    }
    for (const span of spans) {
      const text = context.source.slice(span.start, span.end);
      reportAt(reporter, {
        messageId: span.run ? 'relatedRun' : (span.message ?? MESSAGE_OF_KIND[span.kind]),
        data: { text: quote(text) },
        start: span.start,
        end: span.end,
        fix: span.deletion ? fixOf(context, span.deletion, text) : undefined,
      });
    }
  },
});

// ── Markers ────────────────────────────────────────────────────────────────

const matcherCache = new Map<string, MarkerMatcher<MarkerInfo>>();

/** One combined matcher per option set, built on first use and kept (options rarely change). */
function matcherFor(options: BoilerplateOptions): MarkerMatcher<MarkerInfo> {
  const key = JSON.stringify([options.languages, options.markers]);
  let matcher = matcherCache.get(key);
  if (!matcher) {
    const languages = new Set(options.languages);
    const specs: MarkerSpec<MarkerInfo>[] = BOILERPLATE_MARKERS.filter((marker) => marker.language === '*' || languages.has(marker.language)).map(
      (marker) => ({ text: marker.text, regex: marker.regex, trusted: true, caseSensitive: marker.caseSensitive, data: infoOf(marker) }),
    );
    for (const marker of options.markers) specs.push(userSpec(marker));
    matcher = new MarkerMatcher(specs);
    if (matcherCache.size > 32) matcherCache.clear();
    matcherCache.set(key, matcher);
  }
  return matcher;
}

function infoOf(marker: Pick<BoilerplateMarker, 'kind' | 'inline' | 'weak' | 'message'>): MarkerInfo {
  return { kind: marker.kind, inline: marker.inline ?? defaultInlineUse(marker.kind), weak: marker.weak ?? false, message: marker.message };
}

/** A marker from configuration: plain text is escaped, a regex goes to RE2 (never `new RegExp`). */
function userSpec(marker: UserMarker): MarkerSpec<MarkerInfo> {
  if (typeof marker === 'string') return { text: marker, trusted: false, data: infoOf({ kind: 'label' }) };
  const data = infoOf({ kind: marker.kind ?? 'label' });
  return marker.regex ? { regex: marker.pattern, trusted: false, data } : { text: marker.pattern, trusted: false, data };
}

function groupByLine(hits: readonly Hit[], context: RuleContext): Map<number, Hit[]> {
  const byLine = new Map<number, Hit[]>();
  for (const hit of hits) {
    const index = context.lines.position(hit.start).line - 1;
    const list = byLine.get(index);
    if (list) list.push(hit);
    else byLine.set(index, [hit]);
  }
  return byLine;
}

// ── Whole lines ────────────────────────────────────────────────────────────

/** What may stand between markers on a line made of markers: blanks, separators, digits. */
const FILLER = /^[\s\d|·•/\\\-–—:,.;()[\]{}<>»›"'“”‘’!?…*_#+=]*$/u;
/** "anh-bia_01.jpg", "IMG 2031.JPG": a file name and nothing else. */
const FILE_NAME = /^(?:[\p{L}\p{N}_.,()%+~-]+|(?=[^\s]*[\d_-])[\p{L}\p{N}_.,()%+~-]+(?: [\p{L}\p{N}_.,()%+~-]+){1,3})$/u;
const COLON_AFTER = /^\s*(?:(?:tại|ở|at|on)\s*)?[:：]/iu;
const STRONG_COPYRIGHT = /©|rights reserved|copyright|bảo lưu/iu;
const TERMINAL = /[.!?…:;"”’)\]]$/u;
const LOWER_START = /^\p{Ll}/u;

/** A line inside a paragraph whose previous line stops mid-sentence is part of that sentence. */
function isContinuation(lines: readonly ProseLine[], index: number, verdicts: ReadonlyMap<number, LineVerdict>): boolean {
  const previous = lines[index - 1];
  if (!previous || previous.blank || previous.text === '' || previous.heading || verdicts.has(index - 1)) return false;
  return !TERMINAL.test(previous.text) && !lines[index].listItem;
}

/**
 * The verdict on a whole line, or undefined when its markers must be judged
 * one by one. A line that goes on from a sentence on the line before
 * (`continuation`) can only be a file name.
 */
function judgeLine(context: RuleContext, line: ProseLine, hits: readonly Hit[], previous: LineVerdict | undefined, continuation: boolean): LineVerdict | undefined {
  const last = hits[hits.length - 1];
  if (last.data.kind === 'image-file' && last.end === line.contentEnd && FILE_NAME.test(line.text)) return { kind: 'image-file', heads: false };
  if (continuation || LOWER_START.test(line.text)) return undefined;
  const markers = hits.filter((hit) => hit.data.kind !== 'image-file');
  if (markers.length === 0) return undefined;

  if (coversLine(context, line, markers)) {
    const strong = markers.some((hit) => !hit.data.weak);
    if (!strong && markers.length < 2 && previous?.kind !== 'share') return undefined;
    const kind = dominantKind(markers);
    // "## Bình luận", "## Comments": a section of the article, not a button.
    if (line.heading && (kind === 'share' || kind === 'counter')) return undefined;
    return { kind, heads: kind === 'related-block' || kind === 'read-more' };
  }

  if (isCopyrightFooter(line, markers)) return { kind: 'copyright', heads: false };
  const closing = markers[markers.length - 1];
  if (closing.data.inline === 'call-to-action' && closing.end === line.contentEnd && CALL_VERB.test(line.text) && wordCount(line.text, 51) <= 50) {
    return { kind: closing.data.kind, heads: false };
  }
  const first = markers[0];
  if (first.start !== line.contentStart) return undefined;
  const lead = leadMarker(line, markers);
  if (!lead) return undefined;
  const rest = line.text.slice(lead.end - line.contentStart).trim();
  if (holdsCode(context, lead.end, line.end)) return undefined;
  if (first.data.inline === 'label') {
    if (lead.colon) return rest === '' || linksAfterLabel(first.data.kind, rest) ? { kind: first.data.kind, heads: false } : undefined;
    if (first.data.kind === 'related-block' && HEADLINE_START.test(rest) && headlineRun(rest)) return { kind: 'related-block', heads: false };
    return undefined;
  }
  if (first.data.inline !== 'link') return undefined;
  const label = lead.used === 2 ? markers[1].data : undefined;
  if (label && label.inline !== 'label') return undefined;
  if (label) return rest === '' || linksAfterLabel(label.kind, rest) ? { kind: lead.kind, heads: false } : undefined;
  // A bare arrow opens the link text, or several: ">> Sự sụp đổ của thương hiệu 145 tuổi", ">> A  >> B".
  const items = rest.split(/>{2,3}/u).map((item) => item.trim()).filter(Boolean);
  return items.every((item) => linkLike(item, 60) && !FINAL_PERIOD.test(item)) ? { kind: lead.kind, heads: false } : undefined;
}

/**
 * The text after "Label:" on its line reads as what the label introduces:
 * no final period ("Nổi bật: giá xăng giảm lần thứ ba." is a digest line),
 * and for a story link a headline of four words or more ("Xem thêm: Thanh
 * Lam (ghi)" is a byline). A site label's list (tags) may be short.
 */
function linksAfterLabel(kind: BoilerplateKind, rest: string): boolean {
  if (!linkLike(rest, 30) || FINAL_PERIOD.test(rest)) return false;
  return kind === 'label' || wordCount(rest, 4) >= 4;
}

/**
 * A short line that opens with a copyright marker ("© 2017 Báo …", "Bản quyền
 * thuộc về …"), or a very short one holding "©" or "All rights reserved".
 */
function isCopyrightFooter(line: ProseLine, markers: readonly Hit[]): boolean {
  const copyright = markers.filter((hit) => hit.data.kind === 'copyright');
  if (!copyright.some((hit) => !hit.data.weak)) return false;
  const words = wordCount(line.text, 41);
  if (copyright[0].start === line.contentStart) return words <= 40;
  return words <= 20 && copyright.some((hit) => STRONG_COPYRIGHT.test(hit.text));
}

/**
 * Nothing but markers and filler between the line's first and last
 * character. A URL, blanked in the prose, counts as filler ("Xem thêm
 * https://…"); inline code does not ("See also `parse()`").
 */
function coversLine(context: RuleContext, line: ProseLine, hits: readonly Hit[]): boolean {
  let cursor = line.contentStart;
  for (const hit of hits) {
    if (!FILLER.test(context.prose.slice(cursor, hit.start)) || holdsCode(context, cursor, hit.start)) return false;
    cursor = hit.end;
  }
  // The visible line ends before blanked code, so look for code up to the line's end.
  return FILLER.test(context.prose.slice(cursor, line.contentEnd)) && !holdsCode(context, cursor, line.end);
}

/** Inline code in the source range: blanked in the prose, but real content of the line. */
function holdsCode(context: RuleContext, start: number, end: number): boolean {
  return start < end && context.source.slice(start, end).includes('`');
}

const KIND_PRIORITY: BoilerplateKind[] = ['related-block', 'label', 'read-more', 'copyright', 'counter', 'share'];

function dominantKind(hits: readonly Hit[]): BoilerplateKind {
  for (const kind of KIND_PRIORITY) if (hits.some((hit) => hit.data.kind === kind && !hit.data.weak)) return kind;
  return hits[0].data.kind;
}

interface Lead {
  kind: BoilerplateKind;
  start: number;
  /** End of the marker, with a ":" after it and a label after a ">>". */
  end: number;
  colon: boolean;
  /** Hits the marker is made of. */
  used: number;
}

/** The marker at `hits[from]`, joined with a label right after a ">>" and with its colon. */
function leadMarker(line: ProseLine, hits: readonly Hit[], from = 0): Lead | undefined {
  const first = hits[from];
  if (!first) return undefined;
  let end = first.end;
  let kind = first.data.kind;
  let used = 1;
  const next = hits[from + 1];
  if (first.data.inline === 'link' && next && next.data.inline !== 'link' && next.data.inline !== 'never' && /^\s*$/.test(line.text.slice(end - line.contentStart, next.start - line.contentStart))) {
    end = next.end;
    kind = next.data.kind;
    used = 2;
  }
  const colon = COLON_AFTER.exec(line.text.slice(end - line.contentStart));
  if (colon) end += colon[0].length;
  return { kind, start: first.start, end, colon: Boolean(colon), used };
}

// ── Headlines and link text ────────────────────────────────────────────────

const SENTENCE_BREAK = /[.!?…]["”’)\]]*\s+["“‘(]?[\p{Lu}\d]/u;
const PERIOD_BREAK = /\.\s/u;
const HEADLINE_START = /^["“‘'(]?[\p{Lu}\d]/u;
const HEADLINE_MAX_CHARS = 220;
/** A sentence's final period, not an ellipsis. */
const FINAL_PERIOD = /(?<!\.\.)\.$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,/-]*/gu;

/**
 * The words of `text`, counted up to `limit` (every caller compares with a
 * small number): a line of a scraped page can be a whole article, and
 * counting all its words at each marker in it made the rule quadratic in the
 * line's length (the check on 1.6 MB in one line: 664 -> 85 ms CPU).
 */
function wordCount(text: string, limit: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.test(text)) count += 1;
  return count;
}

/** The text of one link: short, one sentence at most. */
function linkLike(text: string, maxWords: number): boolean {
  const words = wordCount(text, maxWords + 1);
  return words > 0 && words <= maxWords && text.length <= 300 && !SENTENCE_BREAK.test(text);
}

/** Headlines run together ("Tin liên quan A B C"): no sentence ends with a period, none at the end. */
function headlineRun(text: string): boolean {
  const words = wordCount(text, 151);
  return words >= 4 && words <= 150 && !PERIOD_BREAK.test(text) && !FINAL_PERIOD.test(text);
}

/** A line that reads like a headline in a related-news list. */
function headlineLike(line: ProseLine): boolean {
  if (line.heading || line.emphasised || line.text === '' || line.text.length > HEADLINE_MAX_CHARS) return false;
  const text = line.text;
  const words = wordCount(text, 31);
  const minWords = line.linkOnly || line.listItem ? 2 : 4;
  if (words < minWords || words > 30) return false;
  if (!HEADLINE_START.test(text)) return false;
  if (/:$/u.test(text) || FINAL_PERIOD.test(text)) return false;
  return !SENTENCE_BREAK.test(text);
}

// ── Related-news blocks ────────────────────────────────────────────────────

interface Block {
  first: number;
  last: number;
  label: string | undefined;
  headlines: number;
}

/**
 * A standalone label with headline lines under it, and a run of headline
 * lines each written twice. Thumbnail file names between the headlines
 * belong to the block.
 */
function findBlocks(context: RuleContext, lines: readonly ProseLine[], verdicts: ReadonlyMap<number, LineVerdict>): Block[] {
  const blocks: Block[] = [];
  const taken = new Set<number>();
  for (const [index, verdict] of [...verdicts].sort((a, b) => a[0] - b[0])) {
    if (!verdict.heads || taken.has(index)) continue;
    const members = collectMembers(lines, verdicts, index + 1);
    const strong = members.headlines.filter((member) => lines[member].linkOnly || lines[member].listItem).length;
    if (members.headlines.length >= 2 || strong >= 1) {
      blocks.push({ first: index, last: members.last, label: lines[index].text, headlines: distinctCount(lines, members.headlines) });
      for (let member = index; member <= members.last; member++) taken.add(member);
    }
  }
  for (const run of duplicateRuns(context, lines, verdicts)) {
    if (run.some((index) => taken.has(index))) continue;
    const headlines = run.filter((index) => !verdicts.has(index));
    blocks.push({ first: run[0], last: run[run.length - 1], label: undefined, headlines: distinctCount(lines, headlines) });
    for (const index of run) taken.add(index);
  }
  return blocks.sort((a, b) => a.first - b.first);
}

function collectMembers(lines: readonly ProseLine[], verdicts: ReadonlyMap<number, LineVerdict>, from: number): { last: number; headlines: number[] } {
  const headlines: number[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index];
    if (line.blank) continue;
    const verdict = verdicts.get(index);
    if (verdict?.kind === 'image-file') continue;
    if (verdict || !headlineLike(line)) break;
    headlines.push(index);
  }
  // The block ends at its last headline; a thumbnail after it is reported on its own.
  return { last: headlines.length > 0 ? headlines[headlines.length - 1] : from - 1, headlines };
}

/** Runs of headline lines written twice in a row (A A B B …), at least two pairs. */
function duplicateRuns(context: RuleContext, lines: readonly ProseLine[], verdicts: ReadonlyMap<number, LineVerdict>): number[][] {
  const content = lines.filter((line) => !line.blank && line.text !== '' && verdicts.get(line.index)?.kind !== 'image-file');
  const runs: number[][] = [];
  let k = 0;
  while (k + 1 < content.length) {
    const pairs: number[] = [];
    let j = k;
    while (j + 1 < content.length && sameHeadline(context, content[j], content[j + 1]) && !verdicts.has(content[j].index)) {
      pairs.push(content[j].index, content[j + 1].index);
      j += 2;
    }
    if (pairs.length >= 4) {
      runs.push(withThumbnails(lines, verdicts, pairs));
      k = j;
    } else {
      k++;
    }
  }
  return runs;
}

/**
 * The same headline twice. Compared in the prose, where links' destinations
 * and comments are blanked; but lines with code are never headlines, or
 * "Add `image/avif` …" and "Add `image/ktx2` …" would read the same.
 */
function sameHeadline(context: RuleContext, a: ProseLine, b: ProseLine): boolean {
  // Length first: most adjacent lines differ, and long ones are never headlines.
  if (a.text.length > HEADLINE_MAX_CHARS || Math.abs(a.text.length - b.text.length) > 4) return false;
  if (normalise(a.text) !== normalise(b.text) || holdsCode(context, a.start, a.end) || holdsCode(context, b.start, b.end)) return false;
  return headlineLike(a);
}

/** The run's lines with the thumbnail lines between its first and last line. */
function withThumbnails(lines: readonly ProseLine[], verdicts: ReadonlyMap<number, LineVerdict>, indexes: number[]): number[] {
  const all: number[] = [];
  for (let index = indexes[0]; index <= indexes[indexes.length - 1]; index++) {
    if (indexes.includes(index) || verdicts.get(index)?.kind === 'image-file') all.push(index);
  }
  return all;
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function distinctCount(lines: readonly ProseLine[], indexes: readonly number[]): number {
  return new Set(indexes.map((index) => normalise(lines[index].text))).size;
}

// ── Markers inside longer lines ────────────────────────────────────────────

const TIME_STAMP = /\d{1,2}:\d{2}\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/u;
const SEAM_PUNCTUATION = /[.!?…:;"”’)\]>|]$/u;
const BULLET = /^[-–•]\s+/u;
const CALL_VERB = /^(?:xem|bấm|nhấn|click|đăng ký|tải|mua|đặt|tham khảo|tìm hiểu|truy cập|liên hệ|theo dõi|đọc|gọi)(?![\p{L}\p{M}])/iu;

function inlineSpans(context: RuleContext, lines: readonly ProseLine[], line: ProseLine, hits: readonly Hit[]): Span[] {
  const spans: Span[] = [];
  let consumedUntil = line.contentStart;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit.start < consumedUntil) continue;
    let span: Span | undefined;
    let used = 1;
    switch (hit.data.inline) {
      case 'label': {
        span = labelSpan(context, lines, line, hits, i);
        break;
      }
      case 'link': {
        const lead = leadMarker(line, hits, i)!;
        used = lead.used;
        span = linkSpan(context, lines, line, hits, i, lead);
        break;
      }
      case 'call-to-action':
        span = callToActionSpan(context, line, hits, i, consumedUntil);
        break;
      case 'anywhere':
        span = { kind: hit.data.kind, start: hit.start, end: hit.end };
        break;
      case 'exact':
        span = {
          kind: hit.data.kind,
          message: hit.data.message,
          start: hit.start,
          end: hit.end,
          deletion: { start: blankStartBefore(context, line, hit.start), end: hit.end, text: '' },
        };
        break;
      case 'never':
        break;
    }
    if (span) {
      spans.push(span);
      consumedUntil = Math.max(span.end, span.deletion?.end ?? 0);
    }
    i += used - 1;
  }
  return spans;
}

/** "… Lắk”. Xem thêm: Ngỡ ngàng với …  Giới trẻ …": a capitalised label at a seam, then ":" or a headline run. */
function labelSpan(context: RuleContext, lines: readonly ProseLine[], line: ProseLine, hits: readonly Hit[], i: number): Span | undefined {
  const hit = hits[i];
  if (!/^\P{L}*\p{Lu}/u.test(hit.text) || !atSeamBefore(context, line, hit.start)) return undefined;
  const lead = leadMarker(line, hits, i)!;
  const kind = hit.data.kind;
  // "Xem thêm: `copydesk check`" introduces code, not a link.
  if (holdsCode(context, lead.end, line.end)) return undefined;
  if (lead.colon) {
    const linked = linkedSpan(context, lines, line, hits, i, lead, 30);
    if (linked) return linked;
    // At the start of its line the whole line was judged already: "Tin mới: Hà Nội cấm xe máy từ 2030." is a digest line.
    if (hit.start === line.contentStart && kind !== 'read-more') return undefined;
    return { kind, start: hit.start, end: lead.end };
  }
  const alone = paragraphOfItsOwn(context, lines, line, hit.start, lead.end);
  if (alone) return { kind, ...alone };
  if (kind !== 'related-block') return undefined;
  const tail = relatedTail(context, lines, line, lead.end);
  return tail ? { kind, run: true, start: hit.start, end: tail.end, deletion: { start: blankStartBefore(context, line, hit.start), end: tail.end, text: '' } } : undefined;
}

/**
 * "… rất khác.  Xem tiếp  Bảo Trang": a label with a double space on both
 * sides (or the end of the line after it) was a paragraph of its own on the
 * page, so it can go alone.
 */
function paragraphOfItsOwn(context: RuleContext, lines: readonly ProseLine[], line: ProseLine, start: number, end: number): Pick<Span, 'start' | 'end' | 'deletion'> | undefined {
  if (!/[ \t\u00a0]{2}$/u.test(context.source.slice(line.contentStart, start))) return undefined;
  const after = skipBlanks(context.prose, end, line.contentEnd);
  if (after >= line.contentEnd) {
    return nextLineContinues(lines, line) ? undefined : { start, end, deletion: { start: blankStartBefore(context, line, start), end, text: '' } };
  }
  const seam = nextSeam(context, end, line.contentEnd, undefined);
  return seam && seam.end === end ? { start, end, deletion: { start, end: seam.next, text: '' } } : undefined;
}

/** ">> Xem thêm: Tiêu đề  Đoạn sau": the arrow, a label if any, and the link text up to the seam. */
function linkSpan(context: RuleContext, lines: readonly ProseLine[], line: ProseLine, hits: readonly Hit[], i: number, lead: Lead): Span {
  // Vietnamese words are syllables: an advertorial link runs to 60 of them.
  return linkedSpan(context, lines, line, hits, i, lead, 60) ?? { kind: lead.kind, start: lead.start, end: lead.end };
}

/**
 * A marker with the link text after it. Fixable when the link text ends at a
 * seam and reads like one link, when nothing follows the marker on its line,
 * or (related-news labels) when the headlines run to the end of the text.
 */
function linkedSpan(context: RuleContext, lines: readonly ProseLine[], line: ProseLine, hits: readonly Hit[], i: number, lead: Lead, maxWords: number): Span | undefined {
  const kind = lead.kind;
  const runStart = skipBlanks(context.prose, lead.end, line.contentEnd);
  if (runStart >= line.contentEnd) {
    // A bare arrow closing a line ("Toàn cảnh vụ cháy >>") ends a teaser whose start is unknown.
    const bareArrow = lead.used === 1 && hits[i].data.inline === 'link';
    if (bareArrow || nextLineContinues(lines, line)) return { kind, start: lead.start, end: lead.end };
    return { kind, start: lead.start, end: lead.end, deletion: { start: blankStartBefore(context, line, lead.start), end: lead.end, text: '' } };
  }
  const nextArrow = hits.slice(i + lead.used).find((hit) => hit.data.inline === 'link');
  const seam = nextSeam(context, runStart, line.contentEnd, nextArrow?.start);
  if (seam && linkLike(context.prose.slice(runStart, seam.end), maxWords)) {
    return { kind, start: lead.start, end: seam.end, deletion: { start: lead.start, end: seam.next, text: '' } };
  }
  if (kind === 'related-block') {
    const tail = relatedTail(context, lines, line, lead.end);
    if (tail) return { kind, run: true, start: lead.start, end: tail.end, deletion: { start: blankStartBefore(context, line, lead.start), end: tail.end, text: '' } };
  }
  return undefined;
}

/** "Xem chi tiết quy chế thi TẠI ĐÂY": back to where the call to action starts. */
function callToActionSpan(context: RuleContext, line: ProseLine, hits: readonly Hit[], i: number, consumedUntil: number): Span {
  const hit = hits[i];
  const kind = hit.data.kind;
  const start = callStart(context, line, hit.start, Math.max(consumedUntil, hit.start - 400));
  if (start === undefined) return { kind, start: hit.start, end: hit.end };
  const after = skipBlanks(context.prose, hit.end, line.contentEnd);
  if (after >= line.contentEnd) {
    return { kind, start, end: hit.end, deletion: { start: blankStartBefore(context, line, start), end: hit.end, text: '' } };
  }
  const nextArrow = hits.slice(i + 1).find((other) => other.data.inline === 'link');
  const seam = nextSeam(context, hit.end, line.contentEnd, nextArrow?.start);
  if (seam && seam.end === hit.end) return { kind, start, end: hit.end, deletion: { start, end: seam.next, text: '' } };
  return { kind, start, end: hit.end };
}

/** Start of the call to action ending at `end`: a seam, then an optional bullet, then a verb such as "Xem". */
function callStart(context: RuleContext, line: ProseLine, end: number, floor: number): number | undefined {
  const from = Math.max(line.contentStart, floor);
  const before = context.prose.slice(from, end);
  let start = from;
  const boundary = /(?:[.!?…]["”’)]*\s+|\s{2,}|>{2,3}\s*)/gu;
  for (const match of before.matchAll(boundary)) start = from + match.index! + match[0].length;
  // No seam inside: the text must start at one (the line start, or the end of the finding before).
  if (start === from && !atSeamBefore(context, line, from)) return undefined;
  let text = context.prose.slice(start, end);
  const bullet = BULLET.exec(text);
  if (bullet) text = text.slice(bullet[0].length);
  if (!CALL_VERB.test(text) || wordCount(text, 51) > 50) return undefined;
  // Take the ">>" in front of the call with it.
  const arrow = /(>{2,3})\s*$/u.exec(context.prose.slice(line.contentStart, start));
  return arrow ? line.contentStart + arrow.index : start;
}

/** Headlines from `from` to the end of the text: the baomoi "Tin liên quan" tail. */
function relatedTail(context: RuleContext, lines: readonly ProseLine[], line: ProseLine, from: number): { end: number } | undefined {
  if (lines.slice(line.index + 1).some((other) => other.text !== '')) return undefined;
  const text = context.prose.slice(from, line.contentEnd).trim();
  return HEADLINE_START.test(text) && headlineRun(text) ? { end: line.contentEnd } : undefined;
}

/**
 * Is there a seam right before `at`: the line start, a sentence end, a time
 * stamp ("| 21:00 06/02/2017 Tin liên quan"), a double space or a bullet?
 */
function atSeamBefore(context: RuleContext, line: ProseLine, at: number): boolean {
  const before = context.source.slice(line.contentStart, at);
  const trimmed = before.trimEnd();
  if (trimmed === '') return true;
  if (before.length - trimmed.length >= 2) return true;
  if (SEAM_PUNCTUATION.test(trimmed) || TIME_STAMP.test(trimmed)) return true;
  return /(?:^|\s)[-–•]$/u.test(trimmed);
}

/**
 * The next seam after `from` on the line: two or more blanks in the source
 * (where the scrape joined two paragraphs) or the next ">>". `end` is where
 * the text before the seam ends, `next` where the text after it starts.
 */
function nextSeam(context: RuleContext, from: number, lineEnd: number, arrow: number | undefined): { end: number; next: number } | undefined {
  const pattern = /[ \t\u00a0]{2,}/gu;
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(context.source)) !== null && match.index < lineEnd) {
    const next = match.index + match[0].length;
    if (arrow !== undefined && arrow < match.index) break;
    if (next < lineEnd && context.prose.slice(next, lineEnd).trim() !== '') return { end: match.index, next };
  }
  if (arrow !== undefined && arrow < lineEnd) return { end: trimEndOffset(context.prose, from, arrow), next: arrow };
  return undefined;
}

function skipBlanks(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && /\s/u.test(text[at])) at++;
  return at;
}

function trimEndOffset(text: string, from: number, to: number): number {
  let at = to;
  while (at > from && /\s/u.test(text[at - 1])) at--;
  return at;
}

/** Where the blanks before `at` start, so deleting a marker at the end of a line leaves no trailing space. */
function blankStartBefore(context: RuleContext, line: ProseLine, at: number): number {
  return trimEndOffset(context.source, line.contentStart, at);
}

/** The paragraph goes on in the next line (a wrapped line, or a list the marker introduces). */
function nextLineContinues(lines: readonly ProseLine[], line: ProseLine): boolean {
  const next = lines[line.index + 1];
  return Boolean(next && !next.blank && next.text !== '');
}

/**
 * Deleting a line is safe unless the next paragraph starts in lower case, i.e.
 * goes on from it ("hoặc www.…" after "Xem thêm tại: https://…"). A next line
 * that is boilerplate itself ("anh-01.jpg") goes on from nothing.
 */
function safeToDelete(lines: readonly ProseLine[], last: number, verdicts: ReadonlyMap<number, LineVerdict>): boolean {
  const next = lines.slice(last + 1).find((line) => !line.blank && line.text !== '');
  return !next || verdicts.has(next.index) || !LOWER_START.test(next.text);
}

// ── Reporting ──────────────────────────────────────────────────────────────

function fixOf(context: RuleContext, edit: TextEdit, text: string): Fix {
  const title = context.locale === 'vi' ? `Xoá “${shorten(text.trim(), 40)}”` : `Delete “${shorten(text.trim(), 40)}”`;
  return { title, edits: [edit] };
}

function reportAt(reporter: RuleReporter, report: { messageId: MessageId; data: Record<string, string | number>; start: number; end: number; fix: Fix | undefined }): void {
  const { fix, ...rest } = report;
  reporter.report(fix ? { ...rest, fix } : rest);
}

function quote(text: string): string {
  return shorten(text.replace(/\s+/gu, ' ').trim(), 60);
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
