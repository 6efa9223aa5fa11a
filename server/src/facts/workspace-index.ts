/**
 * The cross-document index: for every draft of a workspace (or every file a
 * CLI run checks), the people with their titles and the counted nouns, with
 * their locations. `person-title`, `name-consistency` and `number-consistency`
 * compare the document being linted against it.
 *
 * The shells fill it: the CLI from its own lint of every file (the facts the
 * lint extracted, see `indexedDocument`), the language server in the
 * background and on change (`update`, over a quick prose mask). Rules only
 * read it, so the keystroke path never parses another file. Look-ups go through maps keyed by name and noun, so a
 * rule's cost grows with the facts of its own document, not with the workspace.
 */
import { LineIndex } from '../engine/line-index.js';
import type { Range } from '../engine/types.js';
import { indexProse } from './index-prose.js';
import type { CalendarDate } from '../../../rules/lib/article-date.js';
import type { CountMention } from '../../../rules/lib/counts.js';
import {
  documentArticleDate,
  documentCounts,
  documentNameCounts,
  documentPack,
  documentPeople,
  standaloneFactsSource,
  type FactsSource,
} from '../../../rules/lib/document-facts.js';
import type { FactsLanguagePack } from '../../../rules/lib/lang/index.js';
import { foldMarks } from '../../../rules/lib/fact-text.js';
import type { PersonMention, TitleMention } from '../../../rules/lib/people.js';

/** A location in an indexed document, ready for `related` (1-based range). */
export interface IndexedLocation {
  uri: string;
  start: number;
  end: number;
  range: Range;
}

export interface IndexedTitle extends TitleMention {
  range: Range;
}

export interface IndexedPerson extends Omit<PersonMention, 'titles'> {
  uri: string;
  range: Range;
  titles: IndexedTitle[];
}

/** The counts of one noun (or of nouns that start with it) across documents. */
interface NounEntry {
  /** uri → that document's counts of the noun, in index order. */
  byUri: Map<string, IndexedCount[]>;
  /** number → the documents whose counts of the noun all say it. */
  singleValue: Map<number, Set<string>>;
  /** Documents whose counts of the noun say several numbers. */
  mixed: Set<string>;
}

export interface IndexedPersonTitle {
  person: IndexedPerson;
  title: IndexedTitle;
  order: number;
}

export interface IndexedCount extends CountMention {
  uri: string;
  range: Range;
}

export interface IndexedDocument {
  uri: string;
  people: IndexedPerson[];
  counts: IndexedCount[];
  articleDate: CalendarDate | undefined;
  /** How often each person's name (by key) occurs in the document, with or without evidence. */
  nameCounts: ReadonlyMap<string, number>;
  /** The language pack its facts were read with. */
  pack: FactsLanguagePack;
}

export class WorkspaceIndex {
  private readonly documents = new Map<string, IndexedDocument>();
  /** name key → uri → that document's mentions of the person (no per-look-up filtering of every document's people). */
  private readonly byName = new Map<string, Map<string, IndexedPerson[]>>();
  /**
   * name with marks folded → the name keys that fold to it, for near spellings
   * ("Doãn Lực" / "Doãn Lục"): a look-up reads the other spellings only, not
   * every mention of the same name, which made name-consistency grow with the
   * square of the archive (folding each mention's name on every look-up).
   */
  private readonly byFoldedName = new Map<string, Set<string>>();
  /**
   * counted noun key and each of its leading word sequences of two words or
   * more → uri → that document's counts of a noun that is it or starts with
   * it: worked out when a document is indexed, not for every document on
   * every look-up (most of number-consistency's time in a large archive).
   */
  private readonly byNoun = new Map<string, NounEntry>();
  /** uri → when it was (re)indexed: look-ups that skip documents still answer in index order. */
  private readonly indexOrder = new Map<string, number>();
  private nextOrder = 0;
  /** name key → its current titles grouped by office, built on first look-up (see `currentTitlesByOffice`). */
  private readonly officesByName = new Map<string, ReadonlyMap<string, IndexedPersonTitle[]>>();

  /** (Re)indexes one document: extracts its people, titles, counted nouns; cheap enough for every file of an archive. */
  update(uri: string, source: string): void {
    this.add(indexDocument(uri, source));
  }

  /** (Re)indexes a document whose facts are already extracted (see `indexedDocument`). */
  add(document: IndexedDocument): void {
    const { uri } = document;
    this.remove(uri);
    this.documents.set(uri, document);
    for (const person of document.people) {
      this.officesByName.delete(person.key);
      let mentions = this.byName.get(person.key);
      if (!mentions) {
        mentions = new Map();
        this.byName.set(person.key, mentions);
        addTo(this.byFoldedName, foldMarks(person.key), person.key);
      }
      const inDocument = mentions.get(uri);
      if (inDocument) inDocument.push(person);
      else mentions.set(uri, [person]);
    }
    this.indexOrder.set(uri, this.nextOrder++);
    for (const prefix of new Set(document.counts.flatMap((count) => nounPrefixes(count.key)))) {
      let entry = this.byNoun.get(prefix);
      if (!entry) {
        entry = { byUri: new Map(), singleValue: new Map(), mixed: new Set() };
        this.byNoun.set(prefix, entry);
      }
      const counts = document.counts.filter((count) => count.key === prefix || count.key.startsWith(`${prefix} `));
      entry.byUri.set(uri, counts);
      const values = new Set(counts.map((count) => count.value));
      if (values.size === 1) addTo(entry.singleValue, counts[0].value, uri);
      else entry.mixed.add(uri);
    }
  }

  remove(uri: string): void {
    const document = this.documents.get(uri);
    if (!document) return;
    this.documents.delete(uri);
    for (const person of document.people) {
      this.officesByName.delete(person.key);
      const mentions = this.byName.get(person.key);
      if (!mentions?.delete(uri) || mentions.size > 0) continue;
      this.byName.delete(person.key);
      removeFrom(this.byFoldedName, foldMarks(person.key), person.key);
    }
    this.indexOrder.delete(uri);
    for (const prefix of new Set(document.counts.flatMap((count) => nounPrefixes(count.key)))) {
      const entry = this.byNoun.get(prefix);
      const counts = entry?.byUri.get(uri);
      if (!entry || !counts) continue;
      entry.byUri.delete(uri);
      if (!entry.mixed.delete(uri)) removeFrom(entry.singleValue, counts[0].value, uri);
      if (entry.byUri.size === 0) this.byNoun.delete(prefix);
    }
  }

  has(uri: string): boolean {
    return this.documents.has(uri);
  }

  get size(): number {
    return this.documents.size;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.documents.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.documents.keys();
  }

  /** Mentions of the person with this name key in other documents than `exceptUri`. */
  peopleNamed(key: string, exceptUri?: string): IndexedPerson[] {
    const found: IndexedPerson[] = [];
    for (const [uri, mentions] of this.byName.get(key) ?? []) if (uri !== exceptUri) found.push(...mentions);
    return found;
  }

  /**
   * The current titles given to the person with this name key, in every
   * document, grouped by office (family, level and body: what decides whether
   * two titles conflict); `order` is the place in `peopleNamed`'s order. Built
   * on first look-up and kept until a document naming the person changes. A
   * person in the news is in many drafts: comparing a title with each office
   * instead of each mention keeps person-title's cost per draft from growing
   * with the archive (2.4 s of a 10,000-draft run went into that comparison).
   */
  currentTitlesByOffice(key: string): ReadonlyMap<string, IndexedPersonTitle[]> {
    let offices = this.officesByName.get(key);
    if (!offices) {
      const groups = new Map<string, IndexedPersonTitle[]>();
      let order = 0;
      for (const mentions of this.byName.get(key)?.values() ?? []) {
        for (const person of mentions) {
          for (const title of person.titles) {
            if (title.status !== 'current') continue;
            const office = `${title.family}\u0000${title.level}\u0000${title.org}`;
            const entry = { person, title, order: order++ };
            const group = groups.get(office);
            if (group) group.push(entry);
            else groups.set(office, [entry]);
          }
        }
      }
      offices = groups;
      this.officesByName.set(key, offices);
    }
    return offices;
  }

  /**
   * Mentions in other documents of people whose names fold (marks removed)
   * to `folded`, grouped by name, leaving out the names in `exceptKeys`.
   */
  peopleFolded(folded: string, exceptUri?: string, exceptKeys: ReadonlySet<string> = new Set()): IndexedPerson[] {
    const found: IndexedPerson[] = [];
    for (const key of this.byFoldedName.get(folded) ?? []) if (!exceptKeys.has(key)) found.push(...this.peopleNamed(key, exceptUri));
    return found;
  }

  /**
   * Counts in other documents than `exceptUri` whose noun is `key` or starts
   * with it ("bản ghi nhớ" → "bản ghi nhớ hợp tác"), in index order. With
   * `unlessAll`, documents whose counts of that noun all say that number are
   * left out: number-consistency looks for other numbers, and a fact repeated
   * in many drafts with the same number is the common case that would
   * otherwise make each look-up read every one of them (its cost per draft
   * grew with the archive: 0.1 ms at 10,000 drafts, five times that at 50,000).
   */
  countsOf(key: string, exceptUri?: string, unlessAll?: number): IndexedCount[] {
    const entry = this.byNoun.get(key);
    if (!entry) return [];
    let uris: Iterable<string> = entry.byUri.keys();
    if (unlessAll !== undefined) {
      const differing = [...entry.mixed];
      for (const [value, valueUris] of entry.singleValue) if (value !== unlessAll) differing.push(...valueUris);
      uris = differing.sort((a, b) => this.indexOrder.get(a)! - this.indexOrder.get(b)!);
    }
    const found: IndexedCount[] = [];
    for (const uri of uris) if (uri !== exceptUri) found.push(...entry.byUri.get(uri)!);
    return found;
  }

  /** How often a name (by key) occurs in all indexed documents except `exceptUri`. */
  nameOccurrences(key: string, exceptUri?: string): number {
    let total = 0;
    for (const uri of this.byName.get(key)?.keys() ?? []) {
      if (uri !== exceptUri) total += this.documents.get(uri)?.nameCounts.get(key) ?? 0;
    }
    return total;
  }
}

function indexDocument(uri: string, source: string): IndexedDocument {
  const parsed = indexProse(source);
  const document = indexedDocument(uri, standaloneFactsSource(parsed.prose, parsed.frontMatter), new LineIndex(source));
  // Copies: a name or title cut from the prose is a view into it in V8, which
  // would keep the prose of every indexed draft alive for as long as the
  // language server runs (5,000 drafts: 193 -> 177 MB). Not in indexedDocument:
  // the CLI holds every draft's text for its run anyway, and copying there
  // raised the peak of a 10,000-draft run from 726 to 791 MB.
  return { ...document, people: structuredClone(document.people), counts: structuredClone(document.counts) };
}

/**
 * What the index keeps of a document, read through the fact extractors: from
 * the quick prose mask above, or from a lint's own context (the CLI indexes
 * the facts its lint of each file extracted, so no file is parsed twice).
 */
export function indexedDocument(uri: string, facts: FactsSource, lines: LineIndex): IndexedDocument {
  const people = documentPeople(facts).map((person) => ({
    ...person,
    uri,
    range: lines.range(person.start, person.end),
    titles: person.titles.map((title) => ({ ...title, range: lines.range(title.start, title.end) })),
  }));
  const counts = documentCounts(facts).map((count) => ({ ...count, uri, range: lines.range(count.start, count.end) }));
  const allNameCounts = documentNameCounts(facts);
  const nameCounts = new Map<string, number>();
  for (const person of people) nameCounts.set(person.key, allNameCounts.get(person.key) ?? 1);
  return { uri, people, counts, articleDate: documentArticleDate(facts), nameCounts, pack: documentPack(facts) };
}

/** "bản ghi nhớ hợp tác" → "bản ghi", "bản ghi nhớ", "bản ghi nhớ hợp", "bản ghi nhớ hợp tác" (one word alone is too vague to index). */
function nounPrefixes(key: string): string[] {
  const words = key.split(' ');
  const prefixes: string[] = [];
  for (let length = Math.min(2, words.length); length <= words.length; length++) prefixes.push(words.slice(0, length).join(' '));
  return prefixes;
}

function addTo<K>(index: Map<K, Set<string>>, key: K, value: string): void {
  let values = index.get(key);
  if (!values) {
    values = new Set();
    index.set(key, values);
  }
  values.add(value);
}

function removeFrom<K>(index: Map<K, Set<string>>, key: K, value: string): void {
  const values = index.get(key);
  if (!values) return;
  values.delete(value);
  if (values.size === 0) index.delete(key);
}
