/**
 * Numeric dates in a draft: "27/9", "29-9-2023", "1.6.2017", "tháng 9/2023".
 *
 * A pure function over `context.prose` (so code, URLs and front matter are
 * already blanked out), memoised per document through
 * `context.shared('dates', …)` so every rule that needs dates pays once.
 *
 * Digits with a slash, dash or dot between them are far more often something
 * else than a date: fractions ("3/4 kế hoạch"), scores ("3-1"), ranges
 * ("2-3 người"), decimals ("2.5"), document numbers ("44/CĐ-TTg",
 * "30/2020/NĐ-CP"), versions ("7.1.1"), thousands ("1.000"). So a pattern
 * counts as a date only when it is a valid day (1–31) and month (1–12) AND
 * it has a 4-digit year, or a date cue around it: a day word right before it
 * ("ngày", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", "rạng sáng",
 * "thứ Hai", "Chủ nhật", "mùng"), a clock time ("16:00 11/2"), a weekday right
 * after it, or a range word ("từ", "đến", "tới"; "trước", "sau" for slash
 * dates) when the date then ends the phrase. A date joined to the one before it ("27/9 và 28/9",
 * "7/5/1954 - 7/5/2024") borrows that one's cue. Precision over recall: a
 * missed date costs nothing, a fraction taken for a date is a false alarm.
 */
import type { RuleContext } from '../../server/src/engine/types.js';

export type DateSeparator = '/' | '-' | '.';

/** Why a pattern was taken for a date. */
export type DateCue =
  /** It has a 4-digit year: "29/9/2023". */
  | 'year'
  /** A page's machine timestamp, "21:00 06/02/2017": stamped by a CMS, not written by the writer. */
  | 'timestamp'
  /** A day word, a weekday or a clock time next to it: "ngày 27/9", "thứ Hai (27/9)", "16:00 11/2". */
  | 'day-word'
  /** A range word before it and nothing but punctuation or a linking word after it: "đến 29-9 tại …". */
  | 'range-word'
  /** Joined to the date before it: "27/9 và 28/9". */
  | 'series'
  /** "tháng 9/2023": a month and year after the word "tháng". */
  | 'month-word';

export interface DateMention {
  /** UTF-16 offsets of the numeric date itself ("27/9", not "ngày 27/9"). */
  start: number;
  end: number;
  text: string;
  /** "day-month" may carry a year ("27/9", "27/9/2023"); "month-year" is "tháng 9/2023". */
  kind: 'day-month' | 'month-year';
  /** The numbers as written: `day` is undefined for month-year dates, `year` when there is none. */
  day: number | undefined;
  month: number;
  year: number | undefined;
  /** The digits as written, to tell "09" from "9" and "23" from "2023". */
  dayText: string | undefined;
  monthText: string;
  yearText: string | undefined;
  separator: DateSeparator;
  cue: DateCue;
  /** The first day of a day range that shares this date's month: the "25" of "25-29/9". */
  rangeFrom?: { start: number; end: number; day: number };
  /** A weekday written next to the date: "thứ Hai, 27/9", "27/9 (Chủ nhật)". 0 = Sunday … 6 = Saturday. */
  weekday?: { start: number; end: number; text: string; index: number };
  /** "15/4 âm lịch": a lunar-calendar date. */
  lunar: boolean;
}

/** The dates of a document, extracted once and shared by every rule that asks. */
export function documentDates(context: Pick<RuleContext, 'prose' | 'shared'>): readonly DateMention[] {
  return context.shared('dates', () => extractDates(context.prose));
}

// ── Patterns ───────────────────────────────────────────────────────────
// Unicode-aware word edges: `\b` does not know Vietnamese letters.
const L = '\\p{L}\\p{M}';

/**
 * d/m, d-m, d.m with an optional 2- or 4-digit year using the same separator.
 * Not glued to letters or digits on either side.
 */
const NUMERIC_DATE = new RegExp(`(?<![${L}\\p{N}])(\\d{1,2})([/.\\-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?(?![${L}\\p{N}])`, 'gu');

/** "tháng 9/2023", "Tháng 10-2020", "tháng 1.2018". */
const MONTH_YEAR = new RegExp(`(?<![${L}])(tháng\\s+)(\\d{1,2})([/.\\-])(\\d{4})(?![${L}\\p{N}])`, 'giu');

/** Weekday names as Vietnamese news writes them: "thứ Hai", "Thứ 2", "Chủ nhật". */
const WEEKDAY = `(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)`;
const WEEKDAY_INDEX: Record<string, number> = { hai: 1, ba: 2, 'tư': 3, 'năm': 4, 'sáu': 5, 'bảy': 6 };

/** Words that, right before a number, make it a day: "ngày 27/9", "sáng nay (27/9)", "mùng 2/9". */
const DAY_WORD =
  `(?:(?:ngày|hôm|sáng|chiều|tối|đêm|trưa|khuya)(?:\\s+(?:nay|qua|mai|kia|hôm\\s+(?:nay|qua)|mùng|mồng))?` +
  `|rạng\\s+sáng|sáng\\s+sớm|mùng|mồng|${WEEKDAY})`;

/** A clock time right before the date: "16:00 11/2", "10h30, 27/9". */
const CLOCK = `\\d{1,2}(?::\\d{2}|h\\d{0,2}|\\s?giờ(?:\\s?\\d{1,2})?)`;

/** Range words that make a date likely only when the date then ends the phrase. */
const RANGE_WORD = `(?:từ|đến|tới|kể\\s+từ|tính\\s+đến|cho\\s+đến|hết|vào)`;

/** Plain days listed before the date that share its month: "ngày 4 đến ngày 10.7", "ngày 23-24/1". */
const DAY_LIST = `(?:\\s+\\d{1,2}(?:\\s*(?:,|và|đến|tới|-|–)\\s*(?:ngày\\s+)?\\d{1,2})*\\s*(?:,|và|đến|tới|-|–)\\s*(?:ngày\\s+)?)`;

/** Between the cue and the date: "ngày 27/9", "hôm qua (27/9)", "thứ Hai, ngày 27/9". */
const CUE_GAP = `(?:\\s*[,(]\\s*|\\s+)(?:ngày\\s+)?`;

const STRONG_BEFORE = new RegExp(`(?<![${L}])(?:${DAY_WORD}|${CLOCK})(?:${CUE_GAP}|${DAY_LIST})$`, 'u');
const WEAK_BEFORE = new RegExp(`(?<![${L}])(?:${RANGE_WORD})(?:${CUE_GAP}|${DAY_LIST})$`, 'u');
/** "trước 31/12", "sau 1/7": deadlines, but "dẫn trước 2-1" is a score, so slash dates only. */
const DEADLINE_BEFORE = new RegExp(`(?<![${L}])(?:trước|sau)\\s+(?:ngày\\s+)?$`, 'u');

/** "mỗi ngày 2-3 lần", "hằng ngày 1/2 viên": a day word that counts, not dates. */
const DISTRIBUTIVE_BEFORE = new RegExp(`(?<![${L}])(?:mỗi|hàng|hằng)\\s+(?:ngày|hôm|sáng|chiều|tối|đêm|trưa)\\s*$`, 'u');

/** A weekday right after the date: "27/9 (thứ Hai)", "27/9, Chủ nhật". */
const WEEKDAY_AFTER = new RegExp(`^\\s*[,(]?\\s*(${WEEKDAY})(?![${L}])`, 'iu');
/** A weekday right before the date, to record it. */
const WEEKDAY_BEFORE = new RegExp(`(?<![${L}])(${WEEKDAY})(?:\\s*[,(]\\s*|\\s+)(?:ngày\\s+)?$`, 'iu');

/** "| 21:00 06/02/2017": a clock time glued before a padded full date is a page's timestamp. */
const CMS_TIMESTAMP_BEFORE = /(?<!\p{N})\d{2}:\d{2}\s+$/u;

/** "27/9 năm 2023": a year written out after the day and month. */
const YEAR_AFTER = /^\s+năm\s+\d{4}(?!\p{N})/u;

/**
 * Units and counted nouns after the number: "2-3 lần", "1/2 viên", "20-25%".
 * With one of these after it, even "ngày 2-3" is a count, not a date.
 */
const UNIT_AFTER = new RegExp(
  `^\\s*(?:[%‰°]|(?:lần|người|viên|giờ|tiếng|phút|giây|tuần|triệu|tỷ|tỉ|nghìn|ngàn|trăm|đồng|usd|km|m|cm|mm|kg|g|lít|ml|độ|điểm|bàn|trận|cái|chiếc|con|suất|ly|cốc|chén|bát|thùng|chuyến|cuốc|tuổi|phần|kế\\s+hoạch|số|lượt|vòng|inch|mét|đội|cầu\\s+thủ)(?![${L}]))`,
  'iu',
);

/**
 * After a range word the date must end the phrase: punctuation, line end, a
 * linking word ("tại", "vừa qua"), a year, or another date ("đến 29/9 và
 * 30/9"). "từ 2-3 người", "đến 2-3 năm" are counts.
 */
const PHRASE_END_AFTER = new RegExp(
  `^[^\\S\\n]*(?:$|\\n|[,;:)\\]!?…"”]|\\.(?!\\p{N})|(?:tại|ở|vừa|qua|này|theo|với)(?![${L}])|năm\\s+\\d{4}|(?:đến|tới|và|hoặc|[-–])\\s*(?:ngày\\s+)?\\d{1,2}[/.\\-]\\d{1,2}(?!\\p{N}))`,
  'u',
);

/** "trước 31/12 năm nay": a slash date before a relative year ("từ 2-3 năm nay" is a count of years). */
const RELATIVE_YEAR_AFTER = new RegExp(`^\\s+năm\\s+(?:nay|ngoái|tới|sau|trước)(?![${L}])`, 'u');

/** What may join two dates of one series: "27/9 và 28/9", "7/5/1954 - 7/5/2024", "25/9 đến 29/9". */
const SERIES_GAP = /^[^\S\n]*(?:[-–,]|và|đến|tới|hoặc|hay)[^\S\n]*(?:ngày[^\S\n]+)?$/u;

/** The first day of a day range right before the date: "25-29/9", "21 - 24.6.2017". */
const RANGE_FROM_BEFORE = /(?<![\p{L}\p{M}\p{N}/.,:])(\d{1,2})(\s*[-–]\s*)$/u;

const LUNAR_AFTER = /^\s*\(?\s*(?:âm\s+lịch|ÂL)(?![\p{L}\p{M}])/iu;

/** How far back the cue patterns look; cues are a few words long. */
const LOOKBACK = 60;

export function extractDates(prose: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of prose.matchAll(MONTH_YEAR)) {
    const start = match.index! + match[1].length;
    const month = Number(match[2]);
    const end = match.index! + match[0].length;
    if (month < 1 || month > 12 || continuesAsNumberOrCode(prose, end)) continue;
    mentions.push({
      start,
      end,
      text: prose.slice(start, end),
      kind: 'month-year',
      day: undefined,
      month,
      year: Number(match[4]),
      dayText: undefined,
      monthText: match[2],
      yearText: match[4],
      separator: match[3] as DateSeparator,
      cue: 'month-word',
      lunar: false,
    });
  }

  let previous: DateMention | undefined;
  NUMERIC_DATE.lastIndex = 0;
  for (let match = NUMERIC_DATE.exec(prose); match; match = NUMERIC_DATE.exec(prose)) {
    const mention = readNumericDate(prose, match, previous);
    if (mention) {
      mentions.push(mention);
      previous = mention;
    } else {
      // A rejected "2-3/9" must not hide the "3/9" inside it.
      NUMERIC_DATE.lastIndex = match.index + 1;
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function readNumericDate(prose: string, match: RegExpExecArray, previous: DateMention | undefined): DateMention | undefined {
  const [text, dayText, separator, monthText, yearText] = match;
  const start = match.index;
  const end = start + text.length;
  const day = Number(dayText);
  const month = Number(monthText);
  if (day < 1 || day > 31 || month < 1 || month > 12) return undefined;
  if (gluedToNumberBefore(prose, start) || continuesAsNumberOrCode(prose, end)) return undefined;

  const rangeFrom = readRangeFrom(prose, start);
  // Cues are read before the whole range: "ngày 23-24/1" is cued by "ngày".
  const cueEnd = rangeFrom?.start ?? start;
  const rawBefore = prose.slice(Math.max(0, cueEnd - LOOKBACK), cueEnd);
  const before = rawBefore.normalize('NFC').toLowerCase();
  const after = prose.slice(end, end + LOOKBACK).normalize('NFC');

  const cue = dateCue({ prose, start, before, after, dayText, monthText, separator: separator as DateSeparator, yearText, previous });
  if (!cue) return undefined;

  const mention: DateMention = {
    start,
    end,
    text,
    kind: 'day-month',
    day,
    month,
    year: yearText === undefined ? undefined : Number(yearText),
    dayText,
    monthText,
    yearText,
    separator: separator as DateSeparator,
    cue,
    lunar: LUNAR_AFTER.test(after),
  };
  if (rangeFrom) mention.rangeFrom = rangeFrom;
  const weekday = readWeekday(prose, cueEnd, end, rawBefore);
  if (weekday) mention.weekday = weekday;
  return mention;
}

interface CueInput {
  prose: string;
  start: number;
  before: string;
  after: string;
  dayText: string;
  monthText: string;
  separator: DateSeparator;
  yearText: string | undefined;
  previous: DateMention | undefined;
}

function dateCue({ prose, start, before, after, dayText, monthText, separator, yearText, previous }: CueInput): DateCue | undefined {
  if (yearText?.length === 4) return CMS_TIMESTAMP_BEFORE.test(before) && dayText.length === 2 && monthText.length === 2 ? 'timestamp' : 'year';
  if (UNIT_AFTER.test(after) || DISTRIBUTIVE_BEFORE.test(before)) return undefined;
  if (previous && start - previous.end <= 12 && SERIES_GAP.test(prose.slice(previous.end, start))) {
    // "27/9 và 28/9": the second date borrows the first one's cue, but a
    // two-digit year still needs its own.
    if (yearText === undefined || previous.yearText !== undefined) return 'series';
  }
  if (STRONG_BEFORE.test(before) || WEEKDAY_AFTER.test(after) || YEAR_AFTER.test(after)) return 'day-word';
  // A two-digit year or a dot ("6.5", "2.5.1") needs a day word: range
  // words alone are too weak against decimals and version numbers.
  if (yearText !== undefined || separator === '.') return undefined;
  const rangeWord = WEAK_BEFORE.test(before) || (separator === '/' && DEADLINE_BEFORE.test(before));
  if (rangeWord && (PHRASE_END_AFTER.test(after) || (separator === '/' && RELATIVE_YEAR_AFTER.test(after)))) return 'range-word';
  return undefined;
}

/**
 * "1.000.000", "22:19", "f/1.7", "12/16/18GB", "Covid-19/3": a number that
 * continues a longer number, a time or a code on its left is not a date.
 */
function gluedToNumberBefore(prose: string, start: number): boolean {
  return /(?:[\p{L}\p{M}\p{N}][/.:,]|[\p{L}\p{M}]-)$/u.test(prose.slice(Math.max(0, start - 2), start));
}

/**
 * "30/20/…", "7.1.1", "1-1,5 m", "16-18.000", "3/4-inch", "44/CĐ-TTg",
 * "4-3-3": what follows makes the digits part of something longer. A dash
 * followed by another date ("27/9-30/9") is a range and allowed.
 */
function continuesAsNumberOrCode(prose: string, end: number): boolean {
  const next = prose.slice(end, end + 8);
  if (/^[/.:,]\p{N}/u.test(next)) return true;
  if (/^[/\-–][\p{L}\p{M}]/u.test(next)) return true;
  if (/^[-–]\p{N}/u.test(next)) return !/^[-–]\d{1,2}[/.\-]\d/u.test(next);
  return false;
}

/** The "25" of "25-29/9", when it is a plain day (not the end of another date). */
function readRangeFrom(prose: string, start: number): DateMention['rangeFrom'] {
  const found = RANGE_FROM_BEFORE.exec(prose.slice(Math.max(0, start - 12), start));
  if (!found) return undefined;
  const day = Number(found[1]);
  if (day < 1 || day > 31) return undefined;
  const rangeStart = start - found[0].length;
  return { start: rangeStart, end: rangeStart + found[1].length, day };
}

/** The weekday written right before the date (or its range) or right after it. */
function readWeekday(prose: string, start: number, end: number, rawBefore: string): DateMention['weekday'] {
  const beforeMatch = WEEKDAY_BEFORE.exec(rawBefore);
  if (beforeMatch) {
    const weekdayStart = start - rawBefore.length + beforeMatch.index;
    const text = beforeMatch[1];
    return { start: weekdayStart, end: weekdayStart + text.length, text, index: weekdayIndex(text) };
  }
  const afterMatch = WEEKDAY_AFTER.exec(prose.slice(end, end + LOOKBACK));
  if (afterMatch) {
    const weekdayStart = end + afterMatch[0].length - afterMatch[1].length;
    const text = afterMatch[1];
    return { start: weekdayStart, end: weekdayStart + text.length, text, index: weekdayIndex(text) };
  }
  return undefined;
}

/** 0 = Sunday … 6 = Saturday; "thứ 2" = "thứ Hai" = Monday. */
export function weekdayIndex(text: string): number {
  const words = text.normalize('NFC').toLowerCase().split(/\s+/u);
  if (words[0] === 'chủ') return 0;
  const name = words[words.length - 1];
  return /^\d$/u.test(name) ? Number(name) - 1 : WEEKDAY_INDEX[name];
}
