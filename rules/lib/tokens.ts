/**
 * A flat token stream of the prose (words with their offsets, punctuation as
 * single tokens), for the extractors that read phrases word by word (people,
 * titles). One regular expression over `context.prose`; no retext tree.
 */

export type TokenKind = 'cap' | 'upper' | 'lower' | 'number' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-case text, for dictionary look-ups. */
  lower: string;
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
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index!;
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      kind: kindOf(value),
      lower: value.toLocaleLowerCase('vi'),
      afterBreak: text.slice(previousEnd, start).includes('\n'),
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

function kindOf(value: string): TokenKind {
  if (/^\p{N}/u.test(value)) return 'number';
  if (!/^[\p{L}]/u.test(value)) return 'punct';
  const letters = value.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase('vi')) return 'upper';
  return /^\p{Lu}/u.test(value) ? 'cap' : 'lower';
}
