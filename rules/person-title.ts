/**
 * person-title: one person, titles that cannot all be right.
 *
 * - In one draft: a principal and a deputy of the same ladder for the same
 *   body ("Bí thư Thành ủy … Đinh Tiến Dũng" then "Phó Bí thư Thành ủy … Đinh
 *   Tiến Dũng"). Former and acting titles ("nguyên Bộ trưởng", "quyền Giám
 *   đốc") never conflict, and a body named differently on each side ("Chủ tịch
 *   UBND tỉnh" / "Phó Chủ tịch Hội Nông dân") is another office.
 * - Against the facts file: a title of the same ladder that differs from the
 *   one the file gives; the finding quotes the file and its line.
 * - Across drafts (with a workspace index): the same conflict between this
 *   draft and another written within `crossDocumentDays`, with the other
 *   draft's location as related information. When the facts file knows the
 *   person, it settles the conflict and only the contradicting side is reported.
 * - A misspelled title before a name ("Thứ tưởng Lê Minh Ngân"), with a fix.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { FactsFile } from '../server/src/facts/facts-file.js';
import type { IndexedPersonTitle } from '../server/src/facts/workspace-index.js';
import type { RuleContext, RuleReporter as Reporter } from '../server/src/engine/types.js';
import { closeInTime } from './lib/article-date.js';
import { documentArticleDate, documentPack, documentPeople } from './lib/document-facts.js';
import { factsFrom, workspaceFrom } from './lib/environment.js';
import { nameKey } from './lib/fact-text.js';
import type { FactsLanguagePack } from './lib/lang/index.js';
import { findMisspelledTitles, parseTitleText, titlesAgree, titlesConflict, type PersonMention, type TitleMention } from './lib/people.js';
import { groupBy } from './lib/group-by.js';

export interface PersonTitleOptions {
  crossDocumentDays: number;
}

/** How many other drafts one finding lists as related locations. */
const MAX_RELATED = 5;

export default defineRule<PersonTitleOptions>({
  id: 'person-title',
  description: {
    en: 'One person given titles that conflict (Bí thư / Phó Bí thư), a misspelled title, or a title that contradicts the facts file.',
    vi: 'Một người được gán các chức danh mâu thuẫn (Bí thư / Phó Bí thư), chức danh viết sai, hoặc chức danh trái với tệp dữ kiện.',
  },
  severity: 'warning',
  fixable: true,
  tags: ['facts', 'people'],
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      crossDocumentDays: {
        type: 'integer',
        minimum: 0,
        description: 'Compare with other drafts dated at most this many days apart (drafts without a date are always compared).',
      },
    },
  },
  defaultOptions: { crossDocumentDays: 31 },
  messages: {
    conflict: {
      en: '{name} is "{title}" here but "{other}" earlier in this draft. Use the title the person holds in both places.',
      vi: '{name} ở đây là "{title}" nhưng phía trên bài lại là "{other}". Hãy dùng đúng một chức danh người này đang giữ.',
    },
    conflictElsewhere: {
      en: '{name} is "{title}" here but "{other}" in {count} other draft(s). Check which title is right and use it in both.',
      vi: '{name} ở đây là "{title}" nhưng là "{other}" trong {count} bài khác. Hãy kiểm tra chức danh đúng và dùng thống nhất.',
    },
    contradictsFacts: {
      en: '{name} is "{expected}" in {file}:{line}, not "{title}". Write "{expected}" or update the facts file.',
      vi: 'Theo {file}:{line}, {name} là "{expected}", không phải "{title}". Hãy viết "{expected}" hoặc cập nhật tệp dữ kiện.',
    },
    misspelled: {
      en: '"{text}" is a misspelling of the title "{expected}". Write "{expected}".',
      vi: '"{text}" là chức danh viết sai của "{expected}". Hãy viết "{expected}".',
    },
    earlierTitle: { en: 'the other title: "{title}"', vi: 'chức danh khác: "{title}"' },
    otherDraft: { en: '{name} is "{title}" in this draft', vi: 'bài này ghi {name} là "{title}"' },
  },
  check(context, options, reporter) {
    const pack = documentPack(context);
    for (const misspelled of findMisspelledTitles(context.prose, pack)) {
      reporter.report({
        messageId: 'misspelled',
        data: { text: misspelled.text, expected: misspelled.expected },
        start: misspelled.start,
        end: misspelled.end,
        fix: { title: `Write "${misspelled.expected}"`, edits: [{ start: misspelled.start, end: misspelled.end, text: misspelled.expected }] },
      });
    }

    const people = documentPeople(context);
    if (people.length === 0) return;
    const known = factsPeople(factsFrom(context.environment), pack);
    for (const [key, mentions] of groupByPerson(people)) {
      const fact = known.get(key);
      if (fact) {
        checkAgainstFacts(mentions, fact, reporter);
        continue;
      }
      checkWithinDocument(mentions, reporter);
    }
  },
  checkWorkspace(context, options, reporter) {
    if (!workspaceFrom(context.environment)) return;
    const people = documentPeople(context);
    if (people.length === 0) return;
    const known = factsPeople(factsFrom(context.environment), documentPack(context));
    for (const [key, mentions] of groupByPerson(people)) {
      if (!known.has(key)) checkAcrossDocuments(context, key, mentions, options, reporter);
    }
  },
});

function groupByPerson(people: readonly PersonMention[]): Map<string, PersonMention[]> {
  return groupBy(people, (person) => person.key);
}

interface KnownPerson {
  file: string;
  line: number | undefined;
  titles: Array<NonNullable<ReturnType<typeof parseTitleText>>>;
}

/** The facts file's people by name key, with their titles read like titles in copy. */
function factsPeople(facts: FactsFile | undefined, pack: FactsLanguagePack): Map<string, KnownPerson> {
  const known = new Map<string, KnownPerson>();
  for (const person of facts?.people ?? []) {
    const titles = person.titles.map((title) => parseTitleText(title, pack)).filter((title) => title !== undefined);
    known.set(nameKey(person.name), { file: facts!.file.split(/[\\/]/).pop()!, line: person.line, titles });
  }
  return known;
}

function current(title: TitleMention): boolean {
  return title.status === 'current';
}

function checkAgainstFacts(mentions: PersonMention[], fact: KnownPerson, reporter: Reporter): void {
  for (const mention of mentions) {
    for (const title of mention.titles.filter(current)) {
      if (fact.titles.some((known) => titlesAgree(known, title))) continue;
      // Only a title of a ladder the file knows can contradict it: the file may not list every office.
      const contradicted = fact.titles.find((known) => titlesConflict(known, title) || (known.family === title.family && known.level === title.level && known.org && title.org));
      if (!contradicted) continue;
      reporter.report({
        messageId: 'contradictsFacts',
        data: { name: mention.name, title: title.text, expected: contradicted.text, file: fact.file, line: fact.line ?? 1 },
        start: title.start,
        end: title.end,
      });
    }
  }
}

function checkWithinDocument(mentions: PersonMention[], reporter: Reporter): void {
  const seen: Array<{ title: TitleMention; mention: PersonMention }> = [];
  for (const mention of mentions) {
    for (const title of mention.titles.filter(current)) {
      const earlier = seen.find((entry) => titlesConflict(entry.title, title));
      if (earlier) {
        reporter.report({
          messageId: 'conflict',
          data: { name: mention.name, title: title.text, other: earlier.title.text },
          start: title.start,
          end: title.end,
          related: [{ start: earlier.title.start, end: earlier.title.end, messageId: 'earlierTitle', data: { title: earlier.title.text } }],
        });
      }
      seen.push({ title, mention });
    }
  }
}

function checkAcrossDocuments(context: RuleContext, key: string, mentions: PersonMention[], options: PersonTitleOptions, reporter: Reporter): void {
  const workspace = workspaceFrom(context.environment);
  if (!workspace) return;
  const here = documentArticleDate(context);
  // Each of this draft's titles is compared with each office the person holds
  // in the archive, not with every mention: a person in the news is in many drafts.
  const offices = [...workspace.currentTitlesByOffice(key).values()];
  for (const mention of mentions) {
    for (const title of mention.titles.filter(current)) {
      const conflicting: IndexedPersonTitle[] = [];
      for (const office of offices) {
        if (!titlesConflict(office[0].title, title)) continue;
        for (const entry of office) {
          if (entry.person.uri !== context.uri && closeInTime(here, workspace.get(entry.person.uri)?.articleDate, options.crossDocumentDays)) conflicting.push(entry);
        }
      }
      if (conflicting.length === 0) continue;
      conflicting.sort((a, b) => a.order - b.order);
      const uris = new Set(conflicting.map((entry) => entry.person.uri));
      reporter.report({
        messageId: 'conflictElsewhere',
        data: { name: mention.name, title: title.text, other: conflicting[0].title.text, count: uris.size },
        start: title.start,
        end: title.end,
        related: conflicting.slice(0, MAX_RELATED).map(({ person, title: otherTitle }) => ({
          uri: person.uri,
          start: otherTitle.start,
          end: otherTitle.end,
          range: otherTitle.range,
          messageId: 'otherDraft',
          data: { name: person.name, title: otherTitle.text },
        })),
      });
    }
  }
}
