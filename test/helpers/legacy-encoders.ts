/**
 * Encoders from Unicode Vietnamese to the legacy font encodings, as the text
 * looks read as Windows-1252: the other direction of
 * `rules/lib/legacy-text.ts`, written letter by letter (not by inverting the
 * rule's byte tables) so that a mistake in either shows in a round trip.
 */

/** Tones in the order each TCVN3 letter family lists them: none, huyền, hỏi, ngã, sắc, nặng. */
const TCVN3_TONE_ORDER = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** TCVN 5712:1993 VN3: the byte of each lower-case vowel, per tone in `TCVN3_TONE_ORDER`. */
const TCVN3_VOWELS: Record<string, number[]> = {
  a: [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9],
  ă: [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6],
  â: [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb],
  e: [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1],
  ê: [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6],
  i: [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde],
  o: [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4],
  ô: [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9],
  ơ: [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee],
  u: [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4],
  ư: [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9],
  y: [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe],
};
/** The capitals VN3 has, and đ. */
const TCVN3_OTHERS: Record<string, number> = { Ă: 0xa1, Â: 0xa2, Ê: 0xa3, Ô: 0xa4, Ơ: 0xa5, Ư: 0xa6, Đ: 0xa7, đ: 0xae };

/** Punctuation that Windows-1252 has and both encodings leave as it is. */
const PASS_THROUGH = new Set(['“', '”', '‘', '’', '–', '—', '…']);

/** Splits a letter into its letter without tone (NFC) and its tone mark ('' for none). */
function splitLetter(char: string): { letter: string; tone: string } {
  const parts = [...char.normalize('NFD')];
  const tone = parts.find((part) => /[\u0300\u0301\u0303\u0309\u0323]/.test(part)) ?? '';
  return { letter: parts.filter((part) => part !== tone).join('').normalize('NFC'), tone };
}

/**
 * Unicode → TCVN3 read as Windows-1252. Throws on a capital with a tone mark,
 * which VN3 cannot write (a second font drew those).
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (TCVN3_OTHERS[char] !== undefined) {
      out += String.fromCharCode(TCVN3_OTHERS[char]);
      continue;
    }
    const { letter, tone } = splitLetter(char);
    const family = TCVN3_VOWELS[letter];
    if (family) {
      out += String.fromCharCode(family[TCVN3_TONE_ORDER.indexOf(tone)]);
      continue;
    }
    if (TCVN3_VOWELS[letter.toLowerCase()] && tone !== '') throw new Error(`TCVN3 (VN3) has no capital "${char}"`);
    if (char.charCodeAt(0) > 0x7f && !PASS_THROUGH.has(char)) throw new Error(`TCVN3 cannot write "${char}"`);
    out += char;
  }
  return out;
}

/** VNI tone modifiers: sắc, huyền, hỏi, ngã, nặng. */
const VNI_TONES: Record<string, [string, string]> = {
  '\u0301': ['ù', 'Ù'],
  '\u0300': ['ø', 'Ø'],
  '\u0309': ['û', 'Û'],
  '\u0303': ['õ', 'Õ'],
  '\u0323': ['ï', 'Ï'],
};
/** Circumflex, alone ('') or with a tone. */
const VNI_CIRCUMFLEX: Record<string, [string, string]> = {
  '': ['â', 'Â'], '\u0301': ['á', 'Á'], '\u0300': ['à', 'À'], '\u0309': ['å', 'Å'], '\u0303': ['ã', 'Ã'], '\u0323': ['ä', 'Ä'],
};
/** Breve, alone ('') or with a tone. */
const VNI_BREVE: Record<string, [string, string]> = {
  '': ['ê', 'Ê'], '\u0301': ['é', 'É'], '\u0300': ['è', 'È'], '\u0309': ['ú', 'Ú'], '\u0303': ['ü', 'Ü'], '\u0323': ['ë', 'Ë'],
};
/** i takes no modifier: one byte per tone. */
const VNI_I: Record<string, [string, string]> = {
  '': ['i', 'I'], '\u0301': ['í', 'Í'], '\u0300': ['ì', 'Ì'], '\u0309': ['æ', 'Æ'], '\u0303': ['ó', 'Ó'], '\u0323': ['ò', 'Ò'],
};

/** Unicode → VNI-Windows read as Windows-1252: base letter + modifier. */
export function encodeVni(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const { letter, tone } = splitLetter(char);
    const lower = letter.toLowerCase();
    const upper = letter !== lower ? 1 : 0;
    const withCase = (value: string) => (upper ? value.toUpperCase() : value);
    if (lower === 'đ') out += withCase('ñ');
    else if (lower === 'i') out += VNI_I[tone][upper];
    else if (lower === 'y' && tone === '\u0323') out += withCase('î');
    else if (lower === 'â' || lower === 'ê' || lower === 'ô') out += withCase(lower === 'â' ? 'a' : lower === 'ê' ? 'e' : 'o') + VNI_CIRCUMFLEX[tone][upper];
    else if (lower === 'ă') out += withCase('a') + VNI_BREVE[tone][upper];
    else if (lower === 'ơ' || lower === 'ư') out += withCase(lower === 'ơ' ? 'ô' : 'ö') + (tone ? VNI_TONES[tone][upper] : '');
    else if (['a', 'e', 'o', 'u', 'y'].includes(lower)) out += letter + (tone ? VNI_TONES[tone][upper] : '');
    else if (char.charCodeAt(0) > 0x7f && !PASS_THROUGH.has(char)) throw new Error(`VNI cannot write "${char}"`);
    else out += char;
  }
  return out;
}
