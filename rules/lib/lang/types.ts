/**
 * A language pack: every word and pattern the fact extractors need for one
 * language. The extractors in `rules/lib/` (dates, counts, people, years) are
 * written against this shape only, so a second language is a second pack, not
 * a second set of extractors.
 *
 * Two packs ship: Vietnamese (`vi.ts`, the default) and English (`en.ts`,
 * with `en-US` and `en-GB` variants that differ only in how a numeric date
 * whose two numbers are both 12 or less is read). `index.ts` picks one per
 * document: front matter `lang:` (or `language:`) names it ("en", "en-US",
 * "vi"); without it, a draft that reads clearly as English (English function
 * words, few words with marks only Vietnamese uses) gets English and every
 * other draft Vietnamese, so a Vietnamese draft is never read with another pack.
 *
 * Adding a language: write `rules/lib/lang/<id>.ts` exporting a
 * `FactsLanguagePack`, register it in `index.ts`, and add fixtures with
 * `lang: <id>` front matter under `test/fixtures/<rule-id>/`. The required
 * fields below are what Vietnamese needed; the optional ones (marked "default:")
 * were added for English, each defaulting to the Vietnamese behaviour, so an
 * old pack keeps working unchanged. What English needed, as an example of what
 * a pack may have to set:
 *
 * - numeric dates only with a four-digit year or a weekday (`numericDates:
 *   'full'`), read in the order their numbers allow (`numericDateOrder:
 *   'either'`: "9/27/2023" is 27 September, "3/4/2023" is left alone);
 * - month names before or after the day ("Sept. 27, 2023", "27 September
 *   2023": `longDate` plus `longDateForms`), a day range inside one month
 *   ("Sept. 25-29": the `endDay` group), a dash between two long dates as a
 *   range (`dashJoinsLongDates`), dates moved rather than spanned ("moved
 *   from Oct. 2 to Sept. 28": `rangeMoveBefore`), weekday spans ("Monday-Friday,
 *   Sept. 25-29": `weekdaySpanBefore`), no lunar dates (`lunarDate`), and how
 *   messages write a date (`formatDate`, `monthName`);
 * - "the 70th anniversary" (`anniversaryIn`), "more than 70 years"
 *   (`yearSpanQualifier`), "McConnell, 82," (`holderBefore`), "Doe was born
 *   in 1970" (`birthHolderBefore`) with later references by family name
 *   (`nameByLastWord`), and the fix text of a span (`yearSpanText`);
 * - "1,200" (`thousandsSeparator`), "six memorandums" (`numberWords`),
 *   "memorandums of understanding" (`nounJoiners`), one word worth two
 *   syllables (`nounWordSize`), hyphenated nouns (`nounWord`), a participle
 *   ending the noun ("30 people injured": `nounStopPattern`), labels ("Route
 *   66": `countLabelBefore`);
 * - titles before the name with the body before them ("Springfield Mayor Jane
 *   Doe": `orgBeforeTitle`, `deputyPrefixes`), titles after it with an article
 *   ("Jane Doe, the mayor of Springfield": `titleArticles`,
 *   `orgAfterTitleNeedsOpener`, `orgFillerWords`), names of any capitalised
 *   words but never of words that name things (`notNameWords`, `maxNameWords`)
 *   nor of places named after people ("Mayor Jane Doe Park": `namedAfterSuffixes`),
 *   tokens that keep hyphens, "Gov." and split off "'s" (`tokens`), and close
 *   spellings judged more strictly, since "Jon" and "John" are both names
 *   (`nameVariants`).
 */
export interface FactsLanguagePack {
  id: string;

  // ── Dates ────────────────────────────────────────────────────────────
  /**
   * How a numeric date whose two numbers are both 12 or less is read:
   * Vietnamese d/m/yyyy, US m/d/yyyy, or 'either' (the desk writes both, so
   * such a date is not read at all). A date with a number above 12 is read the
   * only way it can be in every order ("27/9/2023", "9/27/2023").
   */
  numericDateOrder: 'dmy' | 'mdy' | 'either';
  /**
   * Which numeric dates are facts. 'cued' (default): the d/m reader of
   * `dates.ts`, shared with date-format, which takes "27/9" after a
   * Vietnamese day word, a weekday or with a year. 'full': only dates with a
   * four-digit year ("9/27/2023", "2023-09-27") or a weekday next to them,
   * read by `numericDateOrder`.
   */
  numericDates?: 'cued' | 'full';
  /**
   * Words that make a bare "d/m" (or "d-m", "d.m") a date rather than a
   * fraction, a score or a decimal. Tested against the text just before the
   * number, so the pattern must end with `$`.
   */
  dateCueBefore: RegExp;
  /**
   * A long date ("ngày 27 tháng 9 năm 2023"); named groups day, month (number
   * or name), year (optional) and endDay (optional: the last day of a range in
   * the same month, "Sept. 25-29"). Global + unicode.
   */
  longDate: RegExp;
  /** Further long-date patterns with the same groups, for another order of day and month ("27 September 2023"). Default: none. */
  longDateForms?: readonly RegExp[];
  /** How messages write a date ("27/9/2023", "Sept. 27, 2023"). Default: d/m or d/m/yyyy. */
  formatDate?(date: { day: number; month: number; year?: number }): string;
  /** How messages name a month ("September"). Default: "month 9". */
  monthName?(month: number): string;
  /** Month number of a month word in `longDate` (e.g. "Chín" → 9); numbers pass through. */
  monthNumber(word: string): number | undefined;
  /**
   * Whether a long date with this month word, followed by `after`, is a
   * lunar-calendar date and so never checked. Default: a month written as a
   * word ("tháng Giêng") or "âm lịch" after it, as Vietnamese writes them.
   */
  lunarDate?(monthWord: string, after: string): boolean;
  /** A weekday name anywhere ("thứ Hai", "Thứ 5", "Chủ nhật"), global + unicode. */
  weekday: RegExp;
  /** 0 = Sunday … 6 = Saturday, or undefined when the text is not a weekday. */
  weekdayIndex(text: string): number | undefined;
  /** The weekday `index` written in the style of `like` (word or digit, capitals). */
  weekdayName(index: number, like: string): string;
  /** Text allowed between a weekday and its date ("Thứ Năm (29/9)", "thứ Năm, ngày 29/9"); must be anchored both ends. */
  weekdayDateGap: RegExp;
  /** Text allowed between a date and a weekday after it ("29/9 (thứ Năm)"); anchored both ends. */
  dateWeekdayGap: RegExp;
  /** Text between the two ends of a range ("25 đến 29/9", "7/5/1954 - 7/5/2024"); anchored both ends. */
  rangeJoin: RegExp;
  /** A dash alone between two long dates ("Sept. 28-Oct. 2") makes a range. Default: only with an opener or two written years. */
  dashJoinsLongDates?: boolean;
  /**
   * Words before the first date that make "from X to Y" a move, not a span
   * ("postponed from Oct. 2 to Sept. 28"); tested on the sentence up to the
   * first date, so the pattern must end with `$`. Default: none.
   */
  rangeMoveBefore?: RegExp;
  /**
   * Text right before a weekday that makes it the end of a span of weekdays
   * ("Monday-Friday, Sept. 25-29"): such a weekday names no date. Must end with `$`. Default: none.
   */
  weekdaySpanBefore?: RegExp;
  /** Words before the first end that make the pair a range ("từ ngày"); must end with `$`. */
  rangeOpener: RegExp;
  /** A dateline at the start of the text ("Hà Nội, ngày 27/9/2023") that dates the article; named groups day, month, year. */
  dateline: RegExp;

  // ── Counts ───────────────────────────────────────────────────────────
  /** Separator of thousands in counts ("1.200" in Vietnamese, "1,200" in English). Default: '.'. */
  thousandsSeparator?: '.' | ',';
  /** Numbers written as words ("six" → 6), lower-case, hyphenated compounds spelled out ("twenty-seven"). Default: none. */
  numberWords?: ReadonlyMap<string, number>;
  /** One word of a counted noun, anchored at the start. Default: a lower-case word of letters and marks. */
  nounWord?: RegExp;
  /** Words that continue a counted noun when a content word follows ("memorandums of understanding"). Default: none. */
  nounJoiners?: ReadonlySet<string>;
  /**
   * How much one written word of a counted noun weighs against
   * number-consistency's `minNounWords` (counted in Vietnamese syllables).
   * Default 1; English 2, since one English word names about what two
   * Vietnamese syllables do ("memorandums" / "ghi nhớ").
   */
  nounWordSize?: number;
  /** Words before a number that qualify it ("hơn 30 người"); must end with `$`. Group 1 = the qualifier. */
  countQualifier: RegExp;
  /** A word right before a number that makes it a label, case-sensitive ("Route 66", "RFC 6838"); must end with `$`. Default: none. */
  countLabelBefore?: RegExp;
  /** Words before a number that make it part of a larger whole or an addition ("trong đó 2", "thêm 3"); must end with `$`. */
  countSubsetBefore: RegExp;
  /** Words earlier in the sentence that make its counts a breakdown of a total ("Trong đó, …", "Riêng …"). */
  breakdownInSentence: RegExp;
  /** Words right after the counted noun that make the number a part of a total ("6 trong số 8 …"); must start with `^`. */
  countPartOfAfter: RegExp;
  /** Syllables that end a counted noun phrase (function words, verbs of saying …). */
  nounStopWords: ReadonlySet<string>;
  /** Words (lower-case) that end a counted noun after its first word, by their form ("injured", "covering"). Default: none. */
  nounStopPattern?: RegExp;
  /** First syllables of phrases that are units, times or amounts, never things counted by the desk. */
  unitWords: ReadonlySet<string>;
  /** First syllables of phrases too general to compare ("người", "vụ", "trường hợp"). */
  genericNounWords: ReadonlySet<string>;
  /** Words before a number that end its context: prepositions, conjunctions, "có", "là". */
  countWeakContext: ReadonlySet<string>;
  /** Words skipped when reading a number's context ("đã", "sẽ", "hơn"). */
  countAuxiliaries: ReadonlySet<string>;
  /** Words after a noun phrase that narrow it to a subset ("của", "tại", "về"): two counts so narrowed are different things. */
  nounNarrowers: ReadonlySet<string>;
  /** A narrowing word that only names the fields of the whole ("… trong các lĩnh vực …"); tested on the text after the noun. */
  broadScopeAfter: RegExp;

  // ── People ───────────────────────────────────────────────────────────
  /**
   * How the prose is cut into words for the people extractor. `innerHyphen`
   * keeps "Jean-Luc" and "Ocasio-Cortez" one word (a hyphen between two
   * capitalised or two lower-case parts); `dottedAbbreviations` keep their
   * final dot before a capital ("Gov.", "Sen.", "U.S."); `possessive` splits
   * "Mayor's" into "Mayor" and "'s", so a possessive is never a name or a
   * title before a name; `initials` keeps "F." one word ("John F. Kennedy").
   * Default: none of these.
   */
  tokens?: { innerHyphen?: boolean; dottedAbbreviations?: readonly string[]; possessive?: boolean; initials?: boolean };
  /** Most words in a name (default 4). */
  maxNameWords?: number;
  /** Words (lower-case) never part of a personal name ("department", "monday", "the"). Default: none. */
  notNameWords?: ReadonlySet<string>;
  /** Words (lower-case) that, right after a name, make it the name of a place or a thing ("Mayor Jane Doe Park", "… Street"): no person is read. Default: none. */
  namedAfterSuffixes?: ReadonlySet<string>;
  /** One word of a personal name, tested lower-case with its marks folded away (see `foldMarks`). */
  nameSyllable: RegExp;
  /** Family names; a name must start with one (empty = any capitalised word). */
  surnames: ReadonlySet<string>;
  /** Two-word places that start like a name ("Hà Nội", "Lâm Đồng"): never a person. */
  places: ReadonlySet<string>;
  /** Words right before capitalised words that make them a place or a body, not a person ("TP", "đường", "Trường"). */
  placeClassifiers: ReadonlySet<string>;
  /** Words before a name that make the next capitalised words a person ("ông", "bà", "đồng chí"). */
  honorifics: readonly string[];
  /** Office titles, principal and deputy forms ("Bí thư", "Phó Bí thư", "Thứ trưởng"). */
  titles: readonly TitleSpec[];
  /**
   * Capitalised words right before a title name its body ("Springfield Mayor
   * Jane Doe", "Foreign Minister …"); `ignore` lists capitalised words that
   * never do (sentence openers such as "The", "On", weekdays). Default: off
   * (Vietnamese writes the body after the title).
   */
  orgBeforeTitle?: { ignore: ReadonlySet<string> };
  /** Words that turn a title after them into its deputy ("Deputy Foreign Minister"), read with `orgBeforeTitle`. Default: none. */
  deputyPrefixes?: readonly string[];
  /** Articles allowed before a title in apposition ("Jane Doe, the mayor of Springfield"). Default: none. */
  titleArticles?: ReadonlySet<string>;
  /** A title in apposition names a body only through an opener ("mayor of Springfield"), never through capitalised words right after it (the next person's name). Default: false. */
  orgAfterTitleNeedsOpener?: boolean;
  /** Words dropped from a body's key ("of", "the"), so "mayor of Springfield" and "Springfield Mayor" name one body. Default: none. */
  orgFillerWords?: ReadonlySet<string>;
  /**
   * How close spellings of one name are judged by name-consistency.
   * `minLetters`: shortest word in which one letter apart counts as a slip
   * (default 4: "An"/"Anh" are two names); `needSameTitle`: report only when
   * both spellings carry the same current title (default false).
   */
  nameVariants?: { minLetters: number; needSameTitle: boolean };
  /** Words before a title that mark it as not current ("nguyên", "cựu"): such titles never conflict. */
  formerMarkers: ReadonlySet<string>;
  /** Words before a title that mark it as acting or incoming ("quyền", "tân"). */
  actingMarkers: ReadonlySet<string>;
  /** Misspelled titles seen in real copy, with their spelling. */
  titleMisspellings: ReadonlyMap<string, string>;
  /** Lower-case words that may open the organisation after a title ("nước" in "Chủ tịch nước"). */
  orgOpeners: ReadonlySet<string>;
  /** Conjunctions that may join two capitalised parts of one body ("Bộ Tài nguyên và Môi trường"). */
  orgJoiners: ReadonlySet<string>;
  /** Words and phrases that end a title's organisation (verbs of saying, conjunctions …), matched on lower-case words. */
  orgStopWords: readonly string[];
  /** Abbreviations in organisation names and what they stand for, to compare "UBND" with "Ủy ban nhân dân". */
  orgAbbreviations: ReadonlyMap<string, string>;

  // ── Years ────────────────────────────────────────────────────────────
  /** "70 năm" (a span of years); group 1 = the number. Global + unicode. */
  yearSpan: RegExp;
  /** Words that make a span an anniversary counted to the article date ("kỷ niệm"); must end with `$`. */
  anniversaryBefore: RegExp;
  /** A span whose own words make it an anniversary ("70th anniversary"), tested on the span. Default: none. */
  anniversaryIn?: RegExp;
  /** Words before a span that make it approximate ("hơn 70 năm", "more than 70 years"); must end with `$`. Default: the Vietnamese list. */
  yearSpanQualifier?: RegExp;
  /** The span `written` with the number `value` instead ("70 năm" → "71 năm", "70th anniversary" → "71st anniversary"), for messages. Default: "{value} năm". */
  yearSpanText?(value: number, written: string): string;
  /** Founding-year wording after an anniversary ("thành lập năm 1973", "(1973)"); group 1 = the year. */
  foundingYear: RegExp;
  /** "45 tuổi"; group 1 = the age. Global + unicode. */
  age: RegExp;
  /** "sinh năm 1980", "SN 1980"; group 1 = the year. Global + unicode. */
  birthYear: RegExp;
  /** The name right before the parenthesis or apposition that holds an age or a birth year; group 1; must end with `$`. Default: capitalised words of letters and marks. */
  holderBefore?: RegExp;
  /** A name and a linking verb right before an age or birth year ("Doe was born in 1970", "Doe, who was"); group 1 = the name; must end with `$`. Default: none. */
  birthHolderBefore?: RegExp;
  /** Later references use the last word of a name ("Doe" for "Jane Doe"): a one-word holder is the one full name of the document that ends with it. Default: false. */
  nameByLastWord?: boolean;
}

export interface TitleSpec {
  /** The title as style wants it written ("Phó Bí thư"). */
  text: string;
  /** Titles of one ladder share a family ("Bộ trưởng" and "Thứ trưởng"). */
  family: string;
  /** 0 = the head of the body, 1 = a deputy. Two levels of one family for one body conflict. */
  level: number;
}
