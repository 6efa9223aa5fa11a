/**
 * What a web page leaves behind in a pasted draft, one entry per marker, for
 * the `boilerplate` rule. Data, not code: a desk adds its own site's chrome
 * through the rule's `markers` option, and a new language is a new block of
 * entries with its `language` code.
 *
 * Every entry is matched case-insensitively (unless `caseSensitive`), with
 * letter boundaries checked on both ends, so "Tin khác" never matches inside
 * "Tin khácx". Literal `text` is the normal form; `regex` is for the few
 * markers with digits or variants, written in the syntax RE2 and JavaScript
 * share: no look-around, no back-references, non-capturing groups only.
 *
 * Where a marker counts is decided by the rule, from the kind and `inline`:
 * a line made only of markers ("Tin liên quan", "Chia sẻ Facebook Twitter")
 * always counts; a marker inside a longer line counts only as `inline` says.
 */

export type BoilerplateKind = 'label' | 'counter' | 'copyright' | 'share' | 'image-file' | 'read-more' | 'related-block';

export const BOILERPLATE_KINDS: readonly BoilerplateKind[] = [
  'label',
  'counter',
  'copyright',
  'share',
  'image-file',
  'read-more',
  'related-block',
];

/** How a marker may be flagged inside a line that holds other text too. */
export type InlineUse =
  /**
   * As a label only: capitalised, at a seam (line start, after a sentence end,
   * a time stamp or a double space) and followed by ":"; a related-news label
   * may instead be followed by the headline run that ends the document.
   * "… Lắk”. Xem thêm: Ngỡ ngàng với …" counts, "để xem thêm thông tin" does not.
   */
  | 'label'
  /** A link arrow: the text after ">>" up to the next seam is the link. */
  | 'link'
  /** The end of a call to action: "Xem chi tiết quy chế thi TẠI ĐÂY". */
  | 'call-to-action'
  /** Anywhere: the marker cannot be ordinary prose ("(Bản quyền thuộc VTV)"). */
  | 'anywhere'
  /** Anywhere, and the match is all of it, so deleting the match is the fix ("| 21:00 06/02/2017"). */
  | 'exact'
  /** Never: only a line made of markers counts ("Chia sẻ" is also a verb). */
  | 'never';

export interface BoilerplateMarker {
  kind: BoilerplateKind;
  /** 'vi', 'en', … or '*' for markers every language shares (symbols, file extensions, network names). */
  language: string;
  /** The marker as written on the page (NFC); matched as literal text. */
  text?: string;
  /** Or a regular expression source (RE2/JavaScript common syntax). */
  regex?: string;
  /** Match the exact capitals only ("TẠI ĐÂY" is a call to action, "Tại đây" starts sentences). */
  caseSensitive?: boolean;
  /** Not enough alone to make a line boilerplate ("Facebook" alone may be a heading). */
  weak?: boolean;
  /** Overrides the kind's default inline use (see `defaultInlineUse`). */
  inline?: InlineUse;
  /** A more precise message than the kind's: 'timestamp' for a page's publication time. */
  message?: 'timestamp';
}

/** Labels, read-more links and related-news labels are labels; the rest count only as whole lines. */
export function defaultInlineUse(kind: BoilerplateKind): InlineUse {
  return kind === 'label' || kind === 'read-more' || kind === 'related-block' ? 'label' : 'never';
}

const vi = (kind: BoilerplateKind, texts: string[], extra: Partial<BoilerplateMarker> = {}): BoilerplateMarker[] =>
  texts.map((text) => ({ kind, language: 'vi', text, ...extra }));
const en = (kind: BoilerplateKind, texts: string[], extra: Partial<BoilerplateMarker> = {}): BoilerplateMarker[] =>
  texts.map((text) => ({ kind, language: 'en', text, ...extra }));
const any = (kind: BoilerplateKind, texts: string[], extra: Partial<BoilerplateMarker> = {}): BoilerplateMarker[] =>
  texts.map((text) => ({ kind, language: '*', text, ...extra }));

export const BOILERPLATE_MARKERS: readonly BoilerplateMarker[] = [
  // ── Related-news labels: a box of other stories' headlines follows them ──
  ...vi('related-block', [
    'Tin liên quan',
    'Tin bài liên quan',
    'Bài liên quan',
    'Bài viết liên quan',
    'Tin cùng chuyên mục',
    'Bài cùng chuyên mục',
    'Cùng chuyên mục',
    'Tin cùng chủ đề',
    'Tin nổi bật',
    'Đừng bỏ lỡ',
    'Tin khác',
    'Các tin khác',
    'Tin mới',
    'Tin mới nhất',
    'Tin mới hơn',
    'Tin cũ hơn',
    'Nên xem',
    'Có thể bạn quan tâm',
    'Có thể bạn chưa đọc',
    'Bạn có thể quan tâm',
    'Đọc nhiều',
    'Đọc nhiều nhất',
    'Xem nhiều',
    'Xem nhiều nhất',
    'Tin đọc nhiều',
    'Tin xem nhiều',
  ]),
  ...en('related-block', [
    'Related',
    'Related articles',
    'Related stories',
    'Related news',
    'Related posts',
    'Related content',
    'Related coverage',
    'Read next',
    'Read also',
    'You may also like',
    'You might also like',
    'More stories',
    'More on this story',
    'Trending',
    'Trending now',
    'Most popular',
    'Most read',
    'Most viewed',
    'Top stories',
    'Latest news',
    'Latest stories',
    'Recommended',
    'Recommended for you',
  ]),
  { kind: 'related-block', language: 'en', regex: "don['’]t miss" },
  { kind: 'related-block', language: 'en', regex: "editors?['’]?s?['’]? picks?" },

  // ── Site labels: page furniture that stands alone ──
  ...vi('label', [
    'Nổi bật',
    'Phiên bản di động',
    'Xem phiên bản di động',
    'Phiên bản máy tính',
    'Quảng cáo',
    'Về đầu trang',
    'Lên đầu trang',
    'Trở về đầu trang',
    'Trang chủ',
    'Từ khóa',
    'Từ khoá',
    'Đăng ký nhận tin',
    'Đăng ký nhận bản tin',
    'Theo dõi chúng tôi',
    'Tải ứng dụng',
  ]),
  // The time stamp of a byline row: "Phương Nam - Thể thao Việt Nam | 21:00 06/02/2017".
  { kind: 'label', language: '*', regex: '\\|\\s*\\d{1,2}:\\d{2}\\s+\\d{1,2}/\\d{1,2}/\\d{4}', inline: 'exact', message: 'timestamp' },
  // A breadcrumb: "Trang chủ > Thể thao > Bóng đá".
  { kind: 'label', language: 'vi', regex: 'trang chủ(?:\\s*[>»›|/]\\s*[^\\s>»›|/](?:[^\\n>»›|/]{0,38}[^\\s>»›|/])?){1,5}' },
  ...en('label', [
    'Advertisement',
    'Advertising',
    'Sponsored',
    'Sponsored content',
    'Paid content',
    'Skip to content',
    'Skip to main content',
    'Back to top',
    'Mobile version',
    'Desktop version',
    'Sign up for our newsletter',
    'Subscribe',
    'Subscribe now',
    'Follow us',
    'Download our app',
  ]),
  { kind: 'label', language: 'en', regex: 'home(?:\\s*[>»›|]\\s*[^\\s>»›|](?:[^\\n>»›|]{0,38}[^\\s>»›|])?){1,5}' },
  ...any('label', ['Tags', 'Tag']),

  // ── Read-more links and calls to action ──
  ...vi('read-more', ['Xem thêm', 'Đọc thêm', 'Xem tiếp', 'Đọc tiếp', 'Xem chi tiết', 'Xem toàn bộ']),
  ...en('read-more', ['Read more', 'Read the full story', 'Read the full article', 'Full story', 'Continue reading', 'See more', 'Learn more', 'Click here']),
  // "TẠI ĐÂY" in capitals is the anchor of an advertorial link; "Tại đây, …" starts sentences.
  { kind: 'read-more', language: 'vi', text: 'TẠI ĐÂY', caseSensitive: true, inline: 'call-to-action' },
  // "Bấm xem >>" closes a teaser for another story.
  { kind: 'read-more', language: 'vi', regex: 'bấm (?:xem|vào đây)\\s*>{1,3}', inline: 'anywhere' },
  // "Mời quý độc giả xem video …": the video it announces is not in the draft.
  { kind: 'read-more', language: 'vi', regex: 'mời (?:quý )?(?:độc giả|bạn đọc|khán giả) (?:cùng )?(?:xem|theo dõi) (?:video|clip|mv)', inline: 'anywhere' },
  // Link arrows: ">> Xem thêm: …", ">>> Đọc thêm: …", "Read more »".
  { kind: 'read-more', language: '*', regex: '>{2,3}', inline: 'link' },
  { kind: 'read-more', language: '*', regex: '»', inline: 'never' },

  // ── Comment and view counters ──
  { kind: 'counter', language: 'vi', regex: '\\(\\d+\\)\\s*bình luận' },
  { kind: 'counter', language: 'vi', regex: 'bình luận\\s*\\(\\d+\\)' },
  { kind: 'counter', language: 'vi', regex: '\\d+\\s+(?:bình luận|lượt xem|lượt thích|lượt chia sẻ)' },
  { kind: 'counter', language: 'en', regex: '\\(\\d+\\)\\s*comments?' },
  { kind: 'counter', language: 'en', regex: 'comments?\\s*\\(\\d+\\)' },
  { kind: 'counter', language: 'en', regex: '\\d+\\s+(?:comments?|shares?|views?|likes?)' },

  // ── Copyright and no-copy footers ──
  { kind: 'copyright', language: 'vi', regex: '\\(\\s*bản quyền[^()\\n]{1,60}\\)', inline: 'anywhere' },
  ...vi('copyright', ['Bản quyền thuộc', 'Bảo lưu mọi quyền']),
  {
    kind: 'copyright',
    language: 'vi',
    regex:
      '(?:nghiêm cấm|cấm|không được|vui lòng không) (?:sao chép|đăng lại|tái bản|phát hành lại)(?: lại)?(?: (?:dưới mọi hình thức|nội dung|thông tin|bài viết|tin bài|khi chưa|nếu chưa|nếu không|từ website|từ trang))',
  },
  { kind: 'copyright', language: 'vi', regex: 'ghi rõ nguồn[^\\n]{0,80}phát hành lại' },
  { kind: 'copyright', language: '*', regex: '(?:©|copyright)\\s*(?:©\\s*|\\(c\\)\\s*)?(?:\\d{4}|©)', inline: 'anywhere' },
  // "(c) 2017" is a footer at the start of a line; inside one it may be a list item "(c)".
  { kind: 'copyright', language: '*', regex: '\\(c\\)\\s*\\d{4}' },
  // A bare "©" is also a photo credit ("© Reuters"): it needs a stronger marker on its line.
  { kind: 'copyright', language: '*', text: '©', weak: true },
  { kind: 'copyright', language: 'en', text: 'All rights reserved', inline: 'anywhere' },

  // ── Share, print and comment widgets ──
  ...vi('share', [
    'Chia sẻ',
    'Chia sẻ bài viết',
    'Chia sẻ bài',
    'In bài',
    'In bài viết',
    'In trang',
    'Gửi bài viết',
    'Gửi bài',
    'Gửi cho bạn bè',
    'Lưu bài',
    'Lưu bài viết',
    'Lưu tin',
    'Sao chép liên kết',
    'Bình luận',
    'Gửi bình luận',
    'Viết bình luận',
    'Ý kiến bạn đọc',
    'Ý kiến của bạn',
  ]),
  ...vi('share', ['Thích'], { weak: true }),
  ...en('share', [
    'Share',
    'Share this',
    'Share this article',
    'Share this story',
    'Share on Facebook',
    'Share on Twitter',
    'Tweet',
    'Print',
    'Print this article',
    'Email this',
    'Save article',
    'Copy link',
    'Comments',
    'Leave a comment',
    'Show comments',
  ]),
  ...en('share', ['Like'], { weak: true }),
  ...any(
    'share',
    ['Facebook', 'Twitter', 'Zalo', 'LinkedIn', 'Pinterest', 'Reddit', 'Telegram', 'WhatsApp', 'Messenger', 'Viber', 'Email', 'E-mail', 'Google+', 'Tumblr'],
    { weak: true },
  ),

  // ── Image file names (the rule checks that the whole line is a file name) ──
  { kind: 'image-file', language: '*', regex: '\\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|avif|heic)' },
];
