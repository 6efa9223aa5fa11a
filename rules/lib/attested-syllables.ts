/**
 * Which syllables Vietnamese actually uses (layer b of the `syllable` rule),
 * and the nearest attested syllables to one that is not. The table lives in
 * `rules/data/vietnamese-syllables.ts` as one string; it is expanded into a
 * map (toneless syllable → bit set of its tones) the first time it is needed,
 * so documents that never reach this layer never pay for it.
 */
import { SYLLABLE_TABLE } from '../data/vietnamese-syllables.js';
import { placeTone, splitSyllable, type Tone } from './syllable-structure.js';

const TELEX_TONES: Record<string, Tone> = { z: 0, f: 1, s: 2, r: 3, x: 4, j: 5 };
const ALL_TONES = 0b111111;
const STOP_TONES = (1 << 2) | (1 << 5);
const STOP_FINAL = /(?:ch|[ptc])$/;

let attested: Map<string, number> | undefined;

/** Toneless syllable → bit set of tones (bit n = tone n), built once from the table. */
export function attestedSyllables(): ReadonlyMap<string, number> {
  attested ??= parseTable(SYLLABLE_TABLE);
  return attested;
}

/** Reads the table format described in the data file; throws on a malformed entry so a typo fails the tests. */
export function parseTable(table: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const match = /^(-|[a-zđ]+):\s+(.*)$/.exec(line.trim());
    if (!match) throw new Error(`syllable table: cannot read line "${line}"`);
    const initial = match[1] === '-' ? '' : match[1];
    for (const entry of match[2].split(/\s+/)) {
      const parts = /^([^:*]+)(?::([zfsrxj]+)|(\*))$/.exec(entry);
      if (!parts) throw new Error(`syllable table: cannot read entry "${entry}" of "${initial}"`);
      const base = initial + parts[1];
      const all = STOP_FINAL.test(base) ? STOP_TONES : ALL_TONES;
      let mask = 0;
      if (parts[3]) mask = all;
      else for (const letter of parts[2]) mask |= 1 << TELEX_TONES[letter];
      map.set(base, (map.get(base) ?? 0) | mask);
    }
  }
  return map;
}

export function isAttested(base: string, tone: Tone): boolean {
  return ((attestedSyllables().get(base) ?? 0) >> tone) & 1 ? true : false;
}

const LETTERS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxy'];

/** Every string one letter away from `base`: a letter replaced, removed or added. */
function oneLetterAway(base: string): string[] {
  const letters = [...base];
  const variants: string[] = [];
  // From the end backwards: a slip in the rhyme is likelier than one in the initial.
  for (let index = letters.length; index >= 0; index -= 1) {
    const before = letters.slice(0, index).join('');
    for (const letter of LETTERS) variants.push(before + letter + letters.slice(index).join(''));
    if (index < letters.length) {
      const after = letters.slice(index + 1).join('');
      variants.push(before + after);
      for (const letter of LETTERS) if (letter !== letters[index]) variants.push(before + letter + after);
    }
  }
  return variants;
}

/**
 * Initials that sound alike in some dialect or sit side by side on the
 * keyboard, so one is typed for the other: "chêu" for trêu, "diếm" for giếm,
 * "sữ" for sử… (the classes of hunspell-vi's REP table and of published
 * Vietnamese spelling-error studies: d/gi/r/v, s/x, ch/tr, l/n, d/đ).
 */
const CONFUSABLE_INITIALS: readonly (readonly string[])[] = [['d', 'gi', 'r', 'v', 'đ'], ['s', 'x'], ['ch', 'tr'], ['l', 'n'], ['b', 'p']];

/** `base` with its initial swapped for each confusable one ("chêu" → "trêu"). */
function confusableInitials(base: string): string[] {
  const { initial, rhyme } = splitSyllable(base);
  const group = CONFUSABLE_INITIALS.find((members) => members.includes(initial));
  if (!group) return [];
  // "gì", "giếm": the i written once belongs to both gi and the rhyme.
  return group.filter((other) => other !== initial).map((other) => (other === 'gi' && rhyme.startsWith('i') ? 'g' + rhyme : other + rhyme));
}

/**
 * The attested syllables nearest to a toneless `base` said with `tone`:
 * first the same letters with another tone ("đển" → đền, đến), then a
 * confusable initial ("chêu" → trêu), then one letter changed with the same
 * tone ("đển" → để). At most `limit`, lower case, tone mark placed the way
 * the writer placed it (`markOnSecond` for hoà, thuỷ).
 */
export function nearestAttested(base: string, tone: Tone, markOnSecond: boolean, limit = 4): string[] {
  const table = attestedSyllables();
  const found: string[] = [];
  const add = (candidate: string, candidateTone: Tone) => {
    const word = placeTone(candidate, candidateTone, markOnSecond);
    if (!found.includes(word)) found.push(word);
  };
  const tones = table.get(base) ?? 0;
  for (let other = 0 as Tone; other <= 5; other = (other + 1) as Tone) if (other !== tone && (tones >> other) & 1) add(base, other);
  for (const variant of [...confusableInitials(base), ...oneLetterAway(base)]) {
    if (found.length >= limit) break;
    if (((table.get(variant) ?? 0) >> tone) & 1) add(variant, tone);
  }
  return found.slice(0, limit);
}
