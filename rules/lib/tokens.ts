/**
 * A flat token stream of the prose (words with their offsets, punctuation as
 * single tokens), for the extractors that read phrases word by word (people,
 * titles). One regular expression over `context.prose`; no retext tree.
 */

import { phraseKey } from './fact-text.js';

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
 */
const TOKEN = /(?:TP|Tp|TX|TT|Q|P|H)\.(?=\s*\p{Lu})|[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|[&./'’](?=[\p{L}\p{M}\p{N}]))*|[^\s\p{L}\p{M}\p{N}]/gu;

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

function tokenPattern(options: TokenOptions | undefined): RegExp {
  if (!options) return TOKEN;
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
  const tokens: Token[] = [];
  let previousEnd = 0;
  let nextBreak = text.indexOf('\n');
  for (const match of text.matchAll(tokenPattern(options))) {
    let value = match[0];
    let start = match.index!;
    const prefix = options?.innerHyphen ? LOWER_PREFIX.exec(value) : null;
    if (prefix) {
      for (const [part, at] of [[prefix[1], start], ['-', start + prefix[1].length]] as const) {
        while (nextBreak !== -1 && nextBreak < previousEnd) nextBreak = text.indexOf('\n', nextBreak + 1);
        tokens.push(makeToken(part, at, nextBreak !== -1 && nextBreak < at));
        previousEnd = at + part.length;
      }
      start += prefix[0].length;
      value = value.slice(prefix[0].length);
    }
    while (nextBreak !== -1 && nextBreak < previousEnd) nextBreak = text.indexOf('\n', nextBreak + 1);
    tokens.push(makeToken(value, start, nextBreak !== -1 && nextBreak < start));
    previousEnd = start + value.length;
  }
  return tokens;
}

function makeToken(value: string, start: number, afterBreak: boolean): Token {
  const lower = value.toLowerCase();
  return { text: value, start, end: start + value.length, kind: kindOf(value, lower), lower, key: wordKey(lower), afterBreak };
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

function kindOf(value: string, lower: string): TokenKind {
  const first = value[0];
  if (DIGIT.test(first)) return 'number';
  if (!LETTER.test(first)) return 'punct';
  if (first === lower[0]) return 'lower';
  const upper = value.toUpperCase();
  // Two or more letters, all capitals: an abbreviation ("UBND", "TN&MT").
  if (value === upper && value.length >= 2 && upper !== lower && /\p{L}.*\p{L}/u.test(value)) return 'upper';
  return 'cap';
}

/** Word keys repeat (a language has a few thousand syllables); memoise them, within a bound. */
const wordKeys = new Map<string, string>();
const MAX_WORD_KEYS = 50_000;

function wordKey(lower: string): string {
  let key = wordKeys.get(lower);
  if (key === undefined) {
    key = phraseKey(lower);
    if (wordKeys.size >= MAX_WORD_KEYS) wordKeys.clear();
    wordKeys.set(lower, key);
  }
  return key;
}
