/**
 * Vietnamese fact patterns: dates ("ngày 27 tháng 9 năm 2023", "thứ Năm"),
 * counted nouns ("6 bản ghi nhớ"), titles and names ("Bí thư Thành ủy Hà Nội
 * Đinh Tiến Dũng"), anniversaries and ages. Patterns expect NFC text.
 */
import type { FactsLanguagePack, TitleSpec } from './types.js';

const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

const WEEKDAY_WORDS = ['chủ nhật', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy'];

function weekdayIndex(text: string): number | undefined {
  const lower = text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  if (lower === 'chủ nhật') return 0;
  const match = /^thứ (.+)$/.exec(lower);
  if (!match) return undefined;
  const rest = match[1] === 'bẩy' ? 'bảy' : match[1];
  if (/^[2-7]$/.test(rest)) return Number(rest) - 1;
  const index = WEEKDAY_WORDS.indexOf(rest);
  return index > 0 ? index : undefined;
}

/** "thứ Năm" → "thứ Sáu", "Thứ 5" → "Thứ 6", "thứ Bảy" → "Chủ nhật", keeping the writer's capitals and digits. */
function weekdayName(index: number, like: string): string {
  const words = like.trim().split(/\s+/);
  const letters = like.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toLocaleUpperCase('vi')) return weekdayName(index, like.toLocaleLowerCase('vi')).toLocaleUpperCase('vi');
  const allLower = like === like.toLocaleLowerCase('vi');
  const likeSunday = weekdayIndex(like) === 0;
  const secondUpper = words[1] !== undefined && /^\p{Lu}/u.test(words[1]);
  if (index === 0) {
    if (allLower) return 'chủ nhật';
    return likeSunday && secondUpper ? 'Chủ Nhật' : 'Chủ nhật';
  }
  // "Chủ nhật" is capitalised anywhere, so it says nothing about "thứ": use the style-book "thứ".
  const first = /^\p{Lu}/u.test(words[0]) && !likeSunday ? 'Thứ' : 'thứ';
  if (/\d/.test(like)) return `${first} ${index + 1}`;
  const word = WEEKDAY_WORDS[index];
  const capitalise = likeSunday ? !allLower : secondUpper;
  return `${first} ${capitalise ? word[0].toLocaleUpperCase('vi') + word.slice(1) : word}`;
}

const LUNAR_MONTHS: Record<string, number> = { giêng: 1, chạp: 12 };

function monthNumber(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return LUNAR_MONTHS[word.toLocaleLowerCase('vi')];
}

/** Family + level of each office title: a principal and a deputy of one body cannot be the same person. */
const TITLES: TitleSpec[] = [
  ...ladder('Tổng Bí thư'),
  ...ladder('Bí thư', 'Phó Bí thư'),
  ...ladder('Chủ tịch', 'Phó Chủ tịch'),
  ...ladder('Thủ tướng', 'Phó Thủ tướng'),
  ...ladder('Bộ trưởng', 'Thứ trưởng'),
  ...ladder('Tổng Giám đốc', 'Phó Tổng Giám đốc'),
  ...ladder('Giám đốc', 'Phó Giám đốc'),
  ...ladder('Trưởng ban', 'Phó Trưởng ban'),
  ...ladder('Chủ nhiệm', 'Phó Chủ nhiệm'),
  ...ladder('Viện trưởng', 'Phó Viện trưởng'),
  ...ladder('Tổng cục trưởng', 'Phó Tổng cục trưởng'),
  ...ladder('Cục trưởng', 'Phó Cục trưởng'),
  ...ladder('Vụ trưởng', 'Phó Vụ trưởng'),
  ...ladder('Chánh án', 'Phó Chánh án'),
  ...ladder('Chánh Văn phòng', 'Phó Chánh Văn phòng'),
  ...ladder('Chánh Thanh tra', 'Phó Chánh Thanh tra'),
  ...ladder('Tổng Thanh tra', 'Phó Tổng Thanh tra'),
  ...ladder('Tổng Kiểm toán', 'Phó Tổng Kiểm toán'),
  ...ladder('Thống đốc', 'Phó Thống đốc'),
  ...ladder('Hiệu trưởng', 'Phó Hiệu trưởng'),
  ...ladder('Trưởng phòng', 'Phó Trưởng phòng'),
  ...ladder('Trưởng đoàn', 'Phó Trưởng đoàn'),
  ...ladder('Tổng Biên tập', 'Phó Tổng Biên tập'),
  ...ladder('Tổng Thư ký', 'Phó Tổng Thư ký'),
  ...ladder('Tư lệnh', 'Phó Tư lệnh'),
  ...ladder('Chính ủy', 'Phó Chính ủy'),
  ...ladder('Ủy viên'),
  ...ladder('Đại sứ'),
  ...ladder('Người phát ngôn'),
  // Ranks name a person as surely as an office, but a rank never conflicts
  // with an office (and promotions are news), so each is its own family.
  ...['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá'].flatMap((rank) => ladder(rank)),
];

function ladder(principal: string, deputy?: string): TitleSpec[] {
  const family = principal.toLocaleLowerCase('vi');
  return deputy ? [{ text: principal, family, level: 0 }, { text: deputy, family, level: 1 }] : [{ text: principal, family, level: 0 }];
}

const SURNAMES = `Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Trịnh Mai Tô Lâm Hà Tạ
  Lương Cao Chu Doãn Kiều Thái Khúc Lại Lưu Quách Triệu Vương Trương Thân Tăng Giang Nông Châu Đoàn Đàm Tống Kim La Mạc
  Phùng Nghiêm Âu Khổng Tôn Lục Quan Hứa Lò Lữ Mẫn Trình Diệp Từ Bạch Biện Cù Đồng Hàn Hầu Khương Lã Lạc Mã Ninh
  Phí Quản Sầm Tiêu Thạch Thiều Tiết Ung Vi Viên Cấn Chử Đậu Đường Giáp Khuất Kha Lô Lù Mông Nhữ Phương Trà Ứng Vàng
  Vòng Hoa Nghiêm Thái Lành Hầu Đàng Ma Sùng Giàng Thào Bế Hoàng Huỳnh Lang Lãnh`.split(/\s+/);

/** Places that read like "surname + name" and so must never be taken for people. */
const PLACES = `Hà Nội|Hà Giang|Hà Tĩnh|Hà Nam|Hà Đông|Hà Tiên|Hà Lan|Lâm Đồng|Cao Bằng|Cao Lãnh|Đồng Nai|Đồng Tháp|Đồng Hới|Đồng Xoài|
  Hồ Chí Minh|Hồ Gươm|Hồ Tây|Thái Bình|Thái Nguyên|Thái Lan|Châu Âu|Châu Á|Châu Phi|Châu Mỹ|Châu Đốc|Hoa Kỳ|Hoa Lư|Kim Bôi|
  Giang Tây|Mai Châu|Lục Ngạn|Văn Lâm|Văn Giang|Ninh Bình|Ninh Thuận|Bạch Long Vĩ|Trà Vinh|Trà Cổ|Phương Tây|Vũng Tàu|
  Hoàng Mai|Hoàng Sa|Hoàng Thành|Lý Sơn|Tô Lịch|Mông Cổ|La Mã|Tây Ninh|Quan Hóa|Quan Sơn|Lào Cai|Đoàn Kết|Kim Sơn|Thạch Thất|
  Hàn Quốc|Triều Tiên|Đường Lâm|Mã Lai|Từ Sơn|Đà Nẵng|Cầu Giấy|Hoàn Kiếm|Ba Đình|Đống Đa|Tây Hồ`
  .split('|')
  .map((place) => place.trim());

export const vi: FactsLanguagePack = {
  id: 'vi',

  numericDateOrder: 'dmy',
  dateCueBefore: new RegExp(
    `(?<![\\p{L}\\p{M}])(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|từ|đến|tới|đến hết|hết|trước|sau|vào|hạn|hạn chót|tính đến|kể từ|lúc|đầu|cuối|thứ\\s+\\S+|chủ\\s+nhật)\\s*[(,]?\\s*$`,
    'iu',
  ),
  longDate: /(?<![\p{L}\p{M}])ngày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2}|giêng|chạp)(?:\s*(?:năm|,)\s+(?<year>\d{4}))?(?![\p{L}\p{M}\p{N}])/giu,
  monthNumber,
  weekday: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\\s+nhật)${WORD_END}`, 'giu'),
  weekdayIndex,
  weekdayName,
  weekdayDateGap: /^(?:\s*[(,]\s*|\s+)(?:ngày\s+)?$/iu,
  dateWeekdayGap: /^\s*[(,]\s*$/u,
  rangeJoin: /^\s*(?:[-–—]|đến|tới|đến hết|cho đến)\s*(?:ngày\s+)?$/iu,
  rangeOpener: /(?<![\p{L}\p{M}])(?:từ|trong|giữa)\s+(?:ngày\s+)?$/iu,
  dateline: /^\s*(?:\(?\p{Lu}[\p{L}\p{M}]*(?:[ .]+\p{Lu}[\p{L}\p{M}]*){0,4}\)?\s*[,–-]\s*)?[Nn]gày\s+(?<day>\d{1,2})[/.-](?<month>\d{1,2})[/.-](?<year>\d{4})/u,

  countQualifier: /(?<![\p{L}\p{M}])(hơn|trên|gần|khoảng|chừng|tới|đến|lên tới|lên đến|có tới|hàng|ít nhất|tối thiểu|tối đa|xấp xỉ|gần như|chưa tới|chưa đến|dưới|ngót|non|hơn cả)\s+$/iu,
  countSubsetBefore: /(?<![\p{L}\p{M}])(?:tổng cộng(?: có)?|tổng số|tổng|trong đó|trong số đó|trong số|trong tổng số|trên tổng số|trên|gồm|bao gồm|thêm|còn|còn lại|mỗi|từng|riêng|chỉ|số|thứ|top|hạng|đợt|giai đoạn|lần|khoảng|nhóm|tốp|nhất|hơn|cả)\s+$/iu,
  breakdownInSentence: /(?:^|[\s,(])(?:trong đó|trong số đó|riêng|ngoài ra|còn lại)(?![\p{L}\p{M}])/iu,
  countPartOfAfter: /^\s*(?:trong số|trong tổng số|trên tổng số|trên|\/|so với)(?![\p{L}\p{M}])/iu,
  nounStopWords: new Set(
    `của và với cho tại ở trong ngoài trên dưới được bị đã đang sẽ vừa là có không này đó kia ấy nào các những để từ đến tới
     về theo như khi mà thì nhưng hay hoặc cũng đều vẫn còn lại rồi nên vì do bởi nếu sau trước gồm thuộc cùng qua nhằm ra vào lên
     xuống đi phải cần nhất mới khác đầu tiên cuối năm tháng ngày trong đó so hơn gần khoảng tăng giảm đạt`.split(/\s+/),
  ),
  unitWords: new Set(
    `năm tháng ngày giờ phút giây tuần tuổi lần km m cm mm ha tấn kg g gam lít đồng triệu tỷ tỉ nghìn ngàn trăm vạn usd euro đô
     độ mét héc-ta hecta cây km2 m2 m3 mw kw kwh gb mb điểm bàn phần hạng vòng hiệp tầng số quý thập thế kỳ khóa khoá tập trang dòng câu
     h đêm buổi mùa vụ lượt suất phút giờ feet inch % ounce pound dặm`.split(/\s+/),
  ),
  genericNounWords: new Set(`người vụ trường ca lượt đơn nơi cái con việc điều thứ loại nhóm phần bên phía mặt em cháu hộ trẻ ông bà anh chị`.split(/\s+/)),
  countWeakContext: new Set(
    `có là với gồm của cho và tại trong số từ đến tới các những mỗi hoặc hay cả ở về theo như khi thì mà nhưng trên dưới sau trước
     nhất ra vào giữa bằng nào này đó là biết nói rằng cho`.split(/\s+/),
  ),
  countAuxiliaries: new Set(`đã sẽ đang vừa mới được bị cũng đều vẫn chỉ hơn gần khoảng chừng lên nay rồi thêm tận ngót`.split(/\s+/)),
  broadScopeAfter: /^\s+(?:trong|về|thuộc)\s+(?:các|những|nhiều|mọi)(?![\p{L}\p{M}])/iu,
  nounNarrowers: new Set(`của tại ở về thuộc cho trong với giữa ngoài khác mới còn đầu cuối này đó kia`.split(/\s+/)),

  // One Vietnamese syllable, marks folded away: onset, one to three vowels, coda ("Harry", "Kpă" are not).
  nameSyllable: /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/,
  surnames: new Set(SURNAMES),
  places: new Set(PLACES),
  placeClassifiers: new Set(
    `tp|tp.|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|ấp|thôn|bản|làng|đường|phố|ngõ|hẻm|sông|núi|cầu|hồ|đèo|đảo|
     chợ|trường|thpt|thcs|th|đh|đại học|học viện|bệnh viện|bv|viện|công ty|tập đoàn|ngân hàng|giải|quỹ|lăng|bảo tàng|khu|
     đền|chùa|đình|tượng|quảng trường|cung|sân|nhà hát|phòng khám|liên đoàn|báo|đài|tạp chí|nhà xuất bản|nxb|cúp|gala|
     giải thưởng|chương trình|dự án|tác phẩm|phim|sách|tàu|hẻm|khu phố|tổ dân phố|trại|trung tâm|nhà văn hóa|nhà thờ`
      .split('|')
      .map((word) => word.trim()),
  ),

  honorifics: [
    'ông', 'bà', 'anh', 'chị', 'cô', 'em', 'cụ', 'đồng chí', 'đ/c', 'bác sĩ', 'BS', 'GS', 'PGS', 'TS', 'ThS', 'GS.TS', 'PGS.TS',
    'giáo sư', 'phó giáo sư', 'tiến sĩ', 'thạc sĩ', 'luật sư', 'LS', 'nhà báo', 'nhà văn', 'nhà thơ', 'nghệ sĩ', 'NSND', 'NSƯT',
    'đại biểu', 'ĐBQH', 'bị cáo', 'nghi phạm', 'đối tượng', 'nạn nhân', 'cầu thủ', 'HLV', 'huấn luyện viên', 'ca sĩ', 'diễn viên',
    'thầy', 'bé', 'cháu', 'vợ', 'chồng',
  ],
  titles: TITLES,
  formerMarkers: new Set(['nguyên', 'cựu', 'từng là', 'từng làm', 'khi đó là', 'lúc đó là', 'khi ấy là', 'thời là', 'lúc bấy giờ là']),
  actingMarkers: new Set(['quyền', 'tân', 'tân nhiệm', 'Quyền', 'Tân']),
  titleMisspellings: new Map([
    ['Thứ tưởng', 'Thứ trưởng'],
    ['Bộ tưởng', 'Bộ trưởng'],
    ['Thứ trưỡng', 'Thứ trưởng'],
    ['Bộ trưỡng', 'Bộ trưởng'],
    ['Chủ tich', 'Chủ tịch'],
    ['Chũ tịch', 'Chủ tịch'],
    ['Thủ tường', 'Thủ tướng'],
    ['Bí thơ', 'Bí thư'],
    ['Giám đóc', 'Giám đốc'],
  ]),
  orgOpeners: new Set(`nước tỉnh thành phố huyện quận xã phường thị trấn thường trực trung ương ủy uỷ ban hội đồng sở bộ chi đảng công`.split(/\s+/)),
  orgJoiners: new Set(['và']),
  orgStopWords: [
    ...`cho nói rằng là đã đang sẽ vừa được bị thì mà khi nhưng với cùng của tại ở đến tới về để từ trong trên làm có không này đó
     dự tiếp thăm gặp ký trao tặng cũng đều vẫn còn gửi ra hỏi và kiêm giao nêu gởi gắm`.split(/\s+/),
    ...`cho biết|chỉ đạo|kiểm tra|đề nghị|yêu cầu|chủ trì|phát biểu|chia sẻ|nhấn mạnh|khẳng định|thông tin|trả lời|đánh giá|lưu ý|
     cảm ơn|thay mặt|tham dự|chúc mừng|kêu gọi|bày tỏ|cho rằng|giải thích|ghi nhận|đề xuất|kiến nghị|tiết lộ|thừa nhận|xác nhận|
     cảnh báo|bác bỏ|phản hồi|trao đổi|tham gia|dẫn đầu|nhận định|đồng thời|trực tiếp|quyết định|đồng ý|phê duyệt|ban hành`
      .split('|')
      .map((phrase) => phrase.trim()),
  ],

  orgAbbreviations: new Map([
    ['ubnd', 'ủy ban nhân dân'],
    ['hđnd', 'hội đồng nhân dân'],
    ['tp', 'thành phố'],
    ['tp.', 'thành phố'],
    ['tp.hcm', 'thành phố hồ chí minh'],
    ['hcm', 'hồ chí minh'],
    ['tw', 'trung ương'],
    ['mttq', 'mặt trận tổ quốc'],
    ['tn&mt', 'tài nguyên và môi trường'],
    ['tnmt', 'tài nguyên và môi trường'],
    ['gd&đt', 'giáo dục và đào tạo'],
    ['gdđt', 'giáo dục và đào tạo'],
    ['gtvt', 'giao thông vận tải'],
    ['kh&đt', 'kế hoạch và đầu tư'],
    ['khđt', 'kế hoạch và đầu tư'],
    ['lđ-tb&xh', 'lao động thương binh và xã hội'],
    ['lđtbxh', 'lao động thương binh và xã hội'],
    ['vh-tt&dl', 'văn hóa thể thao và du lịch'],
    ['vhttdl', 'văn hóa thể thao và du lịch'],
    ['nn&ptnt', 'nông nghiệp và phát triển nông thôn'],
    ['nnptnt', 'nông nghiệp và phát triển nông thôn'],
    ['kh&cn', 'khoa học và công nghệ'],
    ['khcn', 'khoa học và công nghệ'],
    ['tt&tt', 'thông tin và truyền thông'],
    ['tttt', 'thông tin và truyền thông'],
    ['hđqt', 'hội đồng quản trị'],
    ['đhqg', 'đại học quốc gia'],
    ['nhnn', 'ngân hàng nhà nước'],
  ]),

  yearSpan: /(?<![\p{L}\p{M}\p{N}.,])(\d{1,3})\s+năm(?![\p{L}\p{M}\p{N}])/gu,
  anniversaryBefore: /(?<![\p{L}\p{M}])(?:kỷ niệm|kỉ niệm|tròn|mừng|chào mừng|dịp)\s+$/iu,
  foundingYear: /^[^.;!?\n]{0,120}?(?:thành lập|ra đời|khai giảng|khánh thành)(?:\s+[\p{L}\p{M}]+){0,4}?\s*\(?\s*(?:năm\s+|từ năm\s+)?(\d{4})(?!\s*[-–—]\s*\d)/iu,
  age: /(?<![\p{L}\p{M}\p{N}.,])(\d{1,3})\s+tuổi(?![\p{L}\p{M}\p{N}])/gu,
  birthYear: /(?<![\p{L}\p{M}])(?:sinh năm|SN|sinh)\s+(\d{4})(?![\p{N}])/gu,
};
