/**
 * A flat token stream of the prose (words with their offsets, punctuation as
 * single tokens), for the extractors that read phrases word by word (people,
 * titles). One pass over `context.prose`; no retext tree.
 */

import { phraseKey } from './fact-text.js';
import { detached } from './detached.js';
import { classAt, LETTER, MARK, NUMBER, SPACE, unitClass, UPPER, widthAt } from './char-classes.js';

export type TokenKind = 'cap' | 'upper' | 'lower' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-case text, for dictionary look-ups. */
  lower: string;
  /** Lower-case, tone-placement independent key (see `phraseKey`), for phrase look-ups. */
  key: string;
  /** True when a line break (a new paragraph or list item) separates it from the previous token. */
  afterBreak: boolean;
}

/**
 * A word: letters/digits, with inner "&", ".", "/", "-" or apostrophes kept
 * ("TN&MT", "TP.HCM", "đ/c", "GS.TS"); a few abbreviations keep their final dot
 * ("TP."). Anything else that is not space is one punctuation token.
 * `scanDefault` reads exactly this pattern without a regular expression (see there);
 * it stays here as the definition, and the unit tests compare the two.
 */
export const TOKEN = /(?:TP|Tp|TX|TT|Q|P|H)\.(?=\s*\p{Lu})|[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[&./'’](?=[\p{L}\p{M}\p{N}]))*|[^\s\p{L}\p{M}\p{N}]/gu;

/** How a language pack wants words cut (see `FactsLanguagePack.tokens`); none of these for Vietnamese. */
export interface TokenOptions {
  /** "Jean-Luc", "Secretary-General" stay one word; "ex-Mayor" (lower-case, then a capital) is split. */
  innerHyphen?: boolean;
  /** Abbreviations that keep their final dot before a capital ("Gov.", "U.S."), written without it. */
  dottedAbbreviations?: readonly string[];
  /** "Mayor's" is "Mayor", "'", "s". */
  possessive?: boolean;
  /** A capital and a dot before a capitalised word is one word, a middle initial ("John F. Kennedy"). */
  initials?: boolean;
}

const patterns = new WeakMap<TokenOptions, RegExp>();

function tokenPattern(options: TokenOptions): RegExp {
  let pattern = patterns.get(options);
  if (!pattern) {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const abbreviations = options.dottedAbbreviations?.length
      ? `(?<![\\p{L}\\p{M}\\p{N}.])(?:${options.dottedAbbreviations.map(escape).join('|')})\\.(?=\\s*\\p{Lu})|`
      : '';
    const initials = options.initials ? `(?<![\\p{L}\\p{M}\\p{N}.])\\p{Lu}\\.(?=\\s+\\p{Lu}\\p{Ll})|` : '';
    const apostrophe = options.possessive ? `['’](?![sS](?![\\p{L}\\p{M}\\p{N}]))(?=[\\p{L}\\p{M}\\p{N}])` : `['’](?=[\\p{L}\\p{M}\\p{N}])`;
    const hyphen = options.innerHyphen ? `|-(?=\\p{L})` : '';
    pattern = new RegExp(
      `${abbreviations}${initials}[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|[&./](?=[\\p{L}\\p{M}\\p{N}])|${apostrophe}${hyphen})*|[^\\s\\p{L}\\p{M}\\p{N}]`,
      'gu',
    );
    patterns.set(options, pattern);
  }
  return pattern;
}

/** "ex-Mayor", "then-Mayor": a lower-case prefix glued to a capitalised word is two words and a hyphen. */
const LOWER_PREFIX = /^(\p{Ll}+)-(?=\p{Lu})/u;

export function tokenize(text: string, options?: TokenOptions): Token[] {
  const tokens = new TokenList(text);
  if (!options) {
    scanDefault(text, tokens);
    return tokens.list;
  }
  for (const match of text.matchAll(tokenPattern(options))) {
    let value = match[0];
    let start = match.index!;
    const prefix = options.innerHyphen ? LOWER_PREFIX.exec(value) : null;
    if (prefix) {
      tokens.push(prefix[1], start);
      tokens.push('-', start + prefix[1].length);
      start += prefix[0].length;
      value = value.slice(prefix[0].length);
    }
    tokens.push(value, start);
  }
  return tokens.list;
}

/**
 * A token: its word (text, kind, keys; shared by every occurrence of the same
 * text) and where it stands. Four fields instead of seven and no string of its
 * own: the tokens of 1,000 drafts are 0.8 million objects, and their
 * allocation was most of the tokenizer's cost inside a lint.
 */
class PlacedToken implements Token {
  constructor(
    private readonly word: WordInfo,
    readonly start: number,
    readonly end: number,
    readonly afterBreak: boolean,
  ) {}

  get text(): string {
    return this.word.text;
  }

  get kind(): TokenKind {
    return this.word.kind;
  }

  get lower(): string {
    return this.word.lower;
  }

  get key(): string {
    return this.word.key;
  }
}

/** Collects tokens in text order and marks those after a line break. */
class TokenList {
  readonly list: Token[] = [];
  private previousEnd = 0;
  private nextBreak: number;

  constructor(private readonly text: string) {
    this.nextBreak = text.indexOf('\n');
  }

  /** The token `value` at `start`. */
  push(value: string, start: number): void {
    this.place(wordInfo(value), start, start + value.length);
  }

  /** The token text[start, end), without cutting it out of the text when its word is known. */
  pushRange(start: number, end: number): void {
    this.place(lexicon.wordAt(this.text, start, end), start, end);
  }

  private place(word: WordInfo, start: number, end: number): void {
    while (this.nextBreak !== -1 && this.nextBreak < this.previousEnd) this.nextBreak = this.text.indexOf('\n', this.nextBreak + 1);
    this.list.push(new PlacedToken(word, start, end, this.nextBreak !== -1 && this.nextBreak < start));
    this.previousEnd = end;
  }
}

const WORD = LETTER | MARK | NUMBER;

const AMPERSAND = 0x26;
const DOT = 0x2e;
const SLASH = 0x2f;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** `TOKEN` read by hand: the same tokens, in order. */
function scanDefault(text: string, tokens: TokenList): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    const cls = classAt(text, at);
    if (cls & SPACE) {
      at += widthAt(text, at);
      continue;
    }
    let end = abbreviationEnd(text, at);
    if (end === 0) {
      end = at + widthAt(text, at);
      if (cls & WORD) {
        for (;;) {
          const next = classAt(text, end);
          if (next & WORD) {
            end += widthAt(text, end);
            continue;
          }
          const code = text.charCodeAt(end);
          if ((code === AMPERSAND || code === DOT || code === SLASH || code === APOSTROPHE || code === RIGHT_QUOTE) && classAt(text, end + 1) & WORD) {
            end++;
            continue;
          }
          break;
        }
      }
    }
    tokens.pushRange(at, end);
    at = end;
  }
}

/** "TP.", "Tp.", "TX.", "TT.", "Q.", "P.", "H." before a capital (after spaces): where the token ends, else 0. */
function abbreviationEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  let dot: number;
  if (first === 0x51 || first === 0x50 || first === 0x48) dot = at + 1; // Q P H
  else if (first === 0x54) {
    const second = text.charCodeAt(at + 1);
    if (second !== 0x50 && second !== 0x70 && second !== 0x58 && second !== 0x54) return 0; // P p X T
    dot = at + 2;
  } else return 0;
  if (text.charCodeAt(dot) !== DOT) return 0;
  let after = dot + 1;
  while (after < text.length && classAt(text, after) & SPACE) after += widthAt(text, after);
  return classAt(text, after) & UPPER ? dot + 1 : 0;
}

interface WordInfo {
  text: string;
  kind: TokenKind;
  lower: string;
  key: string;
}

/**
 * What a token's text says of itself, worked out once per distinct text (see
 * `Lexicon`): a language has a few thousand words, and lower-casing,
 * classifying and keying each occurrence again was 0.7 s of every 1,000 drafts' lint.
 */
function makeWord(text: string): WordInfo {
  const lower = text.toLowerCase();
  return { text, kind: kindOf(text, lower), lower, key: phraseKey(lower) };
}

/** Bound of the lexicon, so a long-running server does not grow: emptied when reached. */
const MAX_WORDS = 50_000;

/**
 * The words seen so far, by a hash of their code units, looked up straight
 * from the text (open addressing, linear probing): no substring is cut and
 * hashed for a word already known, which is nearly every token.
 */
class Lexicon {
  /** Starts small and doubles at half full, so the table stays in cache for a draft's few thousand words. */
  private hashes = new Int32Array(1 << 12);
  private words: Array<WordInfo | undefined> = new Array(1 << 12).fill(undefined);
  private size = 0;

  wordAt(text: string, start: number, end: number): WordInfo {
    let hash = 0;
    for (let at = start; at < end; at++) hash = (Math.imul(hash, 31) + text.charCodeAt(at)) | 0;
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.words[slot];
      if (word === undefined) return this.add(slot, hash, detached(text.slice(start, end)));
      if (this.hashes[slot] === hash && sameText(word.text, text, start, end)) return word;
    }
  }

  private add(slot: number, hash: number, value: string): WordInfo {
    if (this.size >= MAX_WORDS) this.resize(1 << 12, false);
    else if (2 * (this.size + 1) > this.hashes.length) this.resize(this.hashes.length * 2, true);
    else {
      const word = makeWord(value);
      this.hashes[slot] = hash;
      this.words[slot] = word;
      this.size++;
      return word;
    }
    return this.wordAt(value, 0, value.length);
  }

  /** A new table of `slots` slots, with the words seen so far or empty. */
  private resize(slots: number, keep: boolean): void {
    const { hashes, words } = this;
    this.hashes = new Int32Array(slots);
    this.words = new Array(slots).fill(undefined);
    this.size = 0;
    if (!keep) return;
    const mask = slots - 1;
    for (let k = 0; k < words.length; k++) {
      const word = words[k];
      if (word === undefined) continue;
      let slot = hashes[k] & mask;
      while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[k];
      this.words[slot] = word;
      this.size++;
    }
  }
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const lexicon = new Lexicon();

function wordInfo(value: string): WordInfo {
  return lexicon.wordAt(value, 0, value.length);
}

function kindOf(value: string, lower: string): TokenKind {
  // The first code unit, as before: a word opening with a mark or an astral letter is punctuation.
  const cls = unitClass(value.charCodeAt(0));
  if (cls & NUMBER) return 'number';
  if (!(cls & LETTER)) return 'punct';
  if (value[0] === lower[0]) return 'lower';
  const upper = value.toUpperCase();
  // Two or more letters, all capitals: an abbreviation ("UBND", "TN&MT").
  if (value === upper && value.length >= 2 && upper !== lower && /\p{L}.*\p{L}/u.test(value)) return 'upper';
  return 'cap';
}
