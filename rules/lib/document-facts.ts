/**
 * The facts of one document, each extracted once per lint and shared by every
 * fact rule through `context.shared` (and by the workspace index, which builds
 * the same view of other documents).
 */
import type { RuleContext } from '../../server/src/engine/types.js';
import { articleDate, type CalendarDate } from './article-date.js';
import { extractCounts, type CountMention } from './counts.js';
import { packFor, type FactsLanguagePack } from './lang/index.js';
import { extractPeople, type PersonMention } from './people.js';
import { tokenize, type Token } from './tokens.js';

/** What the fact extractors read: a rule context, or the same three fields built by the workspace index. */
export type FactsSource = Pick<RuleContext, 'prose' | 'shared' | 'frontMatter'>;

export function documentPack(source: FactsSource): FactsLanguagePack {
  return source.shared('facts:pack', () => packFor(source.frontMatter, source.prose));
}

export function documentTokens(source: FactsSource): Token[] {
  return source.shared('facts:tokens', () => tokenize(source.prose, documentPack(source).tokens));
}

export function documentPeople(source: FactsSource): readonly PersonMention[] {
  return source.shared('facts:people', () => extractPeople(source.prose, documentPack(source), documentTokens(source)));
}

export function documentCounts(source: FactsSource): readonly CountMention[] {
  return source.shared('facts:counts', () => extractCounts(source.prose, documentPack(source)));
}

export function documentArticleDate(source: FactsSource): CalendarDate | undefined {
  return source.shared('facts:article-date', () => articleDate(source.frontMatter, source.prose, documentPack(source)));
}

/** A FactsSource over text that has been parsed outside a lint (the workspace index), given any facts already known. */
export function standaloneFactsSource(prose: string, frontMatter: RuleContext['frontMatter'], known?: ReadonlyMap<string, unknown>): FactsSource {
  const values = new Map<string, unknown>(known);
  return {
    prose,
    frontMatter,
    shared<T>(key: string, compute: () => T): T {
      if (!values.has(key)) values.set(key, compute());
      return values.get(key) as T;
    },
  };
}

/**
 * How often each capitalised 2–4 word sequence occurs, by name key, counted
 * with or without a title or honorific: "each spelling used several times"
 * is measured on this.
 */
export function documentNameCounts(source: FactsSource): ReadonlyMap<string, number> {
  return source.shared('facts:name-counts', () => {
    const counts = new Map<string, number>();
    const tokens = documentTokens(source);
    let i = 0;
    while (i < tokens.length) {
      if (tokens[i].kind !== 'cap') {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < tokens.length && tokens[end].kind === 'cap' && !tokens[end].afterBreak) end++;
      for (let from = i; from < end; from++) {
        for (let length = 2; length <= 4 && from + length <= end; length++) {
          const key = tokens.slice(from, from + length).map((token) => token.key).join(' ');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      i = end;
    }
    return counts;
  });
}

/** A document's facts already extracted (a workspace index entry), as the extractors above return them. */
export interface KnownFacts {
  pack: FactsLanguagePack;
  people: readonly PersonMention[];
  counts: readonly CountMention[];
  articleDate: CalendarDate | undefined;
  /** Occurrences of the people's names only: what the cross-document checks ask for. */
  nameCounts: ReadonlyMap<string, number>;
}

/**
 * Known facts keyed as `context.shared` keeps them, for `LintOptions.facts`:
 * a lint given these extracts nothing again. Only for the cross-document
 * checks (`checkWorkspace`): `nameCounts` there lists the people's names only.
 */
export function sharedFactValues(facts: KnownFacts): Map<string, unknown> {
  return new Map<string, unknown>([
    ['facts:pack', facts.pack],
    ['facts:people', facts.people],
    ['facts:counts', facts.counts],
    ['facts:article-date', facts.articleDate],
    ['facts:name-counts', facts.nameCounts],
  ]);
}
