/**
 * tone-mark-style: one placement of the tone mark per document.
 *
 * Open oa/oe/uy syllables can carry the mark on the o/u ("hòa", "khỏe",
 * "thủy", what the press writes) or on the a/e/y ("hoà", "khoẻ", "thuỷ", the
 * school-book form). The house style (`style`) or else the document's
 * majority decides; a tie goes to the press's o/u. "quý" is no uy syllable:
 * the u belongs to qu and the mark is on y in either style, so "qúy" is
 * reported on its own.
 *
 * With `iy` set, the same goes for the i/y pairs (kĩ/kỹ, lí/lý, tỉ/tỷ…),
 * counted pair by pair, since "bác sĩ" is the press's majority form beside
 * "kỹ", "lý", "tỷ". Names keep their own spelling ("Nguyễn Vỹ", "Mỹ").
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { RuleContext, RuleReporter } from '../server/src/engine/types.js';
import { correctTonePosition, iyVariant, readSyllable, tonePlacementOf, withTonePlacement, type IYVariant, type TonePlacement } from './lib/vietnamese.js';
import { groupBy } from './lib/group-by.js';

export interface ToneMarkStyleOptions {
  style?: 'majority' | TonePlacement;
  iy?: 'off' | 'i' | 'y' | 'majority';
}

const WORD = /(?<![\p{L}\p{M}\p{N}])\p{L}+(?![\p{L}\p{M}\p{N}])/gu;

const LETTERS: Record<TonePlacement, string> = { 'o-u': 'o/u', 'a-e-y': 'a/e/y' };
const SAMPLES: Record<TonePlacement, string> = { 'o-u': 'hòa, khỏe, thủy', 'a-e-y': 'hoà, khoẻ, thuỷ' };
const IY_SAMPLES = { i: 'kĩ, lí, tỉ', y: 'kỹ, lý, tỷ' } as const;

/**
 * The i/y pairs both spellings of which Vietnamese writes, by initial + tone
 * (0 ngang … 5 nặng): hi/hy, hỉ/hỷ, kì/kỳ … tị/tỵ. "Mi" (eyelash), "si"
 * (si mê), "my" are not pairs and are left alone.
 */
const IY_PAIRS = new Set(['h0', 'h3', 'k1', 'k2', 'k3', 'k4', 'k5', 'l0', 'l1', 'l2', 'l5', 'm1', 'm4', 's4', 't0', 't1', 't2', 't3', 't5']);
/** Pairs whose i-form the press writes more often ("bác sĩ" 18,096 to "bác sỹ" 2,666); y for the rest. */
const PRESS_PREFERS_I = new Set(['s4']);
/**
 * Toneless "hi", "li", "ti" are spelt y only in these words: "li ti", "ti vi",
 * "hi hi" never take y, so a rewrite to y needs the word around it.
 */
const Y_COMPOUNDS: Record<string, RegExp> = {
  h0: /^(?:vọng|sinh|hữu)$/u,
  l0: /^(?:hôn|dị|biệt|khai|tâm|gián|kì|kỳ|chia|cách|phân)$/u,
  t0: /^công$/u,
};

/** Words whose i never becomes y, although the syllable alone is a pair ("tỉ mỉ", not "tỷ mỉ"). */
const I_ONLY_WORDS = /^(?:tỉ mỉ|tỉ tê|lì xì|lí nhí|hỉ mũi|hỉ hả|tí ti|tí hon|tí tách)$/u;

export default defineRule<ToneMarkStyleOptions>({
  id: 'tone-mark-style',
  description: {
    en: 'One placement of the tone mark in open oa/oe/uy syllables (hòa or hoà) per document, and optionally one spelling of the i/y pairs (kĩ or kỹ).',
    vi: 'Thống nhất vị trí dấu thanh trong vần mở oa/oe/uy (hòa hay hoà) trong một bài, và tùy chọn thống nhất i/y (kĩ hay kỹ).',
  },
  severity: 'warning',
  fixable: true,
  tags: ['vietnamese', 'style'],
  optionsSchema: {
    type: 'object',
    properties: {
      style: {
        enum: ['majority', 'o-u', 'a-e-y'],
        description: 'Where the tone mark goes in open oa/oe/uy: "o-u" (hòa, thủy), "a-e-y" (hoà, thuỷ), or the document\'s majority.',
      },
      iy: {
        enum: ['off', 'i', 'y', 'majority'],
        description: 'Spelling of the i/y pairs (kĩ/kỹ, lí/lý, tỉ/tỷ): always i, always y, each pair\'s majority in the document, or not checked.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { style: 'majority', iy: 'off' },
  messages: {
    majority: {
      en: 'Write "{expected}" instead of "{found}": this document mostly puts the tone mark on {expectedLetters} ({expectedCount}×, e.g. "{example}"), not on {foundLetters} ({foundCount}×)',
      vi: 'Hãy viết "{expected}" thay cho "{found}": bài này chủ yếu đặt dấu thanh trên {expectedLetters} ({expectedCount} lần, ví dụ "{example}"), không đặt trên {foundLetters} ({foundCount} lần)',
    },
    tie: {
      en: 'Write "{expected}" instead of "{found}": this document puts the tone mark on o/u and on a/e/y equally often ({expectedCount}× each), and a tie goes to o/u, the form the press uses ("{example}")',
      vi: 'Hãy viết "{expected}" thay cho "{found}": bài này đặt dấu thanh trên o/u và trên a/e/y ngang nhau ({expectedCount} lần mỗi cách), khi ngang nhau thì theo o/u, cách báo chí dùng ("{example}")',
    },
    house: {
      en: 'Write "{expected}" instead of "{found}": the house style puts the tone mark of open oa, oe, uy on {expectedLetters} ({sample}), not on {foundLetters}',
      vi: 'Hãy viết "{expected}" thay cho "{found}": quy định của tòa soạn đặt dấu thanh của vần mở oa, oe, uy trên {expectedLetters} ({sample}), không đặt trên {foundLetters}',
    },
    quMisplaced: {
      en: 'Write "{expected}": after qu the tone mark goes on the next vowel ("quý", "quả"), in either tone-mark style',
      vi: 'Hãy viết "{expected}": sau qu, dấu thanh đặt trên nguyên âm tiếp theo ("quý", "quả"), theo cả hai cách đặt dấu',
    },
    iyMajority: {
      en: 'Write "{expected}" instead of "{found}": this document mostly writes "{form}" ({expectedCount}× against {foundCount}×)',
      vi: 'Hãy viết "{expected}" thay cho "{found}": bài này chủ yếu viết "{form}" ({expectedCount} lần so với {foundCount} lần)',
    },
    iyTie: {
      en: 'Write "{expected}" instead of "{found}": this document writes "{form}" and "{found}" equally often ({expectedCount}× each), and a tie goes to "{form}", the form the press uses more',
      vi: 'Hãy viết "{expected}" thay cho "{found}": bài này viết "{form}" và "{found}" ngang nhau ({expectedCount} lần mỗi cách), khi ngang nhau thì theo "{form}", cách báo chí dùng nhiều hơn',
    },
    iyHouse: {
      en: 'Write "{expected}" instead of "{found}": the house style writes {letter} in syllables such as {sample}',
      vi: 'Hãy viết "{expected}" thay cho "{found}": quy định của tòa soạn viết {letter} trong các tiếng như {sample}',
    },
    iyQu: {
      en: 'Write "{expected}": after the u of qu the vowel is written y ("quý", "quy định"), whichever i/y style is used',
      vi: 'Hãy viết "{expected}": sau u của qu, nguyên âm viết là y ("quý", "quy định"), dù theo cách viết i hay y',
    },
  },
  check(context, options, reporter) {
    const iy = options.iy && options.iy !== 'off' ? options.iy : undefined;
    // The i/y check reads each word's neighbours; the placement check needs
    // only the few words its filters let through, found by one scan.
    const words = documentWords(context, iy ? [...context.prose.matchAll(WORD)].map((match) => ({ text: match[0], index: match.index! })) : placementCandidates(context.prose));
    checkPlacement(words, options.style ?? 'majority', reporter);
    if (iy) checkIY(context, words, iy, reporter);
  },
});

interface Word {
  text: string;
  start: number;
  end: number;
}

function documentWords(context: RuleContext, found: ReadonlyArray<{ text: string; index: number }>): Word[] {
  const words: Word[] = [];
  // Normalising a whole draft costs more than the rest of the rule: ask
  // whether the document is NFC only when a word is not.
  let nfcDocument: boolean | undefined;
  for (const { text, index } of found) {
    // Decomposed words are unicode-normalization's; their offsets would not match letters here.
    if (text.normalize('NFC') !== text && !(nfcDocument ??= context.prose.normalize('NFC') === context.prose)) continue;
    words.push({ text, start: index, end: index + text.length });
  }
  return words;
}

/** Cheap filters, so that the syllable reader sees only the few words that can matter. */
const OPEN_OA_OE_UY = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])$/iu;
const TONED_U_AFTER_Q = /^q[ùúủũụ]/iu;
const IY_SHAPE = /^(?:[hklmst]|qu)[iìíỉĩịyỳýỷỹỵ]$/iu;
/**
 * Where a word that may pass OPEN_OA_OE_UY or TONED_U_AFTER_Q ends or starts
 * (`placementCandidates` finds the whole word around it). Scanning for
 * these few letter pairs instead of making an object of every word of the
 * draft took the rule from 0.19 s to 0.03 s over the 1,000-draft benchmark
 * archive. The q branch reads the q before looking behind it: with the
 * lookbehind first, V8 tried it at every position of the text (the scan
 * took about 25 ms instead of 20 over the same archive).
 */
const PLACEMENT_HINT = /(?:[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ])(?![\p{L}\p{M}\p{N}])|q(?<![\p{L}\p{M}\p{N}]q)[ùúủũụ]/giu;
const LETTER = /\p{L}/u;
const LETTER_MARK_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** The words of WORD that contain a PLACEMENT_HINT, in document order. */
function placementCandidates(prose: string): Array<{ text: string; index: number }> {
  const found: Array<{ text: string; index: number }> = [];
  for (const hint of prose.matchAll(PLACEMENT_HINT)) {
    let start = hint.index!;
    while (LETTER.test(codePointBefore(prose, start))) start -= codePointBefore(prose, start).length;
    let end = hint.index! + hint[0].length;
    while (LETTER.test(codePointAt(prose, end))) end += codePointAt(prose, end).length;
    // WORD's own boundaries: no mark or digit glued to either end.
    if (LETTER_MARK_OR_DIGIT.test(codePointBefore(prose, start)) || LETTER_MARK_OR_DIGIT.test(codePointAt(prose, end))) continue;
    if (found.length > 0 && found[found.length - 1].index === start) continue; // "qùy": hinted at both ends
    found.push({ text: prose.slice(start, end), index: start });
  }
  return found;
}

/** The character (a whole surrogate pair) before or at `offset`; '' at either end of the text. */
function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const low = text.charCodeAt(offset - 1);
  const high = text.charCodeAt(offset - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(offset - 2, offset) : text[offset - 1];
}

function codePointAt(text: string, offset: number): string {
  return offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : '';
}

function replace(word: Word, text: string) {
  return { title: `Write "${text}"`, edits: [{ start: word.start, end: word.end, text }] };
}

function checkPlacement(words: readonly Word[], style: 'majority' | TonePlacement, reporter: RuleReporter): void {
  const placed: Array<{ word: Word; placement: TonePlacement }> = [];
  for (const word of words) {
    const info = OPEN_OA_OE_UY.test(word.text) ? tonePlacementOf(word.text) : undefined;
    if (info) {
      placed.push({ word, placement: info.placement });
      continue;
    }
    if (!TONED_U_AFTER_Q.test(word.text)) continue;
    const syllable = readSyllable(word.text);
    const expected = syllable?.initial === 'qu' ? correctTonePosition(word.text) : undefined;
    if (expected) reporter.report({ messageId: 'quMisplaced', data: { found: word.text, expected }, start: word.start, end: word.end, fix: replace(word, expected) });
  }
  const count = (placement: TonePlacement) => placed.filter((entry) => entry.placement === placement).length;
  const counts = { 'o-u': count('o-u'), 'a-e-y': count('a-e-y') };
  const target: TonePlacement = style !== 'majority' ? style : counts['a-e-y'] > counts['o-u'] ? 'a-e-y' : 'o-u';
  const other: TonePlacement = target === 'o-u' ? 'a-e-y' : 'o-u';
  if (style === 'majority' && counts[target] === 0) return;
  const example = placed.find((entry) => entry.placement === target)?.word.text.toLocaleLowerCase('vi');
  for (const { word, placement } of placed) {
    if (placement === target) continue;
    const expected = withTonePlacement(word.text, target);
    const data = {
      found: word.text,
      expected,
      expectedLetters: LETTERS[target],
      foundLetters: LETTERS[other],
      expectedCount: counts[target],
      foundCount: counts[other],
      example: example ?? '',
      sample: SAMPLES[target],
    };
    const messageId = style !== 'majority' ? 'house' : counts[target] === counts[other] ? 'tie' : 'majority';
    reporter.report({ messageId, data, start: word.start, end: word.end, fix: replace(word, expected) });
  }
}

interface IYMention {
  word: Word;
  variant: IYVariant;
}

function checkIY(context: RuleContext, words: readonly Word[], mode: 'i' | 'y' | 'majority', reporter: RuleReporter): void {
  const mentions: IYMention[] = [];
  words.forEach((word, index) => {
    const variant = IY_SHAPE.test(word.text) ? iyVariant(word.text) : undefined;
    if (!variant || isNameOrLoanword(context.prose, words, index)) return;
    if (variant.initial === 'qu') {
      if (variant.vowel === 'i' && variant.tone !== 0) {
        reporter.report({ messageId: 'iyQu', data: { found: word.text, expected: variant.other }, start: word.start, end: word.end, fix: replace(word, variant.other) });
      }
      return;
    }
    if (!IY_PAIRS.has(variant.key) || inIOnlyWord(words, index)) return;
    // Toneless hi/li/ti may become y only inside the words listed.
    if (variant.vowel === 'i' && variant.tone === 0 && !neighbourMatches(words, index, Y_COMPOUNDS[variant.key])) return;
    mentions.push({ word, variant });
  });

  const byKey = groupBy(mentions, (mention) => mention.variant.key);
  for (const [key, group] of byKey) {
    const yCount = group.filter((mention) => mention.variant.vowel === 'y').length;
    const iCount = group.length - yCount;
    let target: 'i' | 'y';
    if (mode !== 'majority') target = mode;
    else if (yCount === 0 || iCount === 0) continue;
    else target = yCount > iCount ? 'y' : iCount > yCount ? 'i' : PRESS_PREFERS_I.has(key) ? 'i' : 'y';
    const form = group.find((mention) => mention.variant.vowel === target)?.word.text.toLocaleLowerCase('vi');
    for (const { word, variant } of group) {
      if (variant.vowel === target) continue;
      const data = {
        found: word.text,
        expected: variant.other,
        form: form ?? '',
        expectedCount: target === 'y' ? yCount : iCount,
        foundCount: target === 'y' ? iCount : yCount,
        letter: target,
        sample: IY_SAMPLES[target],
      };
      const messageId = mode !== 'majority' ? 'iyHouse' : yCount === iCount ? 'iyTie' : 'iyMajority';
      reporter.report({ messageId, data, start: word.start, end: word.end, fix: replace(word, variant.other) });
    }
  }
}

function inIOnlyWord(words: readonly Word[], index: number): boolean {
  const pair = (a: Word | undefined, b: Word | undefined) => a !== undefined && b !== undefined && I_ONLY_WORDS.test(`${a.text} ${b.text}`.toLocaleLowerCase('vi'));
  return pair(words[index], words[index + 1]) || pair(words[index - 1], words[index]);
}

/** The word before or after `index` (same sentence) matches `pattern`. */
function neighbourMatches(words: readonly Word[], index: number, pattern: RegExp | undefined): boolean {
  if (!pattern) return false;
  const near = (other: Word | undefined, gapStart: number, gapEnd: number) =>
    other !== undefined && gapEnd - gapStart <= 2 && pattern.test(other.text.toLocaleLowerCase('vi'));
  const before = words[index - 1];
  const after = words[index + 1];
  const word = words[index];
  return near(before, before?.end ?? 0, word.start) || near(after, word.end, after?.start ?? Infinity);
}

/**
 * Names keep their spelling: a capitalised syllable that does not start a
 * sentence ("ông Lý", "Nguyễn Vỹ", "Trường Đại học Kỹ thuật"), or that starts
 * one and is followed by another capitalised word ("Lý Hải nói"); "Mỹ" is the
 * country; words in capitals are left alone. Syllables of a hyphenated loan
 * word ("ki-lô-gam", "mi-li-mét") are not the i/y pairs either.
 */
function isNameOrLoanword(prose: string, words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (/[-‐‑]/u.test(prose[word.start - 1] ?? '') || /[-‐‑]/u.test(prose[word.end] ?? '')) return true;
  if (!/^\p{Lu}/u.test(word.text)) return false;
  if (word.text.length > 1 && word.text === word.text.toLocaleUpperCase('vi')) return true;
  if (/^m[ỹĩ]$/iu.test(word.text)) return true;
  if (!startsSentence(prose, word.start)) return true;
  const next = words[index + 1];
  return next !== undefined && /^\s{1,2}$/u.test(prose.slice(word.end, next.start)) && /^\p{Lu}/u.test(next.text);
}

/** Nothing but quotes, brackets, emphasis, list or heading markers between `offset` and a line start or a sentence end ("1. Kỹ" ends at the list number's dot). */
function startsSentence(prose: string, offset: number): boolean {
  let cursor = offset - 1;
  while (cursor >= 0 && /[ \t"'“‘«(\[*_>#+\-–—]/u.test(prose[cursor])) cursor -= 1;
  return cursor < 0 || /[\r\n.!?…:]/u.test(prose[cursor]);
}
