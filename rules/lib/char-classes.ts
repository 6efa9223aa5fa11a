/**
 * Character classes (space, letter, mark, number, upper case) of the code
 * points of a text, read from a table filled on first sight, for the
 * hand-written scanners of the fact tokens and the syllable rule: a
 * Unicode-property regex per character or a `matchAll` over the prose cost
 * several times more.
 */
// One byte per UTF-16 code unit, worked out with the Unicode-property regexes
// on first sight: the regex `TOKEN` with `matchAll` cost the fact tokenizer
// 0.3 s per 1,000 drafts' lint, the whole tokenizer now under 0.2 s.
const KNOWN = 1;
export const SPACE = 2;
export const LETTER = 4;
export const MARK = 8;
export const NUMBER = 16;
export const UPPER = 32;

const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classify(char: string): number {
  return (
    KNOWN |
    (/^\s$/u.test(char) ? SPACE : 0) |
    (/^\p{L}$/u.test(char) ? LETTER : 0) |
    (/^\p{M}$/u.test(char) ? MARK : 0) |
    (/^\p{N}$/u.test(char) ? NUMBER : 0) |
    (/^\p{Lu}$/u.test(char) ? UPPER : 0)
  );
}

/** Class of one UTF-16 code unit (a lone surrogate is no letter, as in a `u` regex). */
export function unitClass(code: number): number {
  let found = bmpClasses[code];
  if (found === 0) found = bmpClasses[code] = classify(String.fromCharCode(code));
  return found;
}

/** Class of the code point at `at`, and its length in code units (2 for a surrogate pair). */
function pointAt(text: string, at: number): { cls: number; width: number } {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let found = astralClasses.get(point);
      if (found === undefined) {
        found = classify(String.fromCodePoint(point));
        astralClasses.set(point, found);
      }
      return { cls: found, width: 2 };
    }
  }
  return { cls: unitClass(code), width: 1 };
}

/** Class of the code point at `at` (0 past the end). Fast path for ASCII and other BMP letters. */
export function classAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdfff) return unitClass(code);
  return pointAt(text, at).cls;
}

/** Length in code units of the code point at `at`. */
export function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? pointAt(text, at).width : 1;
}
