/**
 * The house dictionary shipped with Copydesk: Vietnamese misspellings that a
 * syllable list cannot catch because every syllable in them is a real one
 * ("sổ số" for xổ số, "Thứ tưởng" for Thứ trưởng). Every entry comes from
 * misspellings found in Vietnamese news text (see the `terminology` doc page).
 *
 * Entries use prh's rule shape, so the list could be written out as a prh
 * YAML file unchanged. Vietnamese builds words from syllables, so a wrong
 * pair can also be two words that merely meet ("tiềm năng | xuất khẩu",
 * "cảnh sát | nhập cư"): each such entry says, with a lookbehind or a trailing
 * lookahead, which neighbours make it a different phrase, and its specs hold
 * an example of both. A spec whose `to` equals its `from` must NOT match.
 *
 * A space in a pattern below stands for any run of spaces, line breaks or
 * no-break spaces (see `flexibleSpaces`); patterns here never put a space
 * inside a character class.
 */
import type { TermEntry } from '../lib/term-dictionary.js';

const SHIPPED: TermEntry[] = [
  {
    expected: 'thứ trưởng',
    // Only as a title: before a name (a capital, whatever the case of the title itself), "Bộ",
    // a ministry or a comma. "những thứ tưởng chừng" is two words.
    pattern: String.raw`/thứ tưởng(?= (?:(?-i:\p{Lu})|bộ |thường trực|phụ trách)|[,;:])/`,
    specs: [
      { from: 'PGS.TS Lê Văn An, Thứ tưởng Bộ Y tế, cho biết', to: 'PGS.TS Lê Văn An, Thứ trưởng Bộ Y tế, cho biết' },
      { from: 'Theo Thứ tưởng Ngoại giao Nga', to: 'Theo Thứ trưởng Ngoại giao Nga' },
      { from: 'nguyên thứ tưởng Trần Văn Bình', to: 'nguyên thứ trưởng Trần Văn Bình' },
      { from: 'Những thứ tưởng chừng đơn giản lại khó làm nhất.', to: 'Những thứ tưởng chừng đơn giản lại khó làm nhất.' },
      { from: 'mọi thứ tưởng như đã ổn', to: 'mọi thứ tưởng như đã ổn' },
      { from: 'THỨ TƯỞNG BỘ CÔNG THƯƠNG', to: 'THỨ TRƯỞNG BỘ CÔNG THƯƠNG' },
    ],
  },
  {
    expected: 'sử dụng',
    pattern: String.raw`/(?<!cư )xử dụng/`,
    specs: [
      { from: 'chiếc xe máy các đối tượng xử dụng', to: 'chiếc xe máy các đối tượng sử dụng' },
      { from: 'Xử dụng ứng dụng gọi xe', to: 'Sử dụng ứng dụng gọi xe' },
      { from: 'cách cư xử dụng tâm của anh ấy', to: 'cách cư xử dụng tâm của anh ấy' },
    ],
  },
  {
    expected: 'xử lý',
    // "lịch sử | lý giải", "giả sử | lý do", "tiểu sử | lý lịch".
    pattern: String.raw`/(?<!(?:lịch|tiểu|giả|quốc|chính|dã|ngự|nữ|văn|cổ|thanh|biên|tiền|cận|hiện|thế|thông|sứ|sơ|phụ) )sử lý(?! (?:do|giải|thuyết|luận|lẽ|tưởng|trí|tính|lịch|thú|học|tài))/`,
    specs: [
      { from: 'chỉ đạo xem xét và sử lý nghiêm hai giáo viên', to: 'chỉ đạo xem xét và xử lý nghiêm hai giáo viên' },
      { from: 'tỷ lệ sử lý chất thải rắn', to: 'tỷ lệ xử lý chất thải rắn' },
      { from: 'Sử lý kịp thời', to: 'Xử lý kịp thời' },
      { from: 'Lịch sử lý giải vì sao thành cổ đứng vững', to: 'Lịch sử lý giải vì sao thành cổ đứng vững' },
      { from: 'giả sử lý do là thời tiết', to: 'giả sử lý do là thời tiết' },
    ],
  },
  {
    expected: 'chẩn đoán',
    pattern: String.raw`/(?<!(?:tiêu|quy|hiệu) )chuẩn đoán/`,
    specs: [
      { from: 'người từng chuẩn đoán nhầm bệnh', to: 'người từng chẩn đoán nhầm bệnh' },
      { from: 'Chuẩn đoán hình ảnh', to: 'Chẩn đoán hình ảnh' },
      { from: 'bộ tiêu chuẩn đoán định chất lượng', to: 'bộ tiêu chuẩn đoán định chất lượng' },
    ],
  },
  {
    expected: 'sơ suất',
    // "hồ sơ | xuất khẩu", "hồ sơ | xuất cảnh".
    pattern: String.raw`/(?<!(?:hồ|ban|nguyên|thô|đơn) )sơ xuất(?! (?:khẩu|cảnh|trình|hiện|bản|phát|xứ|huyết|viện|ngũ|kích|hành|nhập|xưởng))/`,
    specs: [
      { from: 'không để xảy ra sơ xuất', to: 'không để xảy ra sơ suất' },
      { from: 'chỉ một chút sơ xuất là hỏng', to: 'chỉ một chút sơ suất là hỏng' },
      { from: 'bộ hồ sơ xuất khẩu lô hàng', to: 'bộ hồ sơ xuất khẩu lô hàng' },
      { from: 'nộp hồ sơ xuất cảnh', to: 'nộp hồ sơ xuất cảnh' },
    ],
  },
  {
    expected: 'xuất sắc',
    pattern: String.raw`/(?<!(?:năng|hiệu|công|lãi|tần|áp|tỷ|tỉ|định|xác|khẩu) )suất sắc/`,
    specs: [
      { from: 'có phần thể hiện suất sắc', to: 'có phần thể hiện xuất sắc' },
      { from: 'Suất sắc nhất năm', to: 'Xuất sắc nhất năm' },
      { from: 'học sinh xuất sắc', to: 'học sinh xuất sắc' },
      { from: 'tần suất sắc độ thay đổi', to: 'tần suất sắc độ thay đổi' },
    ],
  },
  {
    expected: 'chín chắn',
    // "một chính chắn gió" is a slip for "chiếc chắn gió", not for "chín chắn".
    pattern: String.raw`/chính chắn(?! (?:gió|bùn|sóng|nắng|mưa|đạn|xích|ngang|lối|đường|rác))/`,
    specs: [
      { from: 'còn quá trẻ để có những suy nghĩ chính chắn', to: 'còn quá trẻ để có những suy nghĩ chín chắn' },
      { from: 'Chính chắn hơn sau biến cố', to: 'Chín chắn hơn sau biến cố' },
      { from: 'xe có thêm một chính chắn gió nhỏ', to: 'xe có thêm một chính chắn gió nhỏ' },
    ],
  },
  {
    expected: 'giấu giếm',
    pattern: String.raw`/dấu [dg]iếm/`,
    specs: [
      { from: 'yêu nhau lén lút dấu diếm', to: 'yêu nhau lén lút giấu giếm' },
      { from: 'Không dấu giếm điều gì', to: 'Không giấu giếm điều gì' },
      { from: 'đánh dấu điểm mốc', to: 'đánh dấu điểm mốc' },
    ],
  },
  {
    expected: 'sắp xếp',
    patterns: [String.raw`/sắp sếp/`, String.raw`/xắp [xs]ếp/`],
    specs: [
      { from: 'tranh thủ sắp sếp lễ cúng', to: 'tranh thủ sắp xếp lễ cúng' },
      { from: 'sẽ xắp xếp cho chị gái', to: 'sẽ sắp xếp cho chị gái' },
      { from: 'Xắp sếp lại bàn ghế', to: 'Sắp xếp lại bàn ghế' },
      { from: 'đã sắp xếp xong', to: 'đã sắp xếp xong' },
    ],
  },
  {
    expected: 'vô hình trung',
    // "kẻ thù vô hình | chung của" is an invisible common enemy.
    pattern: String.raw`/vô hình chung(?! (?:của|cho|với))/`,
    specs: [
      { from: 'Điều này vô hình chung đã tạo nên sự hỗn loạn', to: 'Điều này vô hình trung đã tạo nên sự hỗn loạn' },
      { from: 'kẻ thù vô hình chung của nhân loại', to: 'kẻ thù vô hình chung của nhân loại' },
    ],
  },
  {
    expected: 'xổ số',
    // "ghi vào sổ | số tiền", "cuốn sổ | số liệu".
    pattern: String.raw`/(?<!(?:vào|ghi|trong|cuốn|quyển|cái|mở|sang|theo|trên|từ) )sổ số(?! (?:tiền|liệu|dư|lượng|hóa|hoá|đo|hộ|ghi|người|điện thoại|nhà|thứ|ngày|trang))/`,
    specs: [
      { from: 'công ty sổ số kiến thiết', to: 'công ty xổ số kiến thiết' },
      { from: 'Vé sổ số bán chạy', to: 'Vé xổ số bán chạy' },
      { from: 'ghi vào sổ số tiền đã chi', to: 'ghi vào sổ số tiền đã chi' },
      { from: 'cuốn sổ số liệu', to: 'cuốn sổ số liệu' },
    ],
  },
  {
    expected: 'năng suất',
    // "tiềm năng | xuất khẩu", "khả năng | xuất hiện", "tài năng | xuất chúng".
    pattern: String.raw`/(?<!(?:tiềm|khả|tài|kỹ|kĩ|chức|bản|công|động|trí|thể|toàn|đa|vạn|nhiệt|điện|quang|thế|hiệu|tính|nội|cơ|siêng|hóa|hoá|phóng|thủy|thuỷ|phong|siêu|tự) )năng xuất(?! (?:khẩu|hiện|sắc|chúng|phát|bản|hành|cảnh|nhập|viện|ngũ|kích|xứ|trình|huyết|binh|chiêu|quân|siêu|tinh|thân|ra|sang|đi|vốn|hàng|kho|xưởng))/`,
    specs: [
      { from: 'nâng cao năng xuất lao động', to: 'nâng cao năng suất lao động' },
      { from: 'Năng xuất lúa đạt 6 tấn/ha', to: 'Năng suất lúa đạt 6 tấn/ha' },
      { from: 'có tiềm năng xuất khẩu rất lớn', to: 'có tiềm năng xuất khẩu rất lớn' },
      { from: 'thúc đẩy khả năng xuất hiện của sấm sét', to: 'thúc đẩy khả năng xuất hiện của sấm sét' },
      { from: 'một tài năng xuất chúng', to: 'một tài năng xuất chúng' },
    ],
  },
  {
    expected: 'sáp nhập',
    // "cảnh sát | nhập cư", "giám sát | nhập khẩu".
    pattern: String.raw`/(?<!(?:cảnh|giám|kiểm|quan|trinh|khảo|ám|tự|thám|truy|cận) )sát nhập(?! (?:cư|cảnh|khẩu|học|ngũ|viện|môn|tịch|hội|cuộc|vai|liệu|kho|hàng|siêu|gia|tâm|ngoại|lậu|định))/`,
    specs: [
      { from: 'Thương vụ sát nhập giữa hai hãng', to: 'Thương vụ sáp nhập giữa hai hãng' },
      { from: 'Sát nhập hai huyện', to: 'Sáp nhập hai huyện' },
      { from: 'lực lượng cảnh sát nhập cư và hải quan', to: 'lực lượng cảnh sát nhập cư và hải quan' },
      { from: 'tăng cường giám sát nhập khẩu', to: 'tăng cường giám sát nhập khẩu' },
    ],
  },
  {
    expected: 'hành hạ',
    // "đức hạnh | hạ sinh", "phẩm hạnh | hạ thấp".
    pattern: String.raw`/(?<!(?:đức|phẩm|tiết|hiếu|nết|đạo|tính) )hạnh hạ(?! (?:thấp|cánh|tầng|gục|giá|nhiệt|màn|sát|lệnh|quyết|thổ|bệ|lưu|nguồn|huyệt|đẳng|thủy|thuỷ|xuống|bộ|viện|tuần|sinh|mình))/`,
    specs: [
      { from: 'huyết áp cao và mất ngủ hạnh hạ bà', to: 'huyết áp cao và mất ngủ hành hạ bà' },
      { from: 'bị hạnh hạ dã man', to: 'bị hành hạ dã man' },
      { from: 'người phụ nữ đức hạnh hạ sinh ba người con', to: 'người phụ nữ đức hạnh hạ sinh ba người con' },
    ],
  },
  {
    expected: 'bác $1',
    pattern: String.raw`/bàc (s[ĩỹ])/`,
    specs: [
      { from: 'Ở đây, bàc sĩ kết luận', to: 'Ở đây, bác sĩ kết luận' },
      { from: 'Bàc sỹ Minh', to: 'Bác sỹ Minh' },
      { from: 'bác sĩ trực', to: 'bác sĩ trực' },
    ],
  },
  {
    expected: 'đến',
    pattern: 'đển',
    specs: [
      { from: 'Đển tuổi 60, bà mới nghỉ', to: 'Đến tuổi 60, bà mới nghỉ' },
      { from: 'đi đển nơi', to: 'đi đến nơi' },
      { from: 'thắp hương ở đền Hùng', to: 'thắp hương ở đền Hùng' },
    ],
  },
  {
    expected: 'để có',
    // After "không", "rất"… the slip is for "dễ có"; "hiếu đễ" is a word.
    pattern: String.raw`/(?<!(?:hiếu|không|chẳng|chả|rất|khá|quá|thật|đâu|chưa|nào) )đễ có/`,
    specs: [
      { from: 'còn quá trẻ đễ có những suy nghĩ', to: 'còn quá trẻ để có những suy nghĩ' },
      { from: 'Đễ có kết quả tốt', to: 'Để có kết quả tốt' },
      { from: 'đạo hiếu đễ có từ xưa', to: 'đạo hiếu đễ có từ xưa' },
      { from: 'không đễ có được', to: 'không đễ có được' },
    ],
  },
  {
    expected: 'xinh đẹp',
    // "nhân sinh | đẹp đẽ", "nữ sinh | đẹp nhất", "học sinh | đẹp trai".
    pattern: String.raw`/(?<!(?:học|nữ|nam|thí|nhân|sản|hồi|giáng|phát|tái|đản|ký|kí|vệ|hy|hi|sơ|song|trẻ|dân|chúng|lưu|giáo|tân|cựu|du|quân|môn|tiên|thư|hậu|sinh|ngoại|nội|kiếp|trường|lớp|tất|nhất|ký túc xá) )sinh đẹp(?! đẽ)/`,
    specs: [
      { from: 'cô gái sinh đẹp', to: 'cô gái xinh đẹp' },
      { from: 'Sinh đẹp và giỏi giang', to: 'Xinh đẹp và giỏi giang' },
      { from: 'một quan niệm nhân sinh đẹp đẽ', to: 'một quan niệm nhân sinh đẹp đẽ' },
      { from: 'nữ sinh đẹp nhất trường', to: 'nữ sinh đẹp nhất trường' },
      { from: 'cậu học sinh đẹp trai', to: 'cậu học sinh đẹp trai' },
    ],
  },
];

/** Whitespace between words as it appears in drafts: spaces, a soft line break, no-break spaces. */
const BETWEEN_WORDS = String.raw`[\s\u00a0]+`;

function flexibleSpaces(pattern: string): string {
  return pattern.replace(/ /g, BETWEEN_WORDS);
}

/** Whole words, any case (the replacement follows the case of the text). */
const DEFAULT_OPTIONS = { wordBoundary: true, ignoreCase: true };

export const VIETNAMESE_TERMS: readonly TermEntry[] = SHIPPED.map((entry) => ({
  ...entry,
  pattern: typeof entry.pattern === 'string' ? flexibleSpaces(entry.pattern) : undefined,
  patterns: entry.patterns ? [entry.patterns].flat().map(flexibleSpaces) : undefined,
  options: { ...DEFAULT_OPTIONS, ...entry.options },
}));
