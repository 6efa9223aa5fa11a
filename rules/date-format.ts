/**
 * date-format: one document, one way of writing dates.
 *
 * A date has up to three traits: its separator ("27/9", "27-9", "27.9"),
 * whether days and months below 10 carry a leading zero ("09/02/2017" or
 * "9/2/2017"), and how many digits its year has ("27/9/23" or "27/9/2023").
 * For each trait the house style (options) wins when set; otherwise the
 * document's majority does, ties going to the first date. Every date that
 * differs is reported with a fix that rewrites the date alone, never the text
 * around it, so ranges like "7/5/1954 - 7/5/2024" stay ranges.
 */
import { defineRule } from '../server/src/engine/rule.js';
import type { Fix, RuleReporter } from '../server/src/engine/types.js';
import { documentDates, type DateMention, type DateSeparator } from './lib/dates.js';

export interface DateFormatOptions {
  separator?: DateSeparator;
  leadingZero?: boolean;
}

type Trait = 'separator' | 'leadingZero' | 'yearDigits';

/** The style a date is measured against; undefined = no date says anything about that trait. */
interface DateStyle {
  separator: DateSeparator | undefined;
  leadingZero: boolean | undefined;
  yearDigits: 2 | 4 | undefined;
}

/** What one date says about each trait; undefined = nothing ("27/12" says nothing about zeros). */
interface DateTraits {
  separator: DateSeparator;
  /** 'mixed' = "06/2": one part padded, one not, which no style allows. */
  leadingZero: boolean | 'mixed' | undefined;
  yearDigits: 2 | 4 | undefined;
}

export default defineRule<DateFormatOptions>({
  id: 'date-format',
  description: {
    en: 'Dates written in one way throughout a document (separator, leading zeros, year digits).',
    vi: 'Viết ngày tháng thống nhất trong một bài (dấu phân cách, số 0 ở đầu, số chữ số của năm).',
  },
  severity: 'warning',
  fixable: true,
  tags: ['style'],
  optionsSchema: {
    type: 'object',
    properties: {
      separator: { enum: ['/', '-', '.'], description: 'House separator between day, month and year.' },
      leadingZero: { type: 'boolean', description: 'Whether days and months below 10 are written with a leading zero (09/02).' },
    },
    additionalProperties: false,
  },
  defaultOptions: {},
  messages: {
    separator: {
      en: 'Date "{date}" is written with "{found}", but this document writes dates as "{example}" — write "{expected}"',
      vi: 'Ngày "{date}" được viết với dấu "{found}", nhưng bài này viết ngày như "{example}" — hãy viết "{expected}"',
    },
    houseSeparator: {
      en: 'Date "{date}" is written with "{found}", but the house style writes dates with "{wanted}" — write "{expected}"',
      vi: 'Ngày "{date}" được viết với dấu "{found}", nhưng quy định của tòa soạn là dấu "{wanted}" — hãy viết "{expected}"',
    },
    leadingZero: {
      en: 'Date "{date}" has a leading zero, but this document writes dates without one, as "{example}" — write "{expected}"',
      vi: 'Ngày "{date}" có số 0 ở đầu, nhưng bài này viết ngày không có số 0, như "{example}" — hãy viết "{expected}"',
    },
    noLeadingZero: {
      en: 'Date "{date}" has no leading zero, but this document pads days and months with one, as "{example}" — write "{expected}"',
      vi: 'Ngày "{date}" không có số 0 ở đầu, nhưng bài này viết ngày, tháng có số 0 ở đầu, như "{example}" — hãy viết "{expected}"',
    },
    houseLeadingZero: {
      en: 'Date "{date}" has a leading zero, but the house style writes days and months without one — write "{expected}"',
      vi: 'Ngày "{date}" có số 0 ở đầu, nhưng quy định của tòa soạn là không viết số 0 ở đầu ngày, tháng — hãy viết "{expected}"',
    },
    houseNoLeadingZero: {
      en: 'Date "{date}" has no leading zero, but the house style pads days and months below 10 with one — write "{expected}"',
      vi: 'Ngày "{date}" không có số 0 ở đầu, nhưng quy định của tòa soạn là viết số 0 trước ngày, tháng nhỏ hơn 10 — hãy viết "{expected}"',
    },
    yearDigits: {
      en: 'Date "{date}" has a {found}-digit year, but this document writes years with {wanted} digits, as "{example}" — write "{expected}"',
      vi: 'Ngày "{date}" ghi năm bằng {found} chữ số, nhưng bài này ghi năm bằng {wanted} chữ số, như "{example}" — hãy viết "{expected}"',
    },
    mixed: {
      en: 'Date "{date}" is not written like the other dates in this document — write "{expected}"',
      vi: 'Ngày "{date}" không viết giống các ngày khác trong bài — hãy viết "{expected}"',
    },
    houseMixed: {
      en: 'Date "{date}" does not follow the house date style — write "{expected}"',
      vi: 'Ngày "{date}" không theo cách viết ngày của tòa soạn — hãy viết "{expected}"',
    },
    example: {
      en: 'This document writes dates like this',
      vi: 'Bài này viết ngày như thế này',
    },
  },
  check(context, options, reporter) {
    // A page's timestamp ("21:00 06/02/2017") was written by its CMS, not by
    // the writer; the boilerplate rule removes it, so it neither votes nor is reported.
    const dates = documentDates(context).filter((date) => date.cue !== 'timestamp');
    if (dates.length === 0) return;
    const traits = dates.map(traitsOf);
    const majority = majorityStyle(traits);
    const style: DateStyle = {
      separator: options.separator ?? majority.separator,
      leadingZero: options.leadingZero ?? majority.leadingZero,
      yearDigits: majority.yearDigits,
    };
    const fromHouse = (trait: Trait) => (trait === 'separator' ? options.separator : trait === 'leadingZero' ? options.leadingZero : undefined) !== undefined;
    const century = centuryOf(dates);

    dates.forEach((date, index) => {
      const differing = differingTraits(traits[index], style, century);
      if (differing.length === 0) return;
      const expected = rewrite(date, style, differing, century);
      if (expected === date.text) return;
      const example = exampleFor(differing, traits, style, century);
      report(reporter, {
        date,
        traits: traits[index],
        style,
        differing,
        expected,
        example: example === undefined ? undefined : dates[example],
        house: differing.some(fromHouse),
        fix: safeToRewrite(context.prose, date, style) ? { title: `Write "${expected}"`, edits: [{ start: date.start, end: date.end, text: expected }] } : undefined,
      });
    });
  },
});

function traitsOf(date: DateMention): DateTraits {
  const parts = date.kind === 'day-month' ? [date.dayText!, date.monthText] : [date.monthText];
  const small = parts.filter((part) => Number(part) < 10);
  const padded = small.filter((part) => part.length === 2).length;
  let leadingZero: DateTraits['leadingZero'];
  if (date.kind === 'month-year') {
    // "tháng 9/2023" is how everyone writes a month, even a desk that pads
    // "09/02/2017": only a padded "tháng 07/2013" says anything.
    leadingZero = padded > 0 ? true : undefined;
  } else if (small.length > 0) {
    leadingZero = padded === small.length ? true : padded === 0 ? false : 'mixed';
  }
  const yearDigits = date.yearText === undefined ? undefined : (date.yearText.length as 2 | 4);
  return { separator: date.separator, leadingZero, yearDigits };
}

/** The most frequent value of each trait; a tie goes to the value seen first. */
function majorityStyle(traits: readonly DateTraits[]): DateStyle {
  return {
    separator: majority(traits.map((trait) => trait.separator)),
    leadingZero: majority(traits.map((trait) => (trait.leadingZero === 'mixed' ? undefined : trait.leadingZero))),
    yearDigits: majority(traits.map((trait) => trait.yearDigits)),
  };
}

function majority<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  // Map iteration follows insertion order, so the first value seen wins ties.
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function differingTraits(traits: DateTraits, style: DateStyle, century: number | undefined): Trait[] {
  const differing: Trait[] = [];
  if (style.separator !== undefined && traits.separator !== style.separator) differing.push('separator');
  if (style.leadingZero !== undefined && traits.leadingZero !== undefined && traits.leadingZero !== style.leadingZero) differing.push('leadingZero');
  // A two-digit year is only made four digits when the document's own years say which century.
  if (style.yearDigits !== undefined && traits.yearDigits !== undefined && traits.yearDigits !== style.yearDigits) {
    if (style.yearDigits === 2 || century !== undefined) differing.push('yearDigits');
  }
  return differing;
}

/** The century of the document's 4-digit years, when they all share one. */
function centuryOf(dates: readonly DateMention[]): number | undefined {
  const centuries = new Set(dates.filter((date) => date.yearText?.length === 4).map((date) => Math.floor(date.year! / 100)));
  return centuries.size === 1 ? [...centuries][0] : undefined;
}

/** The date written in `style`; traits not listed in `differing` are kept as written. */
function rewrite(date: DateMention, style: DateStyle, differing: readonly Trait[], century: number | undefined): string {
  const separator = differing.includes('separator') ? style.separator! : date.separator;
  const pad = (part: string) => {
    if (!differing.includes('leadingZero') || Number(part) >= 10) return part;
    return style.leadingZero ? String(Number(part)).padStart(2, '0') : String(Number(part));
  };
  let year = date.yearText;
  if (year !== undefined && differing.includes('yearDigits')) {
    year = style.yearDigits === 2 ? year.slice(-2) : `${century}${year.padStart(2, '0')}`;
  }
  const parts = date.kind === 'day-month' ? [pad(date.dayText!), pad(date.monthText)] : [pad(date.monthText)];
  if (year !== undefined) parts.push(year);
  return parts.join(separator);
}

/**
 * The date to quote and point at: the first one that shows the wanted value
 * of the differing trait, preferring one that agrees on every trait. With
 * several differing traits, the first date that agrees on all of them.
 */
function exampleFor(differing: readonly Trait[], traits: readonly DateTraits[], style: DateStyle, century: number | undefined): number | undefined {
  const conforms = traits.map((trait) => differingTraits(trait, style, century).length === 0);
  const shows = differing.length === 1 ? traits.map((trait) => trait[differing[0]] === style[differing[0]]) : conforms;
  const best = traits.findIndex((_, index) => shows[index] && conforms[index]);
  return best >= 0 ? best : (shows.indexOf(true) >= 0 ? shows.indexOf(true) : undefined);
}

/**
 * A dash separator would run into a range dash glued to the date: "25-29/9"
 * would become "25-29-9", "27/9-30/9" would become "27-9-30-9". Such dates
 * are reported without a fix; the writer has to respace the range.
 */
function safeToRewrite(prose: string, date: DateMention, style: DateStyle): boolean {
  if (style.separator !== '-' || date.separator === '-') return true;
  return !/[-–]$/u.test(prose.slice(date.start - 1, date.start)) && !/^[-–]/u.test(prose.slice(date.end, date.end + 1));
}

interface Finding {
  date: DateMention;
  traits: DateTraits;
  style: DateStyle;
  differing: Trait[];
  expected: string;
  example: DateMention | undefined;
  house: boolean;
  fix: Fix | undefined;
}

function report(reporter: RuleReporter, finding: Finding): void {
  const { date, traits, style, differing, expected, example, house, fix } = finding;
  const messageId = messageFor(differing, style, house, example !== undefined);
  reporter.report({
    messageId,
    data: {
      date: date.text,
      expected,
      example: example?.text ?? expected,
      found: differing[0] === 'yearDigits' ? traits.yearDigits! : traits.separator,
      wanted: differing[0] === 'yearDigits' ? style.yearDigits! : (style.separator ?? ''),
    },
    start: date.start,
    end: date.end,
    fix,
    related: example ? [{ start: example.start, end: example.end, messageId: 'example' }] : [],
  });
}

function messageFor(differing: readonly Trait[], style: DateStyle, house: boolean, hasExample: boolean): string {
  if (differing.length > 1) return house ? 'houseMixed' : 'mixed';
  const [trait] = differing;
  if (trait === 'separator') return house || !hasExample ? 'houseSeparator' : 'separator';
  if (trait === 'yearDigits') return 'yearDigits';
  // A half-padded "06/2" reads as lacking a zero against a padded style and as having one against an unpadded one.
  const id = style.leadingZero ? 'NoLeadingZero' : 'LeadingZero';
  return house || !hasExample ? `house${id}` : id[0].toLowerCase() + id.slice(1);
}
