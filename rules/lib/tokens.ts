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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let nextBreak = text.indexOf('\n');
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index!;
    const lower = value.toLowerCase();
    while (nextBreak !== -1 && nextBreak < previousEnd) nextBreak = text.indexOf('\n', nextBreak + 1);
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      kind: kindOf(value, lower),
      lower,
      key: wordKey(lower),
      afterBreak: nextBreak !== -1 && nextBreak < start,
    });
    previousEnd = start + value.length;
  }
  return tokens;
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
