/**
 * number-consistency: one counted thing, two numbers ("ký 6 bản ghi nhớ" in
 * the lead, "5 bản ghi nhớ" in the body).
 *
 * Only counts that name the same thing the same way are compared, and only
 * whole counts: not approximate ones ("hơn 30"), not parts or additions
 * ("trong đó 2 …", "thêm 3 …", "6 trong số 8 …"), not counts narrowed by what
 * follows ("3 bản ghi nhớ về y tế"), not units, times or amounts ("5 năm",
 * "20 tỷ đồng") and not nouns too general to be one thing ("người", "vụ").
 * The minority number is reported, with the others as related locations.
 * With a workspace index, counts in other drafts written within
 * `crossDocumentDays` are compared too, on each side.
 * English drafts (`lang: en`): "27 metro lines", "six memorandums of
 * understanding" (number words two to ninety-nine), "1,200 buses"; one English
 * word weighs two against `minNounWords`, so "six memorandums" is compared.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { RuleContext, RuleReporter } from '../server/src/engine/types.js';
import { closeInTime } from './lib/article-date.js';
import type { CountMention } from './lib/counts.js';
import { documentArticleDate, documentCounts } from './lib/document-facts.js';
import { workspaceFrom } from './lib/environment.js';
import { groupBy } from './lib/group-by.js';

export interface NumberConsistencyOptions {
  /** Fewest words a counted noun needs to be compared ("bản ghi nhớ" has 3; an English word counts as two, see `nounWordSize`). */
  minNounWords: number;
  crossDocument: boolean;
  crossDocumentDays: number;
}

const MAX_RELATED = 5;

export default defineRule<NumberConsistencyOptions>({
  id: 'number-consistency',
  description: {
    en: 'The same counted thing given different numbers ("6 bản ghi nhớ" then "5 bản ghi nhớ").',
    vi: 'Cùng một thứ được đếm với các con số khác nhau ("6 bản ghi nhớ" rồi "5 bản ghi nhớ").',
  },
  severity: 'warning',
  fixable: false,
  tags: ['facts', 'numbers'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      minNounWords: { type: 'integer', minimum: 1, description: 'Fewest words a counted noun needs to be compared.' },
      crossDocument: { type: 'boolean', description: 'Also compare with other drafts of the workspace index.' },
      crossDocumentDays: { type: 'integer', minimum: 0, description: 'Compare with drafts dated at most this many days apart.' },
    },
  },
  defaultOptions: { minNounWords: 2, crossDocument: true, crossDocumentDays: 7 },
  messages: {
    differs: {
      en: '"{count}" here, but "{other}" elsewhere in this draft ({times}×). Check the number and write the same one.',
      vi: 'Ở đây là "{count}" nhưng chỗ khác trong bài là "{other}" ({times} lần). Hãy kiểm tra và thống nhất con số.',
    },
    differsElsewhere: {
      en: '"{count}" here, but "{other}" in {documents} other draft(s). Check the number and write the same one.',
      vi: 'Ở đây là "{count}" nhưng {documents} bài khác ghi "{other}". Hãy kiểm tra và thống nhất con số.',
    },
    otherMention: { en: '"{count}" here', vi: 'ở đây ghi "{count}"' },
  },
  check(context, options, reporter) {
    const counts = documentCounts(context).filter((count) => comparable(count, options.minNounWords));
    const byNoun = nounGroups(counts);
    const summary = summarySpans(context);
    for (const group of byNoun.values()) reportWithin(group, context.source, summary, reporter);
  },
  checkWorkspace(context, options, reporter) {
    const workspace = workspaceFrom(context.environment);
    if (!workspace || !options.crossDocument) return;
    const byNoun = nounGroups(documentCounts(context).filter((count) => comparable(count, options.minNounWords)));
    const here = documentArticleDate(context);
    for (const [key, group] of byNoun) {
      // A noun with several numbers in this draft is a breakdown ("30 tỉnh …, 15 tỉnh …"), not one fact.
      if (new Set(group.map((count) => count.value)).size > 1) continue;
      const lookup = key.split(' ').slice(0, Math.max(2, options.minNounWords)).join(' ');
      const candidates = workspace.countsOf(lookup, context.uri, group[0].value).filter((other) => comparable(other, options.minNounWords) && sameNoun(other.key, key));
      const others = [...groupBy(candidates, (other) => other.uri).values()]
        .filter((inOther) => new Set(inOther.map((other) => other.value)).size === 1 && inOther[0].value !== group[0].value)
        .filter((inOther) => closeInTime(here, workspace.get(inOther[0].uri)?.articleDate, options.crossDocumentDays))
        .flat()
        .filter((other) => group.some((count) => shareContext(count, other)));
      if (others.length === 0) continue;
      for (const count of group.filter((mine) => others.some((other) => shareContext(mine, other)))) {
        reporter.report({
          messageId: 'differsElsewhere',
          data: { count: text(context.source, count), other: `${others[0].numberText} ${others[0].noun}`, documents: new Set(others.map((other) => other.uri)).size },
          start: count.start,
          end: count.end,
          related: others.slice(0, MAX_RELATED).map((other) => ({
            uri: other.uri,
            start: other.start,
            end: other.end,
            range: other.range,
            messageId: 'otherMention',
            data: { count: `${other.numberText} ${other.noun}` },
          })),
        });
      }
    }
  },
});

export function comparable(count: CountMention, minNounWords: number): boolean {
  return !count.partial && !count.narrowed && !count.unit && !count.generic && count.qualifier === undefined && count.nounSize >= minNounWords;
}

function text(source: string, count: CountMention): string {
  return source.slice(count.start, count.end);
}

/** One noun said longer or shorter ("bản ghi nhớ hợp tác" / "bản ghi nhớ"): one starts with the other. */
function sameNoun(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/** Counts grouped by noun, a longer wording joining the shortest wording in the draft that starts it. */
function nounGroups(counts: CountMention[]): Map<string, CountMention[]> {
  const keys = [...new Set(counts.map((count) => count.key))].sort((a, b) => a.length - b.length);
  const root = new Map(keys.map((key) => [key, keys.find((shorter) => key === shorter || key.startsWith(`${shorter} `))!]));
  return groupBy(counts, (count) => root.get(count.key)!);
}

/** Two counts said with the same content word before them ("ký 6 …" / "đã ký 5 …"). */
function shareContext(a: CountMention, b: CountMention): boolean {
  return a.context.some((word) => b.context.includes(word));
}

/**
 * Headings and the lead (the first paragraph of a draft with at least three):
 * the places that sum up what the body then details, where a changed number is
 * a slip rather than another fact.
 */
function summarySpans(context: RuleContext): Array<[number, number]> {
  const spans: Array<[number, number]> = context.blocks.filter((block) => block.type === 'heading').map((block) => [block.start, block.end]);
  const paragraphs = context.blocks.filter((block) => block.type === 'paragraph');
  if (paragraphs.length >= 3) spans.push([paragraphs[0].start, paragraphs[0].end]);
  return spans;
}

/**
 * A noun with exactly two numbers, one in the summary and one in the body or
 * both said the same way, is reported on the rarer number (ties: the later).
 * Three numbers or more make a breakdown, which the rule leaves alone.
 */
function reportWithin(group: CountMention[], source: string, summary: Array<[number, number]>, reporter: RuleReporter): void {
  const values = [...groupBy(group, (count) => count.value).values()];
  if (values.length !== 2) return;
  const inSummary = (count: CountMention) => summary.some(([start, end]) => count.start >= start && count.end <= end);
  const [a, b] = values;
  const summaryAndBody = (x: CountMention[], y: CountMention[]) => x.some(inSummary) && y.some((count) => !inSummary(count));
  const shared = a.some((x) => b.some((y) => shareContext(x, y)));
  // Said with different words on both sides ("nhập khẩu 21 …" / "thiết lập 15 …"): two facts, even in a summary.
  const saidDifferently = !shared && a.some((x) => x.context.length > 0) && b.some((y) => y.context.length > 0);
  const evidence = shared || (!saidDifferently && (summaryAndBody(a, b) || summaryAndBody(b, a)));
  if (!evidence) return;
  const [majority, minority] = a.length > b.length || (a.length === b.length && a[0].start < b[0].start) ? [a, b] : [b, a];
  for (const count of minority) {
    reporter.report({
      messageId: 'differs',
      data: { count: text(source, count), other: text(source, majority[0]), times: majority.length },
      start: count.start,
      end: count.end,
      related: majority.slice(0, MAX_RELATED).map((other) => ({ start: other.start, end: other.end, messageId: 'otherMention', data: { count: text(source, other) } })),
    });
  }
}
