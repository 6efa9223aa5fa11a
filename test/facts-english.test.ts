/**
 * The English language pack: which drafts get it, and what each fact
 * extractor reads from English copy (dates, weekdays, ranges, counts, people,
 * titles, years and ages), with the look-alikes each must leave alone; the
 * six fact rules' messages on English data; Vietnamese reading unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint, type Finding, type RuleDefinition } from '../server/src/engine/index.js';
import { parseDocument } from '../server/src/engine/parse.js';
import { WorkspaceIndex } from '../server/src/facts/workspace-index.js';
import invalidDate from '../rules/invalid-date.js';
import nameConsistency from '../rules/name-consistency.js';
import numberConsistency from '../rules/number-consistency.js';
import personTitle from '../rules/person-title.js';
import weekdayMismatch from '../rules/weekday-mismatch.js';
import yearArithmetic from '../rules/year-arithmetic.js';
import { articleDate } from '../rules/lib/article-date.js';
import { extractCounts } from '../rules/lib/counts.js';
import { documentDateFacts } from '../rules/lib/date-facts.js';
import { documentPack, standaloneFactsSource } from '../rules/lib/document-facts.js';
import { readOrder } from '../rules/lib/full-numeric-dates.js';
import { en, enGB, enUS } from '../rules/lib/lang/en.js';
import { packFor, readsAsEnglish } from '../rules/lib/lang/index.js';
import { vi } from '../rules/lib/lang/vi.js';
import { extractPeople, parseTitleText, titlesConflict } from '../rules/lib/people.js';
import { tokenize } from '../rules/lib/tokens.js';
import { extractYearFacts } from '../rules/lib/years.js';
import { CORPUS_MISSING, corpusAvailable, loadCorpusDrafts } from './helpers/corpus.js';

const english = (body: string, date?: string, lang = 'en') => `---\nlang: ${lang}\n${date ? `date: ${date}\n` : ''}---\n\n${body}\n`;

function source(markdown: string) {
  const parsed = parseDocument(markdown);
  return standaloneFactsSource(parsed.prose, parsed.frontMatter);
}

const dates = (markdown: string) => documentDateFacts(source(markdown));

const findings = (markdown: string, rule: RuleDefinition<any>, environment = {}): Finding[] =>
  lint(markdown, { rules: [rule], locale: 'en', environment }).findings;

const ENGLISH_PARAGRAPH =
  'The city council voted on Tuesday to build a new metro line, and the mayor said that work would start next year. ' +
  'Residents of the northern districts, who have waited for a decade, were pleased with the decision, which the council ' +
  'had delayed twice because of the cost of the tunnels and the stations.';

describe('choosing the pack', () => {
  it('takes the front matter first: lang or language, a full tag before its language', () => {
    const pack = (data: Record<string, unknown>) => packFor({ data } as never).id;
    expect(pack({ lang: 'en' })).toBe('en');
    expect(pack({ lang: 'en-US' })).toBe('en-us');
    expect(pack({ language: 'en_GB' })).toBe('en-gb');
    expect(pack({ lang: 'en-AU' })).toBe('en');
    expect(pack({ lang: 'vi' })).toBe('vi');
    expect(pack({ lang: 'fr' })).toBe('vi');
  });

  it('guesses English only for clearly English prose, Vietnamese for everything else', () => {
    expect(readsAsEnglish(ENGLISH_PARAGRAPH)).toBe(true);
    expect(packFor(undefined, ENGLISH_PARAGRAPH)).toBe(en);
    // Short text, Vietnamese text, Vietnamese quoting English: the default stays.
    expect(readsAsEnglish('The mayor said that the line was ready.')).toBe(false);
    const vietnamese =
      'Sáng 27/9, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì hội nghị về tuyến đường sắt đô thị số 3. Theo ông Dũng, thành phố sẽ ' +
      'hoàn thành đoạn trên cao trong năm nay và đoạn đi ngầm vào năm 2027. Đại diện nhà thầu nói "the tunnel is on schedule" và cam kết ' +
      'bảo đảm tiến độ, an toàn lao động trong suốt quá trình thi công.';
    expect(readsAsEnglish(vietnamese)).toBe(false);
    expect(packFor(undefined, vietnamese)).toBe(vi);
    // A declared language wins over the guess.
    expect(packFor({ data: { lang: 'vi' } } as never, ENGLISH_PARAGRAPH)).toBe(vi);
  });

  it('reads names with accents from other languages, and Vietnamese names, as English copy', () => {
    expect(readsAsEnglish(`${ENGLISH_PARAGRAPH} José Martínez of São Paulo and Zoë Brontë welcomed the plan.`)).toBe(true);
    expect(readsAsEnglish(`${ENGLISH_PARAGRAPH} Deputy Minister Nguyễn Thị Phương Thảo said the plan was sound.`)).toBe(true);
  });

  it('gives the same answer for composed and decomposed text, and for text with a surrogate (read the slow way)', () => {
    // Function words, plain words and a few Vietnamese-marked ones, so both answers come up near the thresholds.
    const words = ['the', 'which', 'their', 'of', 'Hà', 'Nam', 'metro', 'council', 'line', 'José', 'São', 'Tokyo', 'Thảo', 'đường', 'ǅ', 'K'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 30, maxLength: 90 }), (picked) => {
        const text = picked.join(' ');
        const answer = readsAsEnglish(text);
        expect(readsAsEnglish(text.normalize('NFD'))).toBe(answer);
        expect(readsAsEnglish(`${text} 😀`)).toBe(answer);
      }),
      { numRuns: 500 },
    );
  });

  it('gives a draft without front matter the pack its prose reads as', () => {
    expect(documentPack(source(`# Metro\n\n${ENGLISH_PARAGRAPH}\n`)).id).toBe('en');
  });
});

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'the guess over the Vietnamese corpus' : CORPUS_MISSING, () => {
  it('reads every corpus draft, none of which declares a language, as Vietnamese', () => {
    const drafts = loadCorpusDrafts();
    expect(drafts.length).toBeGreaterThan(200);
    expect(drafts.filter((draft) => documentPack(source(draft.markdown)).id !== 'vi').map((draft) => draft.id)).toEqual([]);
  });
});

describe('English tokens', () => {
  const words = (text: string) => tokenize(text, en.tokens).map((token) => token.text);

  it('keeps hyphenated names, middle initials and dotted titles whole, splits possessives and "ex-"', () => {
    expect(words("Gov. Jean-Luc Picard's aide, John F. Kennedy, ex-Mayor O'Brien and the U.S. Senate")).toEqual([
      'Gov.', 'Jean-Luc', 'Picard', "'", 's', 'aide', ',', 'John', 'F.', 'Kennedy', ',', 'ex', '-', 'Mayor', "O'Brien", 'and', 'the', 'U.S.', 'Senate',
    ]);
  });

  it('leaves the Vietnamese tokens as they were', () => {
    expect(tokenize("Bà Rịa - Vũng Tàu, TP. Hồ Chí Minh, TN&MT, đ/c Lê's").map((token) => token.text)).toEqual([
      'Bà', 'Rịa', '-', 'Vũng', 'Tàu', ',', 'TP.', 'Hồ', 'Chí', 'Minh', ',', 'TN&MT', ',', 'đ/c', "Lê's",
    ]);
  });
});

describe('English dates', () => {
  it('reads month-first and day-first long dates, with and without a year', () => {
    const { dates: found } = dates(english('On Sept. 27, 2023, and September 28 and on 29 September 2023, the 30th of September, and Oct 1st.'));
    expect(found.map((date) => [date.text, date.day, date.month, date.writtenYear])).toEqual([
      ['Sept. 27, 2023', 27, 9, 2023],
      ['September 28', 28, 9, undefined],
      ['29 September 2023', 29, 9, 2023],
      ['30th of September', 30, 9, undefined],
      ['Oct 1st', 1, 10, undefined],
    ]);
  });

  it('never reads months in other words or numbers that are counts', () => {
    expect(dates(english('The Mayor 3 times, Marathon 5, May 2023, Sept. 27 percent, the March 15 people.')).dates).toEqual([]);
  });

  it('reads numeric dates only when their numbers allow one reading, or in the order the desk declares', () => {
    expect(readOrder(9, 27, 'either')).toEqual({ day: 27, month: 9 });
    expect(readOrder(27, 9, 'either')).toEqual({ day: 27, month: 9 });
    expect(readOrder(5, 5, 'either')).toEqual({ day: 5, month: 5 });
    expect(readOrder(3, 4, 'either')).toBeUndefined();
    expect(readOrder(3, 4, enUS.numericDateOrder)).toEqual({ day: 4, month: 3 });
    expect(readOrder(3, 4, enGB.numericDateOrder)).toEqual({ day: 3, month: 4 });
    expect(readOrder(13, 14, 'either')).toBeUndefined();
    const text = 'Due 9/27/2023, filed 2023-09-26, signed 3/4/2023, Thursday (9/28), a 3/4 share, 24/7 service, a 3-1 win.';
    expect(dates(english(text)).dates.map((date) => date.text)).toEqual(['9/27/2023', '2023-09-26', '9/28']);
    expect(dates(english(text, undefined, 'en-US')).dates.map((date) => [date.text, date.month, date.day])).toEqual([
      ['9/27/2023', 9, 27],
      ['2023-09-26', 9, 26],
      ['3/4/2023', 3, 4],
      ['9/28', 9, 28],
    ]);
  });

  it('reads the weekday before a date ("Wednesday, Sept. 27", "on Thursday (Sept. 28)") or in parentheses after it', () => {
    const { dates: found } = dates(english('Wednesday, Sept. 27, 2023; on Thursday (Sept. 28); Sept. 30 (Saturday); Wednesday 4 October 2023; Thu., Oct. 5.'));
    expect(found.map((date) => [date.text, date.weekday?.text, date.weekday?.index])).toEqual([
      ['Sept. 27, 2023', 'Wednesday', 3],
      ['Sept. 28', 'Thursday', 4],
      ['Sept. 30', 'Saturday', 6],
      ['4 October 2023', 'Wednesday', 3],
      ['Oct. 5', 'Thu.', 4],
    ]);
  });

  it('leaves weekdays that end a span, follow a comma or start another sentence', () => {
    const { dates: found } = dates(english("Monday-Friday, Sept. 25-29; Monday through Friday, Sept. 25; by Sept. 28, Monday's vote; he sat. Sept. 29 is set."));
    expect(found.filter((date) => date.weekday).map((date) => date.text)).toEqual([]);
    // "until" before a weekday alone is no span: "until Friday, March 22" names the date.
    expect(dates(english('Lawmakers have until Friday, March 22, to act.')).dates[0].weekday?.text).toBe('Friday');
  });

  it('reads ranges: a day range in one month, a dash or "to" between two dates, not a move', () => {
    const { ranges } = dates(english('The fair runs Sept. 25-29, 2023; the expo Sept. 28-Oct. 2; the vote from Nov. 6 to Oct. 30; postponed from Oct. 2 to Sept. 28.'));
    expect(ranges.map((range) => [range.kind, range.from.day, range.from.month, range.to.text, range.to.writtenYear])).toEqual([
      ['days', 25, 9, 'Sept. 29', 2023],
      ['dates', 28, 9, 'Oct. 2', undefined],
      ['dates', 6, 11, 'Oct. 30', undefined],
    ]);
  });

  it('reads an English dateline as the article date', () => {
    const parsed = parseDocument('WASHINGTON, Sept. 27, 2023 — The Senate voted.\n');
    expect(articleDate(parsed.frontMatter, parsed.prose, en)).toEqual({ year: 2023, month: 9, day: 27 });
  });

  it('names and abbreviates weekdays in the writer\'s style', () => {
    expect(en.weekdayName(3, 'Thursday')).toBe('Wednesday');
    expect(en.weekdayName(3, 'Thu.')).toBe('Wed.');
    expect(en.weekdayName(3, 'THURSDAY')).toBe('WEDNESDAY');
    expect(en.weekdayIndex('thursday')).toBeUndefined();
    expect(en.weekdayIndex('Sun.')).toBe(0);
  });
});

describe('English counts', () => {
  const counts = (text: string) =>
    extractCounts(text, en).map((count) => ({
      value: count.value,
      noun: count.noun,
      size: count.nounSize,
      flags: ['partial', 'narrowed', 'unit', 'generic'].filter((flag) => count[flag as 'partial']),
      qualifier: count.qualifier,
    }));

  it('reads digits with commas, number words and nouns with "of" inside', () => {
    expect(counts('The city will build 27 metro lines by 2040.')).toEqual([{ value: 27, noun: 'metro lines', size: 4, flags: [], qualifier: undefined }]);
    expect(counts('Officials signed six memorandums of understanding with investors.')[0]).toMatchObject({ value: 6, noun: 'memorandums of understanding' });
    expect(counts('Twenty-seven light-rail lines and 1,200 buses.').map((count) => [count.value, count.noun])).toEqual([
      [27, 'light-rail lines'],
      [1200, 'buses'],
    ]);
  });

  it('ends a noun at a verb form and marks approximate, partial, labelled and general counts', () => {
    expect(counts('5 memorandums covering trade')[0].noun).toBe('memorandums');
    expect(counts('more than 30 people attended')[0]).toMatchObject({ qualifier: 'more than', flags: ['generic'] });
    expect(counts('Of those, 12 metro lines are built')[0].flags).toEqual(['partial']);
    expect(counts('another 3 metro lines')[0].flags).toEqual(['partial']);
    expect(counts('the layer 2 cache')[0].flags).toEqual(['partial']);
    expect(counts('the Apollo 11 astronauts')[0].flags).toEqual(['partial']);
    expect(counts('2 memorandums on trade')[0].flags).toEqual(['narrowed']);
    expect(counts('for 5 years')[0].flags).toEqual(['unit']);
  });

  it('never reads dates, fractions, scores, plans or code as counts', () => {
    expect(counts('the 2021-2025 plan, 3/4 of the budget, a 3-1 win, 2.5 percent, merge 7839632 jk/fix-typo')).toEqual([]);
  });
});

describe('English people', () => {
  const people = (text: string) =>
    extractPeople(text, en, tokenize(text, en.tokens)).map((person) => ({
      name: person.name,
      titles: person.titles.map((title) => `${title.status === 'current' ? '' : `${title.status}:`}${title.text}|${title.level}|${title.org}`),
    }));

  it('reads titles before the name, with the body before the title', () => {
    expect(people('Mayor Jane Doe, Deputy Mayor John Smith and Secretary of State Antony J. Blinken met.')).toEqual([
      { name: 'Jane Doe', titles: ['Mayor|0|'] },
      { name: 'John Smith', titles: ['Deputy Mayor|1|'] },
      { name: 'Antony J. Blinken', titles: ['Secretary of State|0|'] },
    ]);
    expect(people('Springfield Mayor Jane Doe and Deputy Foreign Minister Tom Ray spoke Tuesday.')).toEqual([
      { name: 'Jane Doe', titles: ['Springfield Mayor|0|springfield'] },
      { name: 'Tom Ray', titles: ['Deputy Foreign Minister|1|foreign'] },
    ]);
    expect(people('Secretary of Health and Human Services Xavier Becerra said.')[0]).toEqual({
      name: 'Xavier Becerra',
      titles: ['Secretary of Health and Human Services|0|health and human services'],
    });
  });

  it('reads titles in apposition, with an article and a body after "of"', () => {
    expect(people('Jane Doe, the mayor of Springfield, said.')).toEqual([{ name: 'Jane Doe', titles: ['mayor of Springfield|0|springfield'] }]);
    expect(people('Jane Doe, a former deputy mayor, said.')).toEqual([{ name: 'Jane Doe', titles: ['former:deputy mayor|1|'] }]);
  });

  it('keeps former and acting titles apart', () => {
    expect(people('then-Mayor John Smith and ex-Mayor Jon Smith and acting Mayor Amy Poe')).toEqual([
      { name: 'John Smith', titles: ['former:Mayor|0|'] },
      { name: 'Jon Smith', titles: ['former:Mayor|0|'] },
      { name: 'Amy Poe', titles: ['acting:Mayor|0|'] },
    ]);
  });

  it('takes no person from possessives, places, parks, lists or sentence openers', () => {
    expect(people("The Mayor's office and the Prime Minister's Office said.")).toEqual([]);
    expect(people('In Baton Rouge, the mayor said the levee held.')).toEqual([]);
    expect(people('The Mayor of Greater Manchester, Andy Burnham, spoke.')).toEqual([]);
    expect(people('Minister of Finance Jane Doe spoke.')).toEqual([{ name: 'Jane Doe', titles: ['Minister of Finance|0|finance'] }]);
    expect(people('Jane Smith, the mayor\'s chief of staff, spoke.')).toEqual([]);
    expect(people('Amy Poe, Deputy Mayor Carl Diaz and others came.')).toEqual([{ name: 'Carl Diaz', titles: ['Deputy Mayor|1|'] }]);
    expect(people('President Joe Biden Tuesday signed it near Mayor Jane Doe Park and Mayor John Smith Elementary School.').map((person) => person.name)).toEqual(['Joe Biden']);
    expect(people('President Park Geun-hye arrived with Prime Minister Theresa May and Mayor June Lake.').map((person) => person.name)).toEqual([
      'Park Geun-hye',
      'Theresa May',
      'June Lake',
    ]);
  });

  it('reads titles of the facts file in either order', () => {
    const head = parseTitleText('Springfield Mayor', en)!;
    const deputy = parseTitleText('Deputy Mayor of Springfield', en)!;
    const other = parseTitleText('Deputy Mayor of Shelbyville', en)!;
    expect([head.org, deputy.org, deputy.level]).toEqual(['springfield', 'springfield', 1]);
    expect(titlesConflict(head, deputy)).toBe(true);
    expect(titlesConflict(head, other)).toBe(false);
  });
});

describe('English years and ages', () => {
  const facts = (text: string) => extractYearFacts(text, en);

  it('reads anniversaries by their own words and approximate spans', () => {
    const { spans } = facts('the 70th anniversary (1954-2024); a 5-year plan (2021-2025); more than 70 years; marks 50 years since it was founded in 1973.');
    expect(spans.map((span) => [span.value, span.anniversary, span.qualified, span.pair?.fromYear, span.founding?.year])).toEqual([
      [70, true, false, 1954, undefined],
      [5, false, false, 2021, undefined],
      [70, false, true, undefined, undefined],
      [50, true, false, undefined, 1973],
    ]);
  });

  it('gives an age and a birth year to one holder, a family name to the one full name ending with it', () => {
    const { ages } = facts('Jane Doe, 42, was born in 1975. Mayor John Smith (born 1960) spoke; Smith, 58, said.');
    expect(ages.map((age) => [age.kind, age.value, age.holder])).toEqual([
      ['age', 42, 'jane doe'],
      ['birth', 1975, 'jane doe'],
      ['birth', 1960, 'john smith'],
      ['age', 58, 'john smith'],
    ]);
  });

  it('reads names with inner capitals and British honorifics without a dot', () => {
    const { ages } = facts('Sen. Mitch McConnell (born 1942) spoke. McConnell, 80, said. Mr Harper, 53, agreed; Transport Secretary Mark Harper left.');
    expect(ages.map((age) => age.holder)).toEqual(['mitch mcconnell', 'mitch mcconnell', 'mark harper']);
  });

  it('leaves a family name two people share unresolved', () => {
    const { ages } = facts('Mary Smith, 38, and John Smith, 64, came. Smith was born in 1960.');
    expect(ages.map((age) => age.holder)).toEqual(['mary smith', 'john smith', 'smith']);
  });

  it('writes the corrected span in the writer\'s form', () => {
    expect(en.yearSpanText!(71, '70th anniversary')).toBe('71st anniversary');
    expect(en.yearSpanText!(12, '11th anniversary')).toBe('12th anniversary');
    expect(en.yearSpanText!(51, '50 years')).toBe('51 years');
    expect(en.yearSpanText!(6, '5-year')).toBe('6-year');
  });
});

describe('fact rules on English drafts', () => {
  it('write messages and fixes with English dates and weekdays', () => {
    const [weekday] = findings(english('The line opened on Tuesday, Sept. 27, 2023.'), weekdayMismatch);
    expect(weekday.message).toBe('Sept. 27, 2023 is a Wednesday, not Tuesday. Write "Wednesday" (or check the date).');
    expect(weekday.fixes?.[0].edits[0].text).toBe('Wednesday');
    const [abbreviated] = findings(english('The committee meets Wed., Oct. 5, 2023.'), weekdayMismatch);
    expect(abbreviated.message).toBe('Oct. 5, 2023 is a Thursday, not Wed. Write "Thu." (or check the date).');
    const [noDay, leap] = findings(english('Hearings on Sept. 31 and Feb. 29, 2023.'), invalidDate);
    expect(noDay.message).toBe('Sept. 31 does not exist: September has 30 days. Check the source and write the right day.');
    expect(leap.message).toContain('Write Feb. 28 or March 1');
    const [span] = findings(english('The 70th anniversary (1954-2025) parade.'), yearArithmetic);
    expect(span.message).toBe('"70th anniversary" does not match 1954–2025, which is 71 years. Write "71st anniversary" or check the years.');
  });

  it('keep the Vietnamese messages as they were', () => {
    const [weekday] = findings('Thứ Hai (27/9/2023), Bộ Y tế họp báo.\n', weekdayMismatch);
    expect(weekday.message).toBe('27/9/2023 is a Wednesday, not Thứ Hai. Write "Thứ Tư" (or check the date).');
    const [leap] = findings('Hạn chót là ngày 29/2/2023.\n', invalidDate);
    expect(leap.message).toBe('29/2/2023 does not exist: 2023 is not a leap year, so February has 28 days. Write 28/2 or 1/3, or check the year.');
    const [noDay] = findings('Sáng 31/9, đoàn đến Hà Nội.\n', invalidDate);
    expect(noDay.message).toBe('31/9 does not exist: month 9 has 30 days. Check the source and write the right day.');
    const [span] = findings('Kỷ niệm 71 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024).\n', yearArithmetic);
    expect(span.message).toBe('"71 năm" does not match 1954–2024, which is 70 years. Write "70 năm" or check the years.');
  });

  it('report a name spelled two ways only when both spellings carry the same title', () => {
    const sameTitle = english('Mayor John Smith spoke. Mayor John Smith left. Mayor Jon Smith returned.');
    expect(findings(sameTitle, nameConsistency).map((finding) => finding.message)).toEqual([
      '"Jon Smith" here, but "John Smith" 2× in this draft. If this is the same person, write "John Smith".',
    ]);
    expect(findings(english('Mayor John Smith spoke. Mayor John Smith left. Mr. Jon Smith, a resident, asked.'), nameConsistency)).toEqual([]);
    expect(findings(english('Mayor John Smith spoke. Mayor John Smith left. Senator Jon Smith replied.'), nameConsistency)).toEqual([]);
  });

  it('compare one person across English drafts, each side showing the other', () => {
    const a = 'file:///desk/springfield-budget.md';
    const b = 'file:///desk/springfield-metro.md';
    const draftA = english('Mayor Jane Doe presented the budget. The city will build 27 metro lines.', '2024-03-04');
    const draftB = english('Deputy Mayor Jane Doe opened the station. The city will build 25 metro lines.', '2024-03-06');
    const workspace = new WorkspaceIndex();
    workspace.update(a, draftA);
    workspace.update(b, draftB);
    const [onA] = lint(draftA, { rules: [personTitle], uri: a, locale: 'en', environment: { workspace } }).findings;
    const [onB] = lint(draftB, { rules: [personTitle], uri: b, locale: 'en', environment: { workspace } }).findings;
    expect(onA.message).toBe('Jane Doe is "Mayor" here but "Deputy Mayor" in 1 other draft(s). Check which title is right and use it in both.');
    expect(onA.related?.[0].uri).toBe(b);
    expect(onB.related?.[0].uri).toBe(a);
    const [count] = lint(draftB, { rules: [numberConsistency], uri: b, locale: 'en', environment: { workspace } }).findings;
    expect(draftB.slice(count.start, count.end)).toBe('25 metro lines');
  });
});
