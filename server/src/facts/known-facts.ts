/**
 * A document's extracted facts kept apart from its text: handed back to a
 * lint (`LintOptions.facts`) so the cross-document checks run without a
 * second parse, and stored in the CLI's cache so an unchanged draft is
 * indexed without being parsed at all.
 */
import type { LineIndex } from '../engine/line-index.js';
import type { CalendarDate } from '../../../rules/lib/article-date.js';
import type { CountMention } from '../../../rules/lib/counts.js';
import { sharedFactValues, standaloneFactsSource, type KnownFacts } from '../../../rules/lib/document-facts.js';
import { packById } from '../../../rules/lib/lang/index.js';
import type { PersonMention } from '../../../rules/lib/people.js';
import { indexedDocument, type IndexedDocument } from './workspace-index.js';

/** Known facts as JSON can hold them. */
export interface StoredFacts {
  pack: string;
  people: PersonMention[];
  counts: CountMention[];
  articleDate: CalendarDate | undefined;
  nameCounts: Array<[string, number]>;
}

export function storeFacts(document: IndexedDocument): StoredFacts {
  return {
    pack: document.pack.id,
    people: document.people.map(({ uri: _uri, range: _range, titles, ...person }) => ({ ...person, titles: titles.map(({ range: _titleRange, ...title }) => title) })),
    counts: document.counts.map(({ uri: _uri, range: _range, ...count }) => count),
    articleDate: document.articleDate,
    nameCounts: [...document.nameCounts],
  };
}

/** The index entry of stored facts, or undefined when they were stored by a version that no longer fits. */
export function reviveFacts(uri: string, stored: StoredFacts, lines: LineIndex): IndexedDocument | undefined {
  const pack = packById(stored.pack);
  if (!pack || !Array.isArray(stored.people) || !Array.isArray(stored.counts) || !Array.isArray(stored.nameCounts)) return undefined;
  const known: KnownFacts = { pack, people: stored.people, counts: stored.counts, articleDate: stored.articleDate, nameCounts: new Map(stored.nameCounts) };
  // Only the known facts answer: an extractor asked for anything else reads empty prose.
  return indexedDocument(uri, standaloneFactsSource('', undefined, sharedFactValues(known)), lines);
}
