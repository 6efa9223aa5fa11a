/**
 * A language pack: every word and pattern the fact extractors need for one
 * language. The extractors in `rules/lib/` (dates, counts, people, years) are
 * written against this shape only, so a second language is a second pack, not
 * a second set of extractors.
 *
 * Adding English: write `rules/lib/lang/en.ts` exporting a `FactsLanguagePack`
 * with `id: 'en'`, `numericDateOrder: 'mdy'` (or 'dmy' for British desks),
 * long dates ("Sept. 27", "September 27, 2023") as `longDate` with named groups
 * `day`, `monthName` and `year`, `monthNumber` mapping "Sept." → 9, weekdays
 * "Monday…Sunday" as `weekday`, title heads ("Mayor", "Deputy Mayor",
 * "Secretary of State") with `deputyPrefixes: ['Deputy', 'Vice']`, honorifics
 * ("Mr.", "Ms."), a `nameSyllable` pattern for English given and family names (`/^[a-z][a-z'-]*$/`)
 * and an empty `surnames` list (then any capitalised 2–4 word name after a
 * title counts), and count nouns ("27 metro lines"). Register it in
 * `rules/lib/lang/index.ts`; `packFor` picks it from the front matter
 * (`lang: en`).
 */
export interface FactsLanguagePack {
  id: string;

  // ── Dates ────────────────────────────────────────────────────────────
  /** How a bare numeric date is read: Vietnamese d/m/yyyy, US m/d/yyyy. */
  numericDateOrder: 'dmy' | 'mdy';
  /**
   * Words that make a bare "d/m" (or "d-m", "d.m") a date rather than a
   * fraction, a score or a decimal. Tested against the text just before the
   * number, so the pattern must end with `$`.
   */
  dateCueBefore: RegExp;
  /** A long date ("ngày 27 tháng 9 năm 2023"); named groups day, month (number or name), year (optional). */
  longDate: RegExp;
  /** Month number of a month word in `longDate` (e.g. "Chín" → 9); numbers pass through. */
  monthNumber(word: string): number | undefined;
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
  /** Words before the first end that make the pair a range ("từ ngày"); must end with `$`. */
  rangeOpener: RegExp;
  /** A dateline at the start of the text ("Hà Nội, ngày 27/9/2023") that dates the article; named groups day, month, year. */
  dateline: RegExp;

  // ── Counts ───────────────────────────────────────────────────────────
  /** Words before a number that qualify it ("hơn 30 người"); must end with `$`. Group 1 = the qualifier. */
  countQualifier: RegExp;
  /** Words before a number that make it part of a larger whole or an addition ("trong đó 2", "thêm 3"); must end with `$`. */
  countSubsetBefore: RegExp;
  /** Words earlier in the sentence that make its counts a breakdown of a total ("Trong đó, …", "Riêng …"). */
  breakdownInSentence: RegExp;
  /** Words right after the counted noun that make the number a part of a total ("6 trong số 8 …"); must start with `^`. */
  countPartOfAfter: RegExp;
  /** Syllables that end a counted noun phrase (function words, verbs of saying …). */
  nounStopWords: ReadonlySet<string>;
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
  /** Founding-year wording after an anniversary ("thành lập năm 1973", "(1973)"); group 1 = the year. */
  foundingYear: RegExp;
  /** "45 tuổi"; group 1 = the age. Global + unicode. */
  age: RegExp;
  /** "sinh năm 1980", "SN 1980"; group 1 = the year. Global + unicode. */
  birthYear: RegExp;
}

export interface TitleSpec {
  /** The title as style wants it written ("Phó Bí thư"). */
  text: string;
  /** Titles of one ladder share a family ("Bộ trưởng" and "Thứ trưởng"). */
  family: string;
  /** 0 = the head of the body, 1 = a deputy. Two levels of one family for one body conflict. */
  level: number;
}
