/**
 * name-consistency: one person's name spelled two ways ("Doãn Lực" five
 * times, "Doãn Lục" once), reported on the rarer spelling.
 *
 * Two names are "close" when they have the same number of words and differ
 * in one word only, by its marks ("Lực"/"Lục") or by one letter. Real
 * different people have close names too ("Nguyễn Văn Hùng" and "Nguyễn Văn
 * Hưng"), so the rule stays quiet when both spellings are each used
 * `quietWhenEach` times or more, when both are given titles and none of them
 * agree, and when neither is rarer (one each) unless both carry the same title.
 * Tone placement alone ("Thủy"/"Thuỷ") is not a different spelling.
 * With a workspace index, spellings in other drafts count too.
 * English drafts (`lang: en`) need stronger evidence, since close names are
 * often two real names ("Jon"/"John", "Ann"/"Anne"): both spellings must
 * carry the same title ("Mayor John Smith" … "Mayor Jon Smith"); one letter
 * apart counts from three-letter words on.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { RuleReporter } from '../server/src/engine/types.js';
import { documentNameCounts, documentPack, documentPeople } from './lib/document-facts.js';
import { workspaceFrom } from './lib/environment.js';
import { editDistance, foldMarks } from './lib/fact-text.js';
import { titlesAgree, type PersonMention, type TitleMention } from './lib/people.js';
import { groupBy } from './lib/group-by.js';

export interface NameConsistencyOptions {
  quietWhenEach: number;
  crossDocument: boolean;
}

const MAX_RELATED = 5;

export default defineRule<NameConsistencyOptions>({
  id: 'name-consistency',
  description: {
    en: 'A person\'s name spelled two ways (one diacritic or one letter apart), reported on the rarer spelling.',
    vi: 'Tên một người được viết hai cách (khác một dấu hoặc một chữ), báo ở cách viết ít dùng hơn.',
  },
  severity: 'warning',
  fixable: false,
  tags: ['facts', 'people'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      quietWhenEach: { type: 'integer', minimum: 1, description: 'Say nothing when both spellings are each used at least this many times.' },
      crossDocument: { type: 'boolean', description: 'Also compare with names in other drafts of the workspace index.' },
    },
  },
  defaultOptions: { quietWhenEach: 2, crossDocument: true },
  messages: {
    spelling: {
      en: '"{name}" here, but "{other}" {times}× in this draft. If this is the same person, write "{other}".',
      vi: 'Ở đây viết "{name}" nhưng trong bài có {times} lần viết "{other}". Nếu là cùng một người, hãy viết "{other}".',
    },
    spellingElsewhere: {
      en: '"{name}" here, but "{other}" {times}× in other drafts. If this is the same person, write "{other}".',
      vi: 'Ở đây viết "{name}" nhưng các bài khác có {times} lần viết "{other}". Nếu là cùng một người, hãy viết "{other}".',
    },
    otherSpelling: { en: 'spelled "{name}" here', vi: 'viết "{name}" ở đây' },
  },
  check(context, options, reporter) {
    const people = documentPeople(context);
    if (people.length === 0) return;
    const counts = documentNameCounts(context);
    const byKey = groupByKey(people);
    const variants = documentPack(context).nameVariants ?? { minLetters: 4, needSameTitle: false };
    for (const [key, mentions] of byKey) {
      const mine = counts.get(key) ?? mentions.length;
      for (const [otherKey, others] of byKey) {
        if (otherKey === key || !closeNames(key, otherKey, variants.minLetters)) continue;
        const theirs = counts.get(otherKey) ?? others.length;
        if (!shouldReport(mine, theirs, mentions, others, options, mentions[0].start > others[0].start, variants.needSameTitle)) continue;
        report(reporter, 'spelling', mentions, others[0].name, theirs, others.map((other) => ({ start: other.start, end: other.end, messageId: 'otherSpelling', data: { name: other.name } })));
      }
    }
  },
  checkWorkspace(context, options, reporter) {
    const workspace = options.crossDocument ? workspaceFrom(context.environment) : undefined;
    if (!workspace) return;
    const people = documentPeople(context);
    if (people.length === 0) return;
    const counts = documentNameCounts(context);
    const byKey = groupByKey(people);
    const variants = documentPack(context).nameVariants ?? { minLetters: 4, needSameTitle: false };
    /** Spellings this draft uses: compared within it by `check`, never as another draft's spelling. */
    const ownKeys: ReadonlySet<string> = new Set(byKey.keys());
    for (const [key, mentions] of byKey) {
      const mine = counts.get(key) ?? mentions.length;
      // Near spellings share the folded key (marks removed).
      const elsewhere = groupByKey(workspace.peopleFolded(foldMarks(key), context.uri, ownKeys));
      for (const [otherKey, others] of elsewhere) {
        if (!closeNames(key, otherKey, variants.minLetters)) continue;
        const mineTotal = mine + workspace.nameOccurrences(key, context.uri);
        const theirs = workspace.nameOccurrences(otherKey, context.uri);
        // A tie between drafts is reported on both sides: neither draft is the reference.
        if (!shouldReport(mineTotal, theirs, mentions, others, options, true, variants.needSameTitle)) continue;
        const related = others
          .slice(0, MAX_RELATED)
          .map((other) => ({ uri: other.uri, start: other.start, end: other.end, range: other.range, messageId: 'otherSpelling', data: { name: other.name } }));
        report(reporter, 'spellingElsewhere', mentions, others[0].name, theirs, related);
      }
    }
  },
});

function groupByKey<T extends PersonMention>(people: readonly T[]): Map<string, T[]> {
  return groupBy(people, (person) => person.key);
}

/** Same number of words, one word different by its marks or by one letter (on words of `minLetters` or more). */
export function closeNames(a: string, b: string, minLetters = 4): boolean {
  const left = a.split(' ');
  const right = b.split(' ');
  if (left.length !== right.length) return false;
  const differing = left.map((word, index) => [word, right[index]] as const).filter(([x, y]) => x !== y);
  if (differing.length !== 1) return false;
  const [x, y] = differing[0];
  const foldedX = foldMarks(x);
  const foldedY = foldMarks(y);
  if (foldedX === foldedY) return true;
  // One letter apart, on words long enough that one letter is a slip, not another name ("An"/"Anh").
  return Math.min(foldedX.length, foldedY.length) >= minLetters && editDistance(foldedX, foldedY) === 1;
}

function shouldReport(
  mine: number,
  theirs: number,
  mentions: PersonMention[],
  others: PersonMention[],
  options: NameConsistencyOptions,
  reportOnTie: boolean,
  needSameTitle = false,
): boolean {
  if (mine >= options.quietWhenEach && theirs >= options.quietWhenEach) return false;
  const mineTitles = currentTitles(mentions);
  const theirTitles = currentTitles(others);
  const sameTitle = mineTitles.some((title) => theirTitles.some((other) => titlesAgree(title, other)));
  if (needSameTitle && !sameTitle) return false;
  // Both have titles, and none agree: two people.
  if (mineTitles.length > 0 && theirTitles.length > 0 && !sameTitle) return false;
  if (mine < theirs) return true;
  // As many of each: only when the titles say it is one person.
  return mine === theirs && sameTitle && reportOnTie;
}

function currentTitles(mentions: PersonMention[]): TitleMention[] {
  return mentions.flatMap((mention) => mention.titles.filter((title) => title.status === 'current'));
}

function report(reporter: RuleReporter, messageId: string, mentions: PersonMention[], other: string, times: number, related: NonNullable<Parameters<RuleReporter['report']>[0]['related']>): void {
  for (const mention of mentions) {
    reporter.report({ messageId, data: { name: mention.name, other, times }, start: mention.start, end: mention.end, related });
  }
}
