/**
 * unicode-normalization: text that looks right but is not the text a reader,
 * a search box or a spell-checker expects.
 *
 * - words not in Unicode NFC (decomposed "Ả" as A + U+0309): fix, the NFC word;
 * - invisible characters inside or between words (zero-width space, joiners,
 *   word joiner, a BOM after the start, soft hyphen): fix, delete them;
 * - a run of spaces with a no-break space in it: fix, one space (a single
 *   U+00A0 is a writer's choice and is left alone);
 * - stray combining marks NFC cannot attach ("thi ̣trường", "Thuỵ̣", "Ướ́c"):
 *   fixed only when the repair is unambiguous;
 * - Ð (U+00D0, Icelandic eth) for Đ: fix, Đ;
 * - runs of TCVN3 ("Hµ Néi") or VNI ("Vieät Nam") text: fix, the Unicode text.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { Report, RuleContext, RuleReporter, TextEdit } from '../server/src/engine/types.js';
import { findLegacyRuns, tcvn3WordWithSoftHyphen, type LegacyRun } from './lib/legacy-text.js';
import { correctTonePosition, isWellFormedSyllable, readSyllable, setTone, TONE_NAMES, toneOfMark } from './lib/vietnamese.js';

export interface UnicodeNormalizationOptions {
  /** Distinct words that must read as Vietnamese once converted before a legacy-encoded run is reported. */
  legacyMinWords?: number;
}

/** Invisible characters that have no business in a news draft, with the names editors show. */
const INVISIBLE_NAMES: Record<string, string> = {
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u2060': 'WORD JOINER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  '\u00AD': 'SOFT HYPHEN',
};
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]+/g;

/** Emoji sequences and other scripts use the joiners and ZWSP on purpose (👨‍👩‍👧, Persian, Thai). */
const EMOJI_PART = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\uFE0F\u20E3]/u;
const NON_LATIN_LETTER = /(?=[\p{L}\p{M}])[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** Combining marks Vietnamese letters are built from: the five tones, circumflex, breve, horn. */
const VIETNAMESE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B]/;
const VIETNAMESE_MARKS = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B]/g;

const ETH = /(?<![\p{L}\p{M}\p{N}])[\u00D0\u00F0\u0189][\p{L}\p{M}]*/gu;
const ETH_TO_D: Record<string, string> = { '\u00D0': 'Đ', '\u0189': 'Đ', '\u00F0': 'đ' };

const SPACES_WITH_NBSP = /[ \u00A0]{2,}/g;

export default defineRule<UnicodeNormalizationOptions>({
  id: 'unicode-normalization',
  description: {
    en: 'Text in Unicode NFC without invisible characters, stray combining marks, look-alike letters or legacy TCVN3/VNI encodings.',
    vi: 'Văn bản ở dạng Unicode NFC, không có ký tự vô hình, dấu tổ hợp lạc chỗ, chữ giả dạng hay mã cũ TCVN3/VNI.',
  },
  severity: 'warning',
  fixable: true,
  tags: ['vietnamese', 'unicode'],
  optionsSchema: {
    type: 'object',
    properties: {
      legacyMinWords: {
        type: 'integer',
        minimum: 2,
        description: 'How many distinct words must read as Vietnamese once converted before a TCVN3/VNI run is reported.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { legacyMinWords: 3 },
  messages: {
    notNfc: {
      en: 'Write "{expected}" in composed Unicode (NFC): "{found}" is built from separate combining marks, so search and spell-checking miss it',
      vi: 'Hãy viết "{expected}" ở dạng Unicode dựng sẵn (NFC): "{found}" được ghép từ dấu tổ hợp rời nên tìm kiếm và kiểm tra chính tả bỏ sót',
    },
    notNfcRun: {
      en: 'Write these {count} words in composed Unicode (NFC), starting with "{expected}": they are built from separate combining marks, so search and spell-checking miss them',
      vi: 'Hãy viết {count} từ này ở dạng Unicode dựng sẵn (NFC), bắt đầu từ "{expected}": chúng được ghép từ dấu tổ hợp rời nên tìm kiếm và kiểm tra chính tả bỏ sót',
    },
    invisible: {
      en: 'Delete the invisible {name} (U+{code}) here: it splits the text for search and spell-checking',
      vi: 'Hãy xóa ký tự vô hình {name} (U+{code}) ở đây: nó chia cắt văn bản khi tìm kiếm và kiểm tra chính tả',
    },
    invisibleBetweenWords: {
      en: 'The invisible {name} (U+{code}) glues "{before}" to "{after}": write a space if they are two words, or delete it',
      vi: 'Ký tự vô hình {name} (U+{code}) dính liền "{before}" với "{after}": hãy viết dấu cách nếu đó là hai từ, hoặc xóa nó',
    },
    doubledNbsp: {
      en: 'Write one space instead of these {count} spaces, one of them a no-break space (U+00A0)',
      vi: 'Hãy viết một dấu cách thay cho {count} dấu cách này (có một dấu cách không ngắt U+00A0)',
    },
    strayMark: {
      en: 'Write "{expected}": the {mark} mark in "{found}" is a separate combining character on the wrong letter, which Unicode normalisation cannot repair',
      vi: 'Hãy viết "{expected}": dấu {mark} trong "{found}" là ký tự tổ hợp rời nằm sai chữ, chuẩn hóa Unicode không sửa được',
    },
    strayMarkUnclear: {
      en: 'Retype "{found}": its {mark} mark is a separate combining character that belongs to no letter, and which word it belongs to is unclear',
      vi: 'Hãy gõ lại "{found}": dấu {mark} là ký tự tổ hợp rời không thuộc chữ nào, và không rõ nó thuộc từ nào',
    },
    eth: {
      en: 'Write "{expected}": "{found}" starts with {letter} (U+{code}), a look-alike of the Vietnamese Đ (U+0110)',
      vi: 'Hãy viết "{expected}": "{found}" bắt đầu bằng {letter} (U+{code}), chữ trông giống chữ Đ (U+0110) của tiếng Việt',
    },
    legacyRun: {
      en: 'This text is in the old {encoding} font encoding ("{found}"): convert it to Unicode, "{expected}"',
      vi: 'Đoạn này dùng bảng mã cũ {encoding} ("{found}"): hãy chuyển sang Unicode, "{expected}"',
    },
    legacyWord: {
      en: '"{found}" looks like a word typed in the old TCVN3 font encoding, where the soft hyphen stands for ư: retype it as "{expected}"',
      vi: '"{found}" có vẻ là từ gõ bằng bảng mã cũ TCVN3, trong đó dấu gạch nối mềm là chữ ư: hãy gõ lại thành "{expected}"',
    },
  },
  check(context, options, reporter) {
    const legacySpans = reportLegacyRuns(context, options.legacyMinWords ?? 3, reporter);
    const outsideLegacy = (start: number, end: number) => !legacySpans.some((span) => start < span.end && span.start < end);
    const guarded: RuleReporter = {
      report(report: Report) {
        if (outsideLegacy(report.start, report.end)) reporter.report(report);
      },
    };
    reportInvisibles(context, guarded);
    reportDoubledNbsp(context, guarded);
    reportMarks(context, guarded);
    reportEth(context, guarded);
  },
});

function reportLegacyRuns(context: RuleContext, minWords: number, reporter: RuleReporter): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const seen = new Set<number>();
  for (const block of context.blocks) {
    if (seen.has(block.start)) continue;
    seen.add(block.start);
    for (const run of findLegacyRuns(block.text, { minWords })) {
      const start = block.start + run.start;
      const end = block.start + run.end;
      spans.push({ start, end });
      reporter.report({
        messageId: 'legacyRun',
        data: { encoding: run.encoding, found: excerpt(run.found), expected: excerpt(run.text) },
        start,
        end,
        fix: { title: `Convert ${run.encoding} to Unicode`, edits: shiftEdits(run.changes, block.start) },
      });
    }
  }
  return spans;
}

function shiftEdits(changes: LegacyRun['changes'], by: number): TextEdit[] {
  return changes.map((change) => ({ start: change.start + by, end: change.end + by, text: change.text }));
}

/** The first words of a long run, for a message that stays one line. */
function excerpt(text: string, max = 40): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > 10 ? cut : max)}…`;
}

function reportInvisibles(context: RuleContext, reporter: RuleReporter): void {
  const { prose, source } = context;
  for (const match of prose.matchAll(INVISIBLE)) {
    const start = match.index!;
    const end = start + match[0].length;
    const before = codePointBefore(source, start);
    const after = codePointAt(source, end);
    if ((before && EMOJI_PART.test(before)) || (after && EMOJI_PART.test(after))) continue;
    if ((before && NON_LATIN_LETTER.test(before)) || (after && NON_LATIN_LETTER.test(after))) continue;
    const char = match[0][0];
    const data = { name: INVISIBLE_NAMES[char], code: hex(char) };
    const wordBefore = /[\p{L}\p{M}\u00A1-\u00BF]+$/u.exec(prose.slice(Math.max(0, start - 30), start))?.[0] ?? '';
    const wordAfter = /^[\p{L}\p{M}\u00A1-\u00BF]+/u.exec(prose.slice(end, end + 30))?.[0] ?? '';
    if (match[0].includes('\u00AD')) {
      const word = wordBefore + match[0] + wordAfter;
      const decoded = tcvn3WordWithSoftHyphen(word);
      if (decoded !== undefined) {
        reporter.report({ messageId: 'legacyWord', data: { found: word.replace(/\u00AD/g, '-'), expected: decoded }, start: start - wordBefore.length, end: end + wordAfter.length });
        continue;
      }
    }
    const lettersAround = /\p{L}$/u.test(wordBefore) && /^\p{L}/u.test(wordAfter);
    if (lettersAround && !isWellFormedSyllable(wordBefore + wordAfter) && isWellFormedSyllable(wordBefore) && isWellFormedSyllable(wordAfter)) {
      // "Hà\u200BNội": two words glued together; a space or nothing, the writer knows which.
      reporter.report({ messageId: 'invisibleBetweenWords', data: { ...data, before: wordBefore, after: wordAfter }, start, end });
      continue;
    }
    reporter.report({ messageId: 'invisible', data, start, end, fix: { title: `Delete ${data.name}`, edits: [{ start, end, text: '' }] } });
  }
}

function reportDoubledNbsp(context: RuleContext, reporter: RuleReporter): void {
  const { prose, source } = context;
  if (!prose.includes('\u00A0')) return;
  for (const match of prose.matchAll(SPACES_WITH_NBSP)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (!match[0].includes('\u00A0') || source.slice(start, end) !== match[0]) continue;
    // Only between two characters of one line: indentation and line ends are Markdown's business.
    if (start === 0 || /[\r\n]/.test(source[start - 1]) || end >= source.length || /[\r\n]/.test(source[end])) continue;
    // Masked code next to the run also reads as spaces in the prose.
    if (prose[start - 1] !== source[start - 1] || prose[end] !== source[end]) continue;
    const text = match[0].includes(' ') ? ' ' : '\u00A0';
    reporter.report({
      messageId: 'doubledNbsp',
      data: { count: match[0].length },
      start,
      end,
      fix: { title: 'Write one space', edits: [{ start, end, text }] },
    });
  }
}

/** A human name for a combining mark: its tone name, or the diacritic. */
function markName(mark: string): string {
  const tone = toneOfMark(mark);
  if (tone !== undefined) return `${TONE_NAMES[tone]} (U+${hex(mark)})`;
  return `${{ '\u0302': '^', '\u0306': '˘', '\u031B': '̛' }[mark] ?? ''} (U+${hex(mark)})`.trim();
}

/**
 * A character NFC may change or join to its neighbour: anything but ASCII and
 * Latin up to U+02FF, the precomposed Vietnamese letters U+1EA0–U+1EF9 and
 * general punctuation. None of those is a mark, changes under NFC, or ends the
 * canonical decomposition of any code point (checked against all of them), so
 * a word made of them is NFC with no mark and needs no look.
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02FF\u1EA0-\u1EF9\u2010-\u2027\u2030-\u205E]/g;
/** A word: letters, marks, digits. Run with `exec` from a given offset. */
const WORD_FROM = /[\p{L}\p{M}\p{N}]+/gu;

function reportMarks(context: RuleContext, reporter: RuleReporter): void {
  const { prose } = context;
  const nfcDocument = prose.normalize('NFC') === prose;
  if (nfcDocument && !VIETNAMESE_MARK.test(prose)) return;
  const decomposed: TextEdit[] = [];
  // Only the words around a character NFC may change can hold a finding: jump
  // from one such character to the next and read the words between the spaces
  // around it, not every word of a draft that has one mark somewhere. Each
  // stretch between spaces and line breaks is read once, so a long text with
  // neither costs no more than a short one.
  let scanned = 0;
  MAY_CHANGE_UNDER_NFC.lastIndex = 0;
  for (let found = MAY_CHANGE_UNDER_NFC.exec(prose); found !== null; found = MAY_CHANGE_UNDER_NFC.exec(prose)) {
    let from = found.index;
    while (from > scanned && !isSpaceOrBreak(prose.charCodeAt(from - 1))) from -= 1;
    SPACE_OR_BREAK.lastIndex = found.index;
    const to = SPACE_OR_BREAK.test(prose) ? SPACE_OR_BREAK.lastIndex - 1 : prose.length;
    WORD_FROM.lastIndex = from;
    for (let match = WORD_FROM.exec(prose); match !== null && match.index < to; match = WORD_FROM.exec(prose)) {
      readMarkedWord(context, reporter, match[0], match.index, nfcDocument, decomposed);
    }
    scanned = to;
    MAY_CHANGE_UNDER_NFC.lastIndex = to;
  }
  for (const group of paragraphGroups(prose, decomposed)) reportDecomposed(context, reporter, group);
}

const SPACE_OR_BREAK = /[ \n]/g;

function isSpaceOrBreak(code: number): boolean {
  return code === 0x20 || code === 0x0a;
}

/** One word: stray marks reported, a decomposed spelling kept for its paragraph's finding. */
function readMarkedWord(context: RuleContext, reporter: RuleReporter, word: string, start: number, nfcDocument: boolean, decomposed: TextEdit[]): void {
  if (!/\p{M}/u.test(word) && (nfcDocument || word.normalize('NFC') === word)) return;
  const end = start + word.length;
  const nfc = word.normalize('NFC');
  const latin = !NON_LATIN_LETTER.test(nfc);
  if (latin && VIETNAMESE_MARK.test(nfc)) reportStrayMarks(context, reporter, nfc, start, end);
  else if (nfc !== word) decomposed.push({ start, end, text: nfc });
}

/** Words of one paragraph together: a paragraph pasted in NFD is one finding, not fifty. */
function paragraphGroups(prose: string, edits: readonly TextEdit[]): TextEdit[][] {
  const groups: TextEdit[][] = [];
  for (const edit of edits) {
    const current = groups[groups.length - 1];
    const previous = current?.[current.length - 1];
    if (previous && !/\n[ \t]*\r?\n/.test(prose.slice(previous.end, edit.start))) current.push(edit);
    else groups.push([edit]);
  }
  return groups;
}

/** Below this many decomposed words in a paragraph, each is its own finding. */
const DECOMPOSED_RUN = 3;

function reportDecomposed(context: RuleContext, reporter: RuleReporter, group: readonly TextEdit[]): void {
  if (group.length < DECOMPOSED_RUN) {
    for (const edit of group) {
      reporter.report({
        messageId: 'notNfc',
        data: { found: context.source.slice(edit.start, edit.end), expected: edit.text },
        start: edit.start,
        end: edit.end,
        fix: { title: `Write "${edit.text}" (NFC)`, edits: [edit] },
      });
    }
    return;
  }
  const first = group[0];
  const last = group[group.length - 1];
  reporter.report({
    messageId: 'notNfcRun',
    data: { count: group.length, expected: first.text },
    start: first.start,
    end: last.end,
    fix: { title: `Write ${group.length} words in NFC`, edits: [...group] },
  });
}

/**
 * A word (already NFC) that still has Vietnamese combining marks: NFC could
 * not put them on a letter. The repair is offered when it is unambiguous:
 *
 * - the same tone is already on the word ("Thuỵ̣", "Ướ́c", "Lạng̣"): delete the copy;
 * - a tone after a space ("thi ̣trường") when the word before has no tone
 *   and takes this one while the word after already has one: move it back;
 * - a tone on a toneless syllable that takes it ("Lang̣" → "Lạng").
 *
 * Two different tones ("miể̃n"), a circumflex, breve or horn on its own, or a
 * word that is not a syllable ("Nĩ́guez") are reported with no fix.
 */
function reportStrayMarks(context: RuleContext, reporter: RuleReporter, nfc: string, start: number, end: number): void {
  const marks = [...nfc.matchAll(VIETNAMESE_MARKS)];
  const bare = nfc.replace(VIETNAMESE_MARKS, '');
  const mark = marks[0][0];
  const leading = marks[0].index === 0;
  const tones = new Set(marks.map((found) => toneOfMark(found[0])));
  const singleTone = tones.size === 1 && !tones.has(undefined) ? toneOfMark(mark)! : undefined;
  const syllable = bare === '' ? undefined : readSyllable(bare);
  const data = { found: context.source.slice(start, end), mark: markName(mark) };

  if (leading) {
    const previous = previousWord(context.prose, start);
    const span = { start: previous ? previous.start : start, end };
    const found = context.source.slice(span.start, span.end);
    if (singleTone !== undefined && marks.length === 1) {
      const previousSyllable = previous && readSyllable(previous.text);
      const moved = previous && previousSyllable?.tone === 0 ? setTone(previous.text, singleTone) : undefined;
      if (previous && moved && (bare === '' || (syllable !== undefined && syllable.tone !== 0))) {
        return reporter.report({
          messageId: 'strayMark',
          data: { ...data, found, expected: `${moved}${context.source.slice(previous.end, start)}${bare}` },
          ...span,
          fix: { title: `Write "${moved}"`, edits: [{ start: previous.start, end: previous.end, text: moved }, { start, end: start + 1, text: '' }] },
        });
      }
      if (syllable?.tone === singleTone || previousSyllable?.tone === singleTone) {
        const expected = `${context.source.slice(span.start, start)}${bare}`;
        return reporter.report({
          messageId: 'strayMark',
          data: { ...data, found, expected },
          ...span,
          fix: { title: 'Delete the stray mark', edits: [{ start, end: start + 1, text: '' }] },
        });
      }
    }
    return reporter.report({ messageId: 'strayMarkUnclear', data: { ...data, found }, ...span });
  }

  let repaired: string | undefined;
  if (singleTone !== undefined && syllable) {
    if (syllable.tone === singleTone) repaired = bare;
    else if (syllable.tone === 0) repaired = setTone(bare, singleTone);
  }
  if (repaired !== undefined) repaired = correctTonePosition(repaired) ?? repaired;
  if (repaired === undefined || !isWellFormedSyllable(repaired)) {
    return reporter.report({ messageId: 'strayMarkUnclear', data, start, end });
  }
  reporter.report({
    messageId: 'strayMark',
    data: { ...data, expected: repaired },
    start,
    end,
    fix: { title: `Write "${repaired}"`, edits: [{ start, end, text: repaired }] },
  });
}

/** The word right before `offset` when only spaces or tabs (no line break) separate them. */
function previousWord(prose: string, offset: number): { text: string; start: number; end: number } | undefined {
  const match = /([\p{L}]+)[ \t\u00A0]{1,2}$/u.exec(prose.slice(Math.max(0, offset - 40), offset));
  if (!match) return undefined;
  const end = offset - (match[0].length - match[1].length);
  return { text: match[1], start: end - match[1].length, end };
}

function reportEth(context: RuleContext, reporter: RuleReporter): void {
  const { prose } = context;
  if (!/[\u00D0\u00F0\u0189]/.test(prose)) return;
  for (const match of prose.matchAll(ETH)) {
    const word = match[0].normalize('NFC');
    const letter = word[0];
    const expected = ETH_TO_D[letter] + word.slice(1);
    if (!isWellFormedSyllable(expected)) continue;
    const start = match.index!;
    reporter.report({
      messageId: 'eth',
      data: { found: match[0], expected, letter, code: hex(letter) },
      start,
      end: start + match[0].length,
      fix: { title: `Write ${ETH_TO_D[letter]}`, edits: [{ start, end: start + 1, text: ETH_TO_D[letter] }] },
    });
  }
}

function hex(char: string): string {
  return char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

function codePointBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const pairStart = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return String.fromCodePoint(text.codePointAt(pairStart)!);
}

function codePointAt(text: string, offset: number): string | undefined {
  return offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : undefined;
}
