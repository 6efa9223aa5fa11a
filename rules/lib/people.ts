/**
 * People named in a draft, with the titles given to them, in both orders:
 *
 *   Bí thư Thành ủy Hà Nội Đinh Tiến Dũng            (title, body, name)
 *   Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư …   (name, then titles)
 *   ông Nguyễn Văn A                                  (honorific, name)
 *
 * A person is only taken when there is evidence: a title or an honorific right
 * before a capitalised 2–4 syllable name that starts with a family name, or a
 * title right after it. Capitalised words that are places or parts of a body's
 * name ("TP Hồ Chí Minh", "Trường THPT Nguyễn Huệ") are not people.
 *
 * English (a pack with `orgBeforeTitle`) writes the body before the title
 * ("Springfield Mayor Jane Doe", "Deputy Foreign Minister …") and the name
 * right after it, so the name is the start of the capitalised run after the
 * title ("Mayor Jane Doe Tuesday …"), or its last two words after a body
 * ("Secretary of Health and Human Services Jane Doe"); a title in apposition
 * may take an article ("Jane Doe, the mayor of Springfield").
 */
import type { FactsLanguagePack, TitleSpec } from './lang/index.js';
import { foldMarks, nameKey, phraseKey } from './fact-text.js';
import { tokenize, type Token } from './tokens.js';
import { detached } from './detached.js';

export type TitleStatus = 'current' | 'former' | 'acting';

export interface TitleMention {
  /** The title as written, with its body ("Bí thư Thành ủy Hà Nội"). */
  text: string;
  /** The title word(s) as the pack spells them ("Bí thư"). */
  role: string;
  family: string;
  level: number;
  /** Key of the body ("thành ủy hà nội"), '' when none is given. */
  org: string;
  start: number;
  end: number;
  status: TitleStatus;
}

export interface PersonMention {
  /** The name as written. */
  name: string;
  /** Tone-placement independent key of the name. */
  key: string;
  start: number;
  end: number;
  titles: TitleMention[];
  /** What told us this is a person. */
  evidence: 'title-before' | 'honorific' | 'title-after';
}

export interface MisspelledTitle {
  text: string;
  expected: string;
  start: number;
  end: number;
}

const MAX_ORG_TOKENS = 14;
/** What stands between a name and a title after it, or between two titles: ", ", " - ", "(", "kiêm". */
const SEPARATORS = new Set([',', '-', '–', '(', 'kiêm']);

interface Phrase<T> {
  words: string[];
  value: T;
}

/** Compiled look-ups of one pack (built once per pack, reused by every document). */
class PeopleMatcher {
  readonly titles: Map<string, Phrase<TitleSpec>[]>;
  readonly honorifics: Map<string, Phrase<string>[]>;
  readonly markers: Map<string, Phrase<TitleStatus>[]>;
  readonly surnames: Set<string>;
  readonly places: Set<string>;
  /** First word of each place: a name is looked up among the places only when it starts like one. */
  readonly placeStarts: Set<string>;
  readonly classifiers: Set<string>;
  readonly stops: Map<string, Phrase<true>[]>;
  readonly deputyPrefixes: Set<string>;
  readonly notNameWords: Set<string>;
  readonly orgFillers: Set<string>;
  readonly ignoreBefore: Set<string>;
  readonly namedAfter: Set<string>;
  /** Whether a word may be part of a name (the pack's `nameSyllable` on the word folded), by the word as written. */
  private readonly nameSyllables = new Map<string, boolean>();

  constructor(readonly pack: FactsLanguagePack) {
    this.titles = indexPhrases(pack.titles.map((spec) => ({ text: spec.text, value: spec })));
    this.honorifics = indexPhrases(pack.honorifics.map((text) => ({ text, value: text })));
    this.markers = indexPhrases([
      ...[...pack.formerMarkers].map((text) => ({ text, value: 'former' as TitleStatus })),
      ...[...pack.actingMarkers].map((text) => ({ text, value: 'acting' as TitleStatus })),
    ]);
    this.surnames = new Set([...pack.surnames].map(phraseKey));
    this.places = new Set([...pack.places].map(phraseKey));
    this.placeStarts = new Set([...this.places].map((place) => place.split(' ')[0]));
    this.classifiers = new Set([...pack.placeClassifiers].map(phraseKey));
    this.stops = indexPhrases(pack.orgStopWords.map((text) => ({ text, value: true as const })));
    this.deputyPrefixes = new Set((pack.deputyPrefixes ?? []).map(phraseKey));
    this.notNameWords = new Set([...(pack.notNameWords ?? [])].map(phraseKey));
    this.orgFillers = new Set([...(pack.orgFillerWords ?? [])].map(phraseKey));
    this.ignoreBefore = new Set([...(pack.orgBeforeTitle?.ignore ?? [])].map(phraseKey));
    this.namedAfter = new Set([...(pack.namedAfterSuffixes ?? [])].map(phraseKey));
  }

  /**
   * Memoised: every capitalised run is tested, most words many times, and
   * folding the marks away each time was 0.07 s of every 1,000 drafts' lint.
   */
  isNameSyllable(word: string): boolean {
    let answer = this.nameSyllables.get(word);
    if (answer === undefined) {
      answer = this.pack.nameSyllable.test(foldMarks(word));
      if (this.nameSyllables.size >= MAX_REMEMBERED_WORDS) this.nameSyllables.clear();
      this.nameSyllables.set(detached(word), answer);
    }
    return answer;
  }
}

/** Bound of a matcher's memo of words, so a long-running server does not grow. */
const MAX_REMEMBERED_WORDS = 50_000;

function indexPhrases<T>(entries: Array<{ text: string; value: T }>): Map<string, Phrase<T>[]> {
  const index = new Map<string, Phrase<T>[]>();
  for (const { text, value } of entries) {
    const words = phraseKey(text).split(' ');
    const list = index.get(words[0]) ?? [];
    list.push({ words, value });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The longest phrase of `index` starting at token i; returns it and the index after it. */
function matchPhrase<T>(index: Map<string, Phrase<T>[]>, tokens: Token[], i: number): { value: T; next: number } | undefined {
  const first = tokens[i];
  if (!first || (first.kind !== 'cap' && first.kind !== 'lower' && first.kind !== 'upper')) return undefined;
  const candidates = index.get(first.key);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    let ok = true;
    for (let k = 1; k < candidate.words.length; k++) {
      const token = tokens[i + k];
      if (!token || token.afterBreak || token.key !== candidate.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { value: candidate.value, next: i + candidate.words.length };
  }
  return undefined;
}

const matchers = new WeakMap<FactsLanguagePack, PeopleMatcher>();
function matcherFor(pack: FactsLanguagePack): PeopleMatcher {
  let matcher = matchers.get(pack);
  if (!matcher) {
    matcher = new PeopleMatcher(pack);
    matchers.set(pack, matcher);
  }
  return matcher;
}

export function extractPeople(prose: string, pack: FactsLanguagePack, tokens: Token[] = tokenize(prose)): PersonMention[] {
  const matcher = matcherFor(pack);
  const mentions: PersonMention[] = [];
  const taken = new Set<number>(); // token index of each name's first syllable

  for (let i = 0; i < tokens.length; i++) {
    const title = matchPhrase(matcher.titles, tokens, i);
    if (title && isTitleCased(tokens[i], tokens[i - 1])) {
      const found = nameAfterTitle(matcher, tokens, i, title.next);
      if (found && !taken.has(found.nameStart)) {
        const before = orgBeforeTitle(matcher, tokens, i);
        const status = statusBefore(matcher, tokens, before.start);
        const titleMention = makeTitle(matcher, prose, tokens, before.deputy ? deputyOf(title.value, tokens, before.start, i) : title.value, i, title.next, found.orgEnd, status, before.start);
        const mention = makeMention(prose, tokens, found.nameStart, found.nameEnd, 'title-before', [titleMention]);
        mention.titles.push(...titlesAfter(matcher, prose, tokens, found.nameEnd));
        mentions.push(mention);
        taken.add(found.nameStart);
        continue;
      }
    }
    const honorific = matchPhrase(matcher.honorifics, tokens, i);
    if (honorific && !title) {
      const run = capitalRun(tokens, honorific.next);
      if (run && !taken.has(run.start) && isName(matcher, tokens, run.start, run.end)) {
        const mention = makeMention(prose, tokens, run.start, run.end, 'honorific', titlesAfter(matcher, prose, tokens, run.end));
        mentions.push(mention);
        taken.add(run.start);
        i = run.end - 1;
        continue;
      }
    }
  }

  // Names with no title or honorific before them but a title right after ("Đinh Tiến Dũng, Bí thư …").
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'cap' || taken.has(i)) continue;
    const previous = tokens[i - 1];
    if (previous && !previous.afterBreak && previous.kind === 'cap' && !tokens[i].afterBreak) continue;
    const run = capitalRun(tokens, i);
    if (!run) continue;
    if (isName(matcher, tokens, run.start, run.end)) {
      const titles = titlesAfter(matcher, prose, tokens, run.end);
      if (titles.length > 0) {
        mentions.push(makeMention(prose, tokens, run.start, run.end, 'title-after', titles));
        taken.add(run.start);
      }
    }
    i = run.end - 1;
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Titles before a name are capitalised in copy; a lower-case "chủ tịch" mid-sentence is usually a common noun. */
function isTitleCased(token: Token, previous: Token | undefined): boolean {
  return token.kind === 'cap' || token.kind === 'upper' || previous === undefined || previous.afterBreak;
}

/** A run of capitalised words starting at `from` (whole run, 2–4 words), or undefined. */
function capitalRun(tokens: Token[], from: number): { start: number; end: number } | undefined {
  let end = from;
  while (end < tokens.length && tokens[end].kind === 'cap' && (end === from || !tokens[end].afterBreak)) end++;
  if (end - from < 2 || end - from > 4) return undefined;
  return { start: from, end };
}

/** After a title: an optional body, then a name whose last syllable ends the capitalised run. */
function nameAfterTitle(matcher: PeopleMatcher, tokens: Token[], titleStart: number, from: number): { nameStart: number; nameEnd: number; orgEnd: number } | undefined {
  const { pack } = matcher;
  const first = tokens[from];
  if (!first || first.afterBreak) return undefined;
  if (first.kind === 'lower' && !pack.orgOpeners.has(first.lower)) return undefined;
  if (first.kind === 'punct' || first.kind === 'number') return undefined;

  let i = from;
  while (i < tokens.length && i - from < MAX_ORG_TOKENS) {
    const token = tokens[i];
    if (i > from && token.afterBreak) return undefined;
    if (token.kind === 'punct' && token.text !== '-' && token.text !== '–' && token.text !== '&') return undefined;
    if (token.kind === 'number') return undefined;
    if (endsBody(matcher, tokens, i)) return undefined;
    // Another title or an honorific starts a new phrase: the name, if any, belongs to it.
    if (i > from && (matchPhrase(matcher.titles, tokens, i) || (token.kind === 'lower' && matchPhrase(matcher.honorifics, tokens, i)))) return undefined;
    if (token.kind === 'cap') {
      let end = i;
      while (end < tokens.length && tokens[end].kind === 'cap' && !tokens[end].afterBreak && (end === i || !endsBody(matcher, tokens, end))) end++;
      if (pack.orgBeforeTitle) {
        // English: the name follows the title ("Mayor Jane Doe Tuesday …"), or ends a body ("… Human Services Jane Doe").
        // "Mayor Jane Doe Park": a place named after a person names nobody here.
        if (tokens.slice(i, end).some((word, k) => k >= 2 && matcher.namedAfter.has(word.key))) return undefined;
        const nameEnd = i === from ? bestNamePrefix(matcher, tokens, i, end) : undefined;
        if (nameEnd !== undefined) return { nameStart: i, nameEnd, orgEnd: i };
        // After a body, the name shares its capitalised run: "Mayor of Greater Manchester" names nobody.
        const nameStart = i === from ? undefined : shortestNameSuffix(matcher, tokens, i + 1, end);
        if (nameStart !== undefined) return { nameStart, nameEnd: end, orgEnd: nameStart };
        if (i === from) return undefined;
        i = end;
        continue;
      }
      const name = bestNameSuffix(matcher, tokens, i, end);
      if (name !== undefined) return { nameStart: name, nameEnd: end, orgEnd: name };
      i = end;
      continue;
    }
    i++;
  }
  return undefined;
}

/** A stop word or phrase (not a "và" inside the body's name), or an honorific starting the next sentence ("… Việt Nam Ông …"). */
function endsBody(matcher: PeopleMatcher, tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.kind === 'cap') {
    // "Bà Rịa" is a place inside a body's name; "Ông Trần Hữu Sơn" starts a new sentence.
    const honorific = matchPhrase(matcher.honorifics, tokens, i);
    if (!honorific || matchPhrase(matcher.titles, tokens, i)) return false;
    const run = capitalRun(tokens, honorific.next);
    return run !== undefined && isName(matcher, tokens, run.start, run.end);
  }
  if (token.kind !== 'lower') return false;
  return matchPhrase(matcher.stops, tokens, i) !== undefined && !joinsBody(matcher, tokens, i);
}

/**
 * "và" inside a body's name ("Bộ Tài nguyên và Môi trường"): after a word of
 * the body and before a capitalised word that does not start a new title.
 */
function joinsBody(matcher: PeopleMatcher, tokens: Token[], i: number): boolean {
  if (!matcher.pack.orgJoiners.has(tokens[i].lower)) return false;
  const next = tokens[i + 1];
  const previous = tokens[i - 1];
  if (!next || next.afterBreak || next.kind !== 'cap' || !previous || previous.kind === 'punct') return false;
  return !matchPhrase(matcher.titles, tokens, i + 1) && !matchPhrase(matcher.honorifics, tokens, i + 1);
}

/** The name at the end of the capitalised run [start, end): the longest 2–4 word suffix that is a name. */
function bestNameSuffix(matcher: PeopleMatcher, tokens: Token[], start: number, end: number): number | undefined {
  for (let length = Math.min(4, end - start); length >= 2; length--) {
    const nameStart = end - length;
    if (isName(matcher, tokens, nameStart, end)) return nameStart;
  }
  return undefined;
}

/** English: the longest 2–3 word start of the capitalised run [start, end) that is a name; returns its end. */
function bestNamePrefix(matcher: PeopleMatcher, tokens: Token[], start: number, end: number): number | undefined {
  for (let length = Math.min(matcher.pack.maxNameWords ?? 4, end - start); length >= 2; length--) {
    if (isName(matcher, tokens, start, start + length)) return start + length;
  }
  return undefined;
}

/** English: after a body, the shortest name that ends the run ("Human Services Jane Doe" → "Jane Doe"). */
function shortestNameSuffix(matcher: PeopleMatcher, tokens: Token[], start: number, end: number): number | undefined {
  for (let length = 2; length <= Math.min(matcher.pack.maxNameWords ?? 4, end - start); length++) {
    if (isName(matcher, tokens, end - length, end)) return end - length;
  }
  return undefined;
}

/**
 * Index loops and no arrays or joined keys unless a place could start here:
 * called for every capitalised run and its suffixes (0.1 s of every 1,000 drafts' lint with slices and joins).
 */
function isName(matcher: PeopleMatcher, tokens: Token[], start: number, end: number): boolean {
  if (end - start < 2 || end - start > (matcher.pack.maxNameWords ?? 4)) return false;
  for (let k = start; k < end; k++) if (tokens[k].kind !== 'cap' || (tokens[k].text.length <= 1 && k !== end - 1)) return false;
  for (let k = start; k < end; k++) if (!matcher.isNameSyllable(tokens[k].text)) return false;
  const first = tokens[start].key;
  if (matcher.surnames.size > 0 && !matcher.surnames.has(first)) return false;
  if (matcher.notNameWords.size > 0) for (let k = start; k < end; k++) if (matcher.notNameWords.has(tokens[k].key)) return false;
  // Titles and honorifics are capitalised too ("Bí thư", "Ông"), but never part of a name.
  for (let k = start; k < end; k++) if (matchPhrase(matcher.titles, tokens, k)) return false;
  if (matcher.placeStarts.has(first)) {
    let key = first;
    for (let k = start + 1; k < end; k++) {
      key += ` ${tokens[k].key}`;
      if (matcher.places.has(key)) return false;
    }
  }
  const before = tokens[start - 1];
  if (before && !before.afterBreak) {
    if (matcher.placeStarts.has(before.key) && matcher.places.has(`${before.key} ${first}`)) return false;
    if (followsClassifier(matcher, tokens, start)) return false;
  }
  return true;
}

/**
 * "TP Hồ Chí Minh", "phường Trần Hưng Đạo", "Trường THPT Nguyễn Huệ": the
 * words before make the name a place or a body.
 */
function followsClassifier(matcher: PeopleMatcher, tokens: Token[], start: number): boolean {
  const classifiers = matcher.classifiers;
  const one = tokens[start - 1];
  const two = tokens[start - 2];
  if (two && !one.afterBreak && classifiers.has(`${two.key} ${one.key}`)) return true;
  if (!classifiers.has(one.key)) return false;
  // "Môi trường", "Vũng Tàu": a classifier word right after a capitalised word ends a name instead.
  const compoundTail = one.kind !== 'upper' && two !== undefined && !one.afterBreak && two.kind === 'cap';
  return !compoundTail;
}

/** "nguyên Bộ trưởng", "cựu Chủ tịch", "quyền Giám đốc": up to three words before the title. */
function statusBefore(matcher: PeopleMatcher, tokens: Token[], titleStart: number): TitleStatus {
  for (let back = 1; back <= 3; back++) {
    const at = titleStart - back;
    if (at < 0 || tokens[at + 1].afterBreak) break;
    const marker = matchPhrase(matcher.markers, tokens, at);
    if (marker && marker.next === titleStart) return marker.value;
  }
  return 'current';
}

/** Titles in apposition after a name: ", Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", " - Giám đốc …", " (Phó Chủ tịch …)". */
function titlesAfter(matcher: PeopleMatcher, prose: string, tokens: Token[], nameEnd: number): TitleMention[] {
  const titles: TitleMention[] = [];
  let i = nameEnd;
  let inParenthesis = false;
  while (i < tokens.length) {
    const separator = tokens[i];
    if (!separator || separator.afterBreak || !SEPARATORS.has(separator.lower)) break;
    if (separator.text === '(') {
      if (titles.length > 0) break;
      inParenthesis = true;
    }
    let head = i + 1;
    let status: TitleStatus = 'current';
    // "Jane Doe, the mayor of Springfield", "Jane Doe, a former mayor".
    if (tokens[head] && matcher.pack.titleArticles?.has(tokens[head].lower)) head++;
    const marker = matchPhrase(matcher.markers, tokens, head);
    if (marker) {
      status = marker.value;
      head = marker.next;
    }
    const title = matchPhrase(matcher.titles, tokens, head);
    if (!title || tokens[head].afterBreak) break;
    // "Jane Doe, Deputy Mayor John Smith and …": a list of people; the title is the next person's.
    const next = tokens[title.next];
    if (matcher.pack.orgAfterTitleNeedsOpener && next && !next.afterBreak && next.kind === 'cap') break;
    // "Jane Smith, the mayor's chief of staff": the title is someone else's.
    if (matcher.pack.tokens?.possessive && next && /^['’]$/u.test(next.text) && tokens[title.next + 1]?.lower === 's') break;
    const orgEnd = orgAfterTitle(matcher, tokens, title.next);
    titles.push(makeTitle(matcher, prose, tokens, title.value, head, title.next, orgEnd, status));
    i = orgEnd;
    if (inParenthesis) break;
  }
  return titles;
}

/** The body after a title in apposition, up to punctuation, a stop word or another title. */
function orgAfterTitle(matcher: PeopleMatcher, tokens: Token[], from: number): number {
  const { pack } = matcher;
  let i = from;
  while (i < tokens.length && i - from < MAX_ORG_TOKENS) {
    const token = tokens[i];
    if (token.afterBreak) break;
    if (token.kind === 'punct' && token.text !== '&') {
      // "Lao động - Thương binh và Xã hội": a dash between capitalised words stays inside the body.
      const next = tokens[i + 1];
      if ((token.text === '-' || token.text === '–') && next && next.kind === 'cap' && i > from && !matchPhrase(matcher.titles, tokens, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    if (token.kind === 'number') break;
    if (endsBody(matcher, tokens, i)) break;
    if (i === from && token.kind === 'lower' && !pack.orgOpeners.has(token.lower)) break;
    if (i === from && token.kind !== 'lower' && pack.orgAfterTitleNeedsOpener) break;
    if (i > from && matchPhrase(matcher.titles, tokens, i)) break;
    i++;
  }
  return i;
}

/**
 * The title's tokens: an optional body before it (English, [orgStart, headStart)),
 * the title words [headStart, headEnd), and the body after them up to orgEnd.
 */
function makeTitle(
  matcher: PeopleMatcher,
  prose: string,
  tokens: Token[],
  spec: TitleSpec,
  headStart: number,
  headEnd: number,
  orgEnd: number,
  status: TitleStatus,
  orgStart = headStart,
): TitleMention {
  const start = tokens[orgStart].start;
  const end = orgEnd > headEnd ? tokens[orgEnd - 1].end : tokens[headEnd - 1].end;
  const orgAfter = orgEnd > headEnd ? prose.slice(tokens[headEnd].start, tokens[orgEnd - 1].end) : '';
  const bodyStart = orgStart + (spec.level > 0 && orgStart < headStart && matcher.deputyPrefixes.has(tokens[orgStart].key) ? 1 : 0);
  const orgBefore = bodyStart < headStart ? prose.slice(tokens[bodyStart].start, tokens[headStart - 1].end) : '';
  const orgText = orgBefore && orgAfter ? `${orgBefore} ${orgAfter}` : orgBefore || orgAfter;
  return {
    text: prose.slice(start, end),
    role: spec.text,
    family: spec.family,
    level: spec.level,
    org: orgKey(orgText, matcher.pack, matcher.orgFillers),
    start,
    end,
    status,
  };
}

function makeMention(prose: string, tokens: Token[], start: number, end: number, evidence: PersonMention['evidence'], titles: TitleMention[]): PersonMention {
  const name = prose.slice(tokens[start].start, tokens[end - 1].end);
  return { name, key: nameKey(name), start: tokens[start].start, end: tokens[end - 1].end, titles, evidence };
}

/** Key of a body's name: abbreviations spelled out, tone placement uniform, punctuation and filler words ("of", "the") dropped. */
export function orgKey(text: string, pack: FactsLanguagePack, fillers: ReadonlySet<string> = matcherFor(pack).orgFillers): string {
  const abbreviations = pack.orgAbbreviations;
  const key = phraseKey(
    text
      .split(/\s+/)
      .map((word) => abbreviations.get(word.toLocaleLowerCase('vi')) ?? word)
      .join(' ')
      .replace(/[-–&,.()]/g, ' '),
  );
  if (fillers.size === 0) return key;
  return key
    .split(' ')
    .filter((word) => !fillers.has(word))
    .join(' ');
}

/**
 * English: the body written before a title ("Springfield Mayor", "U.S.
 * Secretary of State"): capitalised words back to the start of the sentence,
 * a sentence opener, a marker or a deputy prefix ("Deputy Foreign Minister",
 * which makes the title a deputy's). Returns where the title, body included, starts.
 */
function orgBeforeTitle(matcher: PeopleMatcher, tokens: Token[], titleStart: number): { start: number; deputy: boolean } {
  if (!matcher.pack.orgBeforeTitle) return { start: titleStart, deputy: false };
  let start = titleStart;
  const ignore = matcher.ignoreBefore;
  while (start > 0 && titleStart - start < 4) {
    const token = tokens[start - 1];
    if (tokens[start].afterBreak || (token.kind !== 'cap' && token.kind !== 'upper')) break;
    if (matcher.deputyPrefixes.has(token.key)) return { start: start - 1, deputy: true };
    if (ignore.has(token.key) || matchPhrase(matcher.titles, tokens, start - 1) || matchPhrase(matcher.honorifics, tokens, start - 1)) break;
    start--;
  }
  return { start, deputy: false };
}

/** "Deputy Foreign Minister": the deputy form of the title after a deputy prefix and a body. */
function deputyOf(spec: TitleSpec, tokens: Token[], prefixAt: number, headStart: number): TitleSpec {
  if (spec.level > 0) return spec;
  return { text: `${tokens[prefixAt].text} ${tokens.slice(headStart, headStart + spec.text.split(' ').length).map((token) => token.text).join(' ')}`, family: spec.family, level: 1 };
}

/** "Thứ tưởng Lê Minh Ngân": a title spelled wrong, taken only before a capitalised word. */
export function findMisspelledTitles(prose: string, pack: FactsLanguagePack): MisspelledTitle[] {
  if (pack.titleMisspellings.size === 0) return [];
  const found: MisspelledTitle[] = [];
  for (const match of prose.matchAll(misspelledTitlePattern(pack.titleMisspellings))) {
    const written = match[1];
    const key = [...pack.titleMisspellings.keys()].find((candidate) => phraseKey(candidate) === phraseKey(written));
    if (!key) continue;
    const expected = pack.titleMisspellings.get(key)!;
    // Keep the writer's capital on the first letter.
    const cased = /^\p{Lu}/u.test(written) ? expected : expected[0].toLocaleLowerCase('vi') + expected.slice(1);
    found.push({ text: written, expected: cased, start: match.index!, end: match.index! + written.length });
  }
  return found;
}

/** The pattern of a pack's misspelled titles, built once per pack (it was built again for every draft). */
const misspelledTitlePatterns = new WeakMap<ReadonlyMap<string, string>, RegExp>();
function misspelledTitlePattern(misspellings: ReadonlyMap<string, string>): RegExp {
  let pattern = misspelledTitlePatterns.get(misspellings);
  if (!pattern) {
    // Case-sensitive on purpose: "\p{Lu}" under the i flag would match any letter, and "những thứ tưởng chừng"
    // (things that seemed) is ordinary Vietnamese. Either capital on the title's first letter is accepted.
    const alternatives = [...misspellings.keys()]
      .flatMap((text) => [text[0].toLocaleUpperCase('vi') + text.slice(1), text[0].toLocaleLowerCase('vi') + text.slice(1)])
      .map((text) => text.replace(/\s+/g, '\\s+'))
      .join('|');
    pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${alternatives})(?=\\s+\\p{Lu})`, 'gu');
    misspelledTitlePatterns.set(misspellings, pattern);
  }
  return pattern;
}

/** Two bodies are one when either is not named or one name holds the other ("Thành ủy" / "Thành ủy Hà Nội"). */
export function orgsCompatible(a: string, b: string): boolean {
  if (!a || !b || a === b) return true;
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** A principal and a deputy of one ladder for one body ("Bí thư" / "Phó Bí thư Thành ủy") cannot both be right. */
export function titlesConflict(a: Pick<TitleMention, 'family' | 'level' | 'org'>, b: Pick<TitleMention, 'family' | 'level' | 'org'>): boolean {
  return a.family === b.family && a.level !== b.level && orgsCompatible(a.org, b.org);
}

/** The same office of the same body (or of a body one of them leaves unnamed). */
export function titlesAgree(a: Pick<TitleMention, 'family' | 'level' | 'org'>, b: Pick<TitleMention, 'family' | 'level' | 'org'>): boolean {
  return a.family === b.family && a.level === b.level && orgsCompatible(a.org, b.org);
}

/** Reads a title written on its own ("Thứ trưởng Bộ Tài nguyên và Môi trường"), as in the facts file. */
export function parseTitleText(text: string, pack: FactsLanguagePack): Pick<TitleMention, 'role' | 'family' | 'level' | 'org' | 'text'> | undefined {
  const tokens = tokenize(text.normalize('NFC'), pack.tokens);
  const matcher = matcherFor(pack);
  let head = 0;
  if (matchPhrase(matcher.markers, tokens, 0)) return undefined; // "nguyên Bộ trưởng" pins nothing current
  // English: "Springfield Mayor", "Deputy Foreign Minister": the title may follow its body.
  if (pack.orgBeforeTitle) while (head < tokens.length - 1 && !matchPhrase(matcher.titles, tokens, head)) head++;
  const title = matchPhrase(matcher.titles, tokens, head);
  if (!title) return undefined;
  const before = orgBeforeTitle(matcher, tokens, head);
  if (before.start !== 0) return undefined; // words before the title that are not its body: not a title
  const spec = before.deputy ? deputyOf(title.value, tokens, 0, head) : title.value;
  const bodyStart = before.deputy ? 1 : 0;
  const orgBefore = bodyStart < head ? text.slice(tokens[bodyStart].start, tokens[head - 1].end) : '';
  const orgAfter = title.next < tokens.length ? text.slice(tokens[title.next].start) : '';
  const orgText = orgBefore && orgAfter ? `${orgBefore} ${orgAfter}` : orgBefore || orgAfter;
  return { text, role: spec.text, family: spec.family, level: spec.level, org: orgKey(orgText, pack) };
}
