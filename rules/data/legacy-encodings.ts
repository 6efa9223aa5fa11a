/**
 * The two font encodings Vietnamese was typed in before Unicode, as their text
 * looks once the font is gone and the bytes are read as Windows-1252 (what
 * Word, browsers and the clipboard give): "Hµ Néi" and "Vieät Nam" for
 * "Hà Nội" and "Việt Nam". Written for this project from the published
 * encodings; `rules/lib/legacy-text.ts` decodes with them.
 *
 * In Windows-1252, bytes 0xA0–0xFF are the characters U+00A0–U+00FF, so a
 * byte and the character it is read as share one number.
 */

/**
 * TCVN3 (the "ABC" fonts .VnTime, .VnArial…): the VN3 set of the Vietnamese
 * standard TCVN 5712:1993, the 8-bit coded character set for information
 * interchange. One byte per letter; bytes below 0x80 are ASCII. VN3 has the
 * capitals Ă Â Ê Ô Ơ Ư Đ but no capital with a tone mark: those were typed
 * with the lower-case codes in a second font (.VnTimeH) that draws capitals,
 * so a converter cannot know them (see `decodeTcvn3`).
 *
 * One row per 16 bytes, from 0xA0; a space marks a byte VN3 leaves unused.
 */
export const TCVN3_ROWS: ReadonlyArray<readonly [number, string]> = [
  [0xa0, ' ĂÂÊÔƠƯĐăâêôơưđ '],
  [0xb0, '     àảãáạ ằẳẵắ '],
  [0xc0, '      ặầẩẫấậè ẻẽ'],
  [0xd0, 'éẹềểễếệìỉ   ĩíịò'],
  [0xe0, ' ỏõóọồổỗốộờởỡớợù'],
  [0xf0, ' ủũúụừửữứựỳỷỹýỵ '],
];

/** TCVN3 as read in Windows-1252 → the Unicode letter it stands for ("µ" → "à", "\u00AD" → "ư"). */
export const TCVN3_TO_UNICODE: ReadonlyMap<string, string> = new Map(
  TCVN3_ROWS.flatMap(([first, row]) =>
    [...row].flatMap((letter, index) => (letter === ' ' ? [] : [[String.fromCharCode(first + index), letter] as [string, string]])),
  ),
);

/**
 * VNI-Windows (the VNI fonts, VNI-Times…), VNI Software Company's encoding:
 * a base letter followed by one modifier byte for its diacritics, so "ệ" is
 * "e" + "ä" and "Á" is "A" + "Ù". Capitals take the capital modifier.
 * A few letters are one byte of their own (below).
 *
 * Modifiers by the diacritics they add, in tone order sắc, huyền, hỏi, ngã, nặng:
 */
export const VNI_TONE_MODIFIERS = { lower: 'ùøûõï', upper: 'ÙØÛÕÏ' } as const;
/** Circumflex (â ê ô) alone, then circumflex + sắc, huyền, hỏi, ngã, nặng. */
export const VNI_CIRCUMFLEX_MODIFIERS = { lower: 'âáàåãä', upper: 'ÂÁÀÅÃÄ' } as const;
/** Breve (ă) alone, then breve + sắc, huyền, hỏi, ngã, nặng. */
export const VNI_BREVE_MODIFIERS = { lower: 'êéèúüë', upper: 'ÊÉÈÚÜË' } as const;

/** Which modifiers each base letter takes: a, e, o, u, y take tones; a, e, o a circumflex; a a breve. */
export const VNI_BASES: ReadonlyMap<string, { tones: boolean; circumflex: boolean; breve: boolean; letter: string }> = new Map([
  ['a', { tones: true, circumflex: true, breve: true, letter: 'a' }],
  ['e', { tones: true, circumflex: true, breve: false, letter: 'e' }],
  ['o', { tones: true, circumflex: true, breve: false, letter: 'o' }],
  ['u', { tones: true, circumflex: false, breve: false, letter: 'u' }],
  ['y', { tones: true, circumflex: false, breve: false, letter: 'y' }],
  // "ô" and "ö" are ơ and ư, and take tone modifiers: "ôù" = ớ, "öø" = ừ.
  ['ô', { tones: true, circumflex: false, breve: false, letter: 'ơ' }],
  ['ö', { tones: true, circumflex: false, breve: false, letter: 'ư' }],
]);

/**
 * Letters VNI writes as one byte: ơ ư đ, i with each tone (i takes no
 * modifier), and ỵ (y + nặng, which VNI does not build from a modifier).
 */
export const VNI_SINGLE_LETTERS: ReadonlyMap<string, string> = new Map([
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'],
  ['í', 'í'], ['ì', 'ì'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
  ['î', 'ỵ'],
  ['Ô', 'Ơ'], ['Ö', 'Ư'], ['Ñ', 'Đ'],
  ['Í', 'Í'], ['Ì', 'Ì'], ['Æ', 'Ỉ'], ['Ó', 'Ĩ'], ['Ò', 'Ị'],
  ['Î', 'Ỵ'],
]);
