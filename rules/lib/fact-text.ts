/**
 * Text keys for comparing facts: names and titles are compared after
 * Unicode normalisation and with the tone mark moved out of the syllable,
 * so "Thủy"/"Thuỷ" and "Ủy ban"/"Uỷ ban" (old and new tone placement) are one.
 *
 * Lower case is `toLowerCase()`, which is `toLocaleLowerCase('vi')`: ICU tailors
 * case only for Turkish, Azeri and Lithuanian, never Vietnamese (checked on
 * every BMP character), and the locale form costs ten times as much.
 */
import { detached } from './detached.js';

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ALL_MARKS = /\p{M}/gu;

/** One syllable with its tone mark at the end: the same key for either placement style. */
function toneKeySyllable(syllable: string): string {
  const decomposed = syllable.normalize('NFD');
  const tones = decomposed.match(TONE_MARKS) ?? [];
  return decomposed.replace(TONE_MARKS, '').normalize('NFC') + tones.join('');
}

/**
 * Keys repeat (names, nouns, words): memoised for short phrases, within a
 * bound. Normalising and splitting each again was 0.05 s of every 1,000 drafts' lint.
 */
const phraseKeys = new Map<string, string>();
const MAX_PHRASE_KEYS = 20_000;
const MAX_MEMO_LENGTH = 80;

/** Lower-case key of a phrase, tone-placement independent. */
export function phraseKey(text: string): string {
  if (text.length > MAX_MEMO_LENGTH) return computePhraseKey(text);
  let key = phraseKeys.get(text);
  if (key === undefined) {
    key = computePhraseKey(text);
    if (phraseKeys.size >= MAX_PHRASE_KEYS) phraseKeys.clear();
    phraseKeys.set(detached(text), detached(key));
  }
  return key;
}

function computePhraseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map(toneKeySyllable)
    .join(' ');
}

/** Key of a person's name: as `phraseKey`, so "Thuỷ"/"Thủy" and a stray capital do not make two people. */
export function nameKey(name: string): string {
  return phraseKey(name);
}

/** The letters without any mark and with đ → d: "Lực" and "Lục" share it. */
export function foldMarks(text: string): string {
  return text.normalize('NFD').replace(ALL_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** Levenshtein distance, small strings only (names). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
