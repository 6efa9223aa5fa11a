/**
 * English fact patterns, as news copy writes them (AP style first, British
 * forms where they cost nothing): dates ("Sept. 27", "Wednesday, Sept. 27,
 * 2023", "27 September 2023", "Sept. 25-29"), counted nouns ("27 metro
 * lines", "six memorandums"), titles and names ("Mayor Jane Doe", "Jane Doe,
 * the mayor of Springfield", "Secretary of State John Smith"), anniversaries
 * ("the 70th anniversary (1954-2025)") and ages ("Jane Doe, 42,", "born in 1970").
 *
 * Precision over recall, as in the Vietnamese pack: a numeric date is read
 * only with a four-digit year or a weekday and only when its numbers allow one
 * reading ("9/27/2023"; "3/4/2023" could be March or April and is left alone
 * unless the front matter says `lang: en-US` or `lang: en-GB`), a name needs a
 * title or an honorific next to it, and close spellings of a name count as one
 * person only when both carry the same title ("Jon Smith" and "John Smith" are
 * both real names).
 */
import type { FactsLanguagePack, TitleSpec } from './types.js';

const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

// ── Months and weekdays ────────────────────────────────────────────────

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** AP abbreviations; March to July are spelled out. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_ALIASES: Record<string, number> = { sept: 9, sep: 9 };

/** Capitalised month names and abbreviations, with or without the dot: "Sept.", "Sep", "September". */
const MONTH =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** 1–31, with an optional ordinal suffix ("27th"), not the start of a longer number or a clock time. */
const DAY = (name: string) => `(?<${name}>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{N}:])`;
/** The last day of a range in the month: "Sept. 25-29", "Sept. 25 to 29", "Sept. 25 through 29". */
const END_DAY = `(?:\\s*[-–]\\s*|\\s+(?:to|through|thru|until)\\s+)${DAY('endDay')}`;
/** What a day or an end day may not be followed by: a unit that makes it a count ("Sept. 27 percent" is not a date). */
const NOT_A_COUNT = `(?!\\s*(?:%|percent|per\\s+cent|[-–]year|years?${WORD_END}|people${WORD_END}))`;

function monthNumber(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  const key = word.toLowerCase().replace(/\.$/, '');
  if (MONTH_ALIASES[key] !== undefined) return MONTH_ALIASES[key];
  const index = MONTHS.findIndex((month) => month === key || (key.length >= 3 && month.startsWith(key)));
  return index === -1 ? undefined : index + 1;
}

function formatDate({ day, month, year }: { day: number; month: number; year?: number }): string {
  const text = `${AP_MONTHS[month - 1]} ${day}`;
  return year === undefined ? text : `${text}, ${year}`;
}

function monthName(month: number): string {
  const name = MONTHS[month - 1];
  return name[0].toUpperCase() + name.slice(1);
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_ABBREVIATIONS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6 };

/** Weekdays are capitalised in English; a lower-case "sat" or "wed" is another word. */
function weekdayIndex(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return undefined;
  const lower = trimmed.toLowerCase();
  const full = WEEKDAYS.findIndex((day) => day.toLowerCase() === lower);
  if (full !== -1) return full;
  return WEEKDAY_ABBREVIATIONS[lower.replace(/\.$/, '')];
}

/** "Thursday" → "Wednesday", "Thu." → "Wed.", "THURSDAY" → "WEDNESDAY". */
function weekdayName(index: number, like: string): string {
  const trimmed = like.trim();
  const abbreviated = !/day$/i.test(trimmed);
  let name = abbreviated ? `${WEEKDAYS[index].slice(0, 3)}${trimmed.endsWith('.') ? '.' : ''}` : WEEKDAYS[index];
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) name = name.toUpperCase();
  return name;
}

// ── Titles ─────────────────────────────────────────────────────────────

/** A principal and its deputies: one family, level 0 and level 1. */
function ladder(principal: string | string[], ...deputies: string[]): TitleSpec[] {
  const principals = Array.isArray(principal) ? principal : [principal];
  const family = principals[0].toLowerCase();
  return [...principals.map((text) => ({ text, family, level: 0 })), ...deputies.map((text) => ({ text, family, level: 1 }))];
}

const TITLES: TitleSpec[] = [
  ...ladder(['Mayor', 'Lord Mayor'], 'Deputy Mayor', 'Vice Mayor', 'Deputy Lord Mayor'),
  ...ladder('President', 'Vice President', 'Deputy President'),
  ...ladder('Prime Minister', 'Deputy Prime Minister'),
  ...ladder('Minister', 'Deputy Minister', 'Junior Minister'),
  ...ladder('Secretary of State', 'Deputy Secretary of State', 'Under Secretary of State'),
  ...ladder('Secretary', 'Deputy Secretary', 'Under Secretary', 'Undersecretary', 'Assistant Secretary'),
  ...ladder('Secretary-General', 'Deputy Secretary-General'),
  ...ladder(['Governor', 'Gov.'], 'Lieutenant Governor', 'Lt. Gov.', 'Deputy Governor'),
  ...ladder('Chancellor', 'Vice Chancellor', 'Deputy Chancellor'),
  ...ladder(['Chairman', 'Chairwoman', 'Chairperson', 'Chair'], 'Vice Chairman', 'Vice Chairwoman', 'Vice Chair', 'Deputy Chairman', 'Deputy Chair'),
  ...ladder('Director', 'Deputy Director', 'Assistant Director'),
  ...ladder('Director General', 'Deputy Director General'),
  ...ladder(['Chief Executive', 'CEO'], 'Deputy Chief Executive'),
  ...ladder('Commissioner', 'Deputy Commissioner', 'Assistant Commissioner'),
  ...ladder('Police Chief', 'Deputy Police Chief', 'Assistant Police Chief'),
  ...ladder('Speaker', 'Deputy Speaker'),
  ...ladder('Majority Leader'),
  ...ladder('Minority Leader'),
  ...ladder('Attorney General', 'Deputy Attorney General'),
  ...ladder('Superintendent', 'Deputy Superintendent', 'Assistant Superintendent'),
  ...ladder('Principal', 'Vice Principal', 'Assistant Principal'),
  ...ladder('Chief Justice'),
  ...ladder('Ambassador'),
  ...ladder(['Senator', 'Sen.']),
  ...ladder(['Representative', 'Rep.']),
  ...ladder(['Councilman', 'Councilwoman', 'Council Member', 'Councillor', 'Councilor']),
  ...ladder('Spokesperson'),
  // Ranks: each its own family, so a rank never conflicts with an office or another rank (promotions are news).
  ...['General', 'Gen.', 'Lieutenant General', 'Lt. Gen.', 'Brigadier General', 'Admiral', 'Adm.', 'Vice Admiral', 'Rear Admiral', 'Colonel', 'Col.', 'Lieutenant Colonel', 'Lt. Col.', 'Captain', 'Capt.', 'Sergeant', 'Sgt.'].flatMap((rank) => ladder(rank)),
];

const DOTTED_ABBREVIATIONS = ['Gov', 'Lt', 'Sen', 'Rep', 'Gen', 'Adm', 'Col', 'Capt', 'Sgt', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev', 'Jr', 'Sr', 'St', 'U.S', 'U.K', 'U.N', 'D.C'];

/** Sentence openers and other capitalised words that never name the body of a title right after them. */
const NOT_ORG_BEFORE = new Set(
  `the a an and but or nor so yet then now when while after before as if since because although though meanwhile also still today
   yesterday tomorrow tonight last next this that these those on in at by for from with of to during under over former ex
   acting interim incoming outgoing late then-current his her their its our my your said says according earlier later
   monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/**
 * Words of bodies, places and things that are never part of a personal name,
 * and the sentence openers of NOT_ORG_BEFORE ("In Baton Rouge, the mayor said").
 * Words that are also names (Park, Hall, House, Church, Lane, Woods, Lake,
 * Court, Day, Law, West, Bill, Post; May, June, April, August, Jan) are left
 * out: "President Park Geun-hye" and "Prime Minister Theresa May" are people.
 */
const NOT_NAME_WORDS = new Set([
  ...NOT_ORG_BEFORE,
  ...`department ministry office council committee commission agency authority board bureau service services affairs administration
   government state states city county town village district province region republic kingdom union federation party senate
   congress parliament assembly tribunal police army navy force forces guard company corporation corp inc ltd llc group bank fund
   university college school academy institute center centre hospital clinic cathedral museum library foundation association
   society club team league cup championship games olympics street st avenue ave road rd boulevard blvd drive highway bridge
   square plaza station airport port harbor harbour river mountain island beach valley northern southern
   eastern western central national international federal metro transit building tower center airlines airways news times
   journal media daily weekly monday tuesday wednesday thursday friday saturday sunday january february march july september october
   november december feb mar apr jun jul aug sep sept oct nov dec feb. aug. sept. oct. nov. dec. act week year prize award program
   programme project plan gardens heights hills springs falls according`.split(/\s+/),
]);

export const en: FactsLanguagePack = {
  id: 'en',

  numericDateOrder: 'either',
  numericDates: 'full',
  dateCueBefore: /(?<![\p{L}\p{M}])(?:on|by|from|until|through|since|before|after)\s*$/iu,
  longDate: new RegExp(`${WORD_START}(?<month>${MONTH})\\s*${DAY('day')}(?:${END_DAY})?${NOT_A_COUNT}(?:,\\s*(?<year>\\d{4})(?!\\p{N}))?`, 'gu'),
  longDateForms: [
    // "27 September 2023", "27th Sept.", "25-29 September 2023" is not read (the first day would need the month).
    new RegExp(`${WORD_START}${DAY('day')}(?:\\s+of)?\\s+(?<month>${MONTH})(?![\\p{L}])(?:,?\\s+(?<year>\\d{4})(?!\\p{N}))?`, 'gu'),
  ],
  formatDate,
  monthName,
  monthNumber,
  // English copy has no lunar dates written with month names.
  lunarDate: () => false,
  weekday: new RegExp(`${WORD_START}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.)(?!\\p{L})`, 'gu'),
  weekdayIndex,
  weekdayName,
  // "Wednesday, Sept. 27", "on Thursday (Sept. 28)", "Wednesday 27 September".
  weekdayDateGap: /^(?:\s*[(,]\s*|\s+)(?:the\s+)?$/u,
  // "Sept. 28 (Thursday)" only: "by Sept. 28, Monday's vote …" is another day.
  dateWeekdayGap: /^\s*\(\s*$/u,
  rangeJoin: /^\s*(?:[-–—]|to|through|thru|until|till)\s*$/iu,
  rangeOpener: /(?<![\p{L}\p{M}])(?:from|between)\s+$/iu,
  dashJoinsLongDates: true,
  rangeMoveBefore: /(?<![\p{L}])(?:mov|postpon|reschedul|delay|push|brought|bring|chang|shift|advanc|switch|pull)\w*(?![\p{L}])[^.;!?\n]*$/iu,
  // "Monday-Friday", "Monday through Friday": the second weekday ends a span ("until Friday, March 22" does not).
  weekdaySpanBefore: /(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)\s*(?:[-–—]\s*|(?:to|through|thru|until|till|and|or)\s+)$/iu,
  dateline: new RegExp(
    `^\\s*(?:\\p{Lu}[\\p{L}.'’ -]*(?:,\\s*\\p{Lu}[\\p{L}.]*)*\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[,—–-]+\\s*)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s*)?(?<month>${MONTH})\\s*(?<day>3[01]|[12]\\d|0?[1-9]),\\s*(?<year>\\d{4})(?!\\p{N})`,
    'u',
  ),

  thousandsSeparator: ',',
  numberWords: new Map(
    [
      ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
      ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
      ['eighteen', 18], ['nineteen', 19],
      ...(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const).flatMap((tens, index) => {
        const value = (index + 2) * 10;
        const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
        return [[tens, value] as [string, number], ...units.map((unit, unitIndex) => [`${tens}-${unit}`, value + unitIndex + 1] as [string, number])];
      }),
    ] as Array<[string, number]>,
  ),
  // "light-rail lines", "children's books"; never a word glued to code ("jk/shallow-fix", "x_y", "a.b").
  nounWord: /^\s+(\p{Ll}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)(?![\p{L}\p{M}\p{N}/_@\\]|[-'’.]\p{L})/u,
  nounJoiners: new Set(['of']),
  nounWordSize: 2,
  countQualifier: /(?<![\p{L}\p{M}])(more than|over|nearly|almost|about|around|some|roughly|approximately|at least|at most|up to|as many as|as few as|fewer than|less than|under|close to|just over|just under|upwards of|an estimated|estimated|only about)\s+$/iu,
  // "Route 66", "RFC 6838", "Game 7": a capitalised word or an abbreviation right before a number names one of a series.
  countLabelBefore: /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*\.?[^\S\n]+$/u,
  // Parts, additions and ranks ("another 3", "the top 10"), and labels, where the number names one of a series ("layer 2 cache", "Route 66", "Article 5 members").
  countSubsetBefore:
    /(?<![\p{L}\p{M}])(?:including|includes|include|of which|of whom|another|other|additional|further|extra|only|just|each|every|per|top|first|last|next|final|remaining|all|total of|No\.|no|number|nos?\.|#|rank|ranked|the other|a further|an additional|among them|layer|level|tier|phase|stage|step|round|line|route|highway|interstate|article|section|chapter|clause|paragraph|item|point|grade|class|category|type|version|model|page|figure|table|season|episode|game|match|week|day|term|room|gate|floor|platform|terminal|channel|district|ward|zone|sector|unit|lane|exit|flight|bus|group|team|block|lot|plot|building|window|counter|track|part|volume|issue|series|option|plan|question|rule|act)\s+$/iu,
  breakdownInSentence: /(?:^|[\s,(])(?:of those|of them|of which|of whom|including|among them|among those|in addition|besides|apart from|except|excluding|the remaining|the rest|another)(?![\p{L}\p{M}])/iu,
  countPartOfAfter: /^\s*(?:(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten)|\/|compared\s+(?:with|to)|versus|vs\.?)(?![\p{L}\p{M}])/iu,
  nounStopWords: new Set(
    `a an the this that these those its their his her our your my of in on at by for from with to into onto about as than and or but nor
     so yet if when while where who whom whose which what why how is are was were be been being am has have had do does did will would
     shall should can could may might must not no also only just still already now then there here today yesterday tomorrow said says
     say told reported according including such more most less least very each every all both per over under after before during since
     until between among across against through within without out up down off near around again ago later earlier last next first
     it they he she we you them him us me i ever never soon once twice were`.split(/\s+/),
  ),
  unitWords: new Set(
    `year years month months week weeks day days hour hours minute minutes second seconds decade decades century centuries percent
     percentage cent cents % km kilometer kilometers kilometre kilometres mile miles meter meters metre metres foot feet inch inches yard
     yards mph kph kg kilogram kilograms gram grams pound pounds ton tons tonne tonnes ounce ounces liter liters litre litres gallon
     gallons acre acres hectare hectares degree degrees dollar dollars euro euros yuan yen pesos rupees million millions billion billions
     trillion thousand thousands hundred hundreds dozen dozens times point points goal goals run runs am pm a.m p.m mw kw kwh gw gb mb
     tb square cubic sq bps basis storey storeys story stories floor floors round rounds lap laps set sets game games match matches
     inning innings quarter quarters term terms page pages chapter chapters`.split(/\s+/),
  ),
  genericNounWords: new Set(`people persons person others ones cases things items ways parts kinds types times members children men women adults residents`.split(/\s+/)),
  countWeakContext: new Set(
    `a an the of in on at by for from with to into and or but as than that which who is are was were be been has have had this these those
     each every all some any about over under after before between among during since until per like including said says`.split(/\s+/),
  ),
  countAuxiliaries: new Set(`has have had will would shall should can could may might must also already just now still more than nearly almost about around some only`.split(/\s+/)),
  broadScopeAfter: /^\s+(?:in|across|throughout|from)\s+(?:all|several|many|various|multiple|different)(?![\p{L}\p{M}])/iu,
  // "2 memorandums on trade": a subset. "with" is left out: "signed six memorandums with investors" names the partner, not a subset.
  nounNarrowers: new Set(`of in at from for on under near outside inside across about`.split(/\s+/)),
  // "30 people injured", "5 memorandums covering …": a participle ends the noun.
  nounStopPattern: /^\p{L}{3,}(?:ing|ed)$/u,

  tokens: { innerHyphen: true, dottedAbbreviations: DOTTED_ABBREVIATIONS, possessive: true, initials: true },
  maxNameWords: 3,
  notNameWords: NOT_NAME_WORDS,
  namedAfterSuffixes: new Set(
    `park hall street avenue road boulevard square plaza bridge center centre school academy college university library museum stadium
     arena airport station building tower house foundation institute hospital memorial award prize fund trail highway expressway parkway
     way lane drive garden gardens field fields elementary middle high`.split(/\s+/),
  ),
  // Given names and family names of any origin, marks folded: letters with inner apostrophes or hyphens ("o'brien", "jean-luc"), or an initial ("f.").
  nameSyllable: /^(?:[a-z]\.|[a-z](?:[a-z]|['’-](?=[a-z]))*)$/,
  surnames: new Set(),
  places: new Set(['New York', 'New Jersey', 'New Mexico', 'New Hampshire', 'New Orleans', 'New Delhi', 'New Zealand', 'Los Angeles', 'San Francisco', 'San Diego', 'Hong Kong', 'Sri Lanka', 'Costa Rica', 'Puerto Rico', 'Saudi Arabia', 'South Africa', 'North Korea', 'South Korea', 'Las Vegas', 'Rhode Island', 'El Salvador', 'Buenos Aires', 'Rio de Janeiro', 'Kuala Lumpur', 'Ho Chi Minh', 'Abu Dhabi', 'Tel Aviv', 'Addis Ababa', 'Cape Town', 'Salt Lake']),
  // Words right before capitalised words that make them a place: "in Baton Rouge, the mayor said" has no person named Baton Rouge.
  placeClassifiers: new Set(`in at near into across outside inside throughout of mount mt. lake fort ft. saint st. st port cape`.split(/\s+/)),

  honorifics: ['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Miss', 'Dr.', 'Prof.', 'Professor', 'Rev.', 'Reverend', 'Sir', 'Dame', 'Lady', 'Judge', 'Justice', 'Father', 'Sister', 'Rabbi', 'Imam', 'Pastor', 'Bishop', 'Archbishop', 'Cardinal', 'Pope', 'Coach', 'Officer', 'Detective', 'Det.', 'Agent'],
  titles: TITLES,
  orgBeforeTitle: { ignore: NOT_ORG_BEFORE },
  deputyPrefixes: ['Deputy', 'Vice', 'Assistant', 'Associate', 'Under'],
  titleArticles: new Set(['the', 'a', 'an']),
  orgAfterTitleNeedsOpener: true,
  orgFillerWords: new Set(['of', 'the', 'for', 'at']),
  nameVariants: { minLetters: 3, needSameTitle: true },
  formerMarkers: new Set(['former', 'ex -', 'ex', 'then', 'then -', 'onetime', 'one-time', 'the late', 'late', 'retired', 'past']),
  actingMarkers: new Set(['acting', 'interim', 'incoming', 'newly elected', 'newly appointed', 'new', 'outgoing']),
  titleMisspellings: new Map([
    ['Prime Minster', 'Prime Minister'],
    ['Deputy Minster', 'Deputy Minister'],
    ['Secretery', 'Secretary'],
    ['Secratary', 'Secretary'],
    ['Govenor', 'Governor'],
    ['Comissioner', 'Commissioner'],
    ['Commisioner', 'Commissioner'],
    ['Chancelor', 'Chancellor'],
    ['Ambasador', 'Ambassador'],
    ['Lieutenent', 'Lieutenant'],
  ]),
  orgOpeners: new Set(['of', 'for', 'at']),
  orgJoiners: new Set(['and', '&']),
  orgStopWords: [
    ...`said says say told added noted will would was is has had have and but who which that when where while on in to with from by as
     after before since about over during visited met signed announced called urged warned asked declined did does could should`.split(/\s+/),
    ...['according to', 'in a statement', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday'],
  ],
  orgAbbreviations: new Map([
    ['u.s.', 'united states'],
    ['u.s', 'united states'],
    ['us', 'united states'],
    ['u.k.', 'united kingdom'],
    ['u.k', 'united kingdom'],
    ['uk', 'united kingdom'],
    ['u.n.', 'united nations'],
    ['u.n', 'united nations'],
    ['un', 'united nations'],
    ['dept.', 'department'],
    ['dept', 'department'],
  ]),

  yearSpan: /(?<![\p{L}\p{M}\p{N}.,$£€])(\d{1,3})(?:(?:st|nd|rd|th)\s+anniversary|\s+years?(?!\s+old)|-year(?!-old))(?![\p{L}\p{M}\p{N}-])/gu,
  anniversaryBefore: /(?<![\p{L}\p{M}])(?:marks?|marking|marked|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/iu,
  anniversaryIn: /anniversary/i,
  yearSpanQualifier: /(?<![\p{L}\p{M}])(?:more than|over|nearly|almost|about|around|some|roughly|approximately|at least|less than|fewer than|under|close to|up to|just over|just under|upwards of|several|a few|many|the past|the last|the next|the first|another|first|last|next|past)\s+$/iu,
  yearSpanText,
  foundingYear: /^[^.;!?\n]{0,120}?(?:since|founded|founding|established|opened|created|formed|launched|built|began|started|inaugurated|signed|incorporated)(?:\s+[\p{L}\p{M}'’,-]+){0,8}?\s*\(?\s*(?:in\s+|on\s+)?(\d{4})(?!\s*[-–—]\s*\d)(?!\p{N})/iu,
  // "Jane Doe, 42,", "a 42-year-old teacher", "42 years old", "aged 42".
  age: /(?:(?<=\p{Lu}[\p{L}\p{M}'’-]*,\s)(?=\d{1,3},)|(?<=(?<![\p{L}])aged\s)|(?<![\p{L}\p{N}.,$-])(?=\d{1,3}[-\s]years?[-\s]old))(\d{1,3})(?!\p{N})/gu,
  birthYear: new RegExp(`(?<![\\p{L}])(?:born(?:\\s+(?:in|on))?(?:\\s+${MONTH}\\s*\\d{1,2},?)?|b\\.)\\s+(\\d{4})(?!\\p{N})`, 'gu'),
  // "Doe was born in", "Doe, who was born in", "Jane Doe, 42, was born in".
  // "McConnell, 82,", "O'Brien (born 1970)", "Jean-Luc Picard, 42,".
  holderBefore: /((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){0,4})\s*(?:\(|,|[-–])\s*$/u,
  birthHolderBefore: /(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})(?:,[^,()\n.!?"“”]{1,40},)?(?:,?\s*who)?\s+(?:was|is|had\s+been)\s+$/u,
  nameByLastWord: true,
};

/** "70 years" → "71 years", "70th anniversary" → "71st anniversary", "70-year" → "71-year". */
function yearSpanText(value: number, written: string): string {
  return written.replace(/^\d+(?:st|nd|rd|th)?/, (number) => (/\d(?:st|nd|rd|th)$/.test(number) ? ordinal(value) : String(value)));
}

function ordinal(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${value}th`;
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`;
}

/** US desks: a numeric date with both numbers 12 or less is month first ("3/4/2023" is March 4). */
export const enUS: FactsLanguagePack = { ...en, id: 'en-us', numericDateOrder: 'mdy' };

/** British desks: day first ("3/4/2023" is 3 April). */
export const enGB: FactsLanguagePack = { ...en, id: 'en-gb', numericDateOrder: 'dmy' };
