/**
 * The boilerplate rule's parts: the combined marker matcher, the line
 * deletions, and the behaviours the fixtures cannot show (options, fixes
 * withheld, messages, hostile user patterns).
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, fixUntilStable, lint, LineIndex, type RuleSetting } from '../server/src/engine/index.js';
import boilerplate, { type BoilerplateOptions } from '../rules/boilerplate.js';
import { MarkerMatcher, type MarkerSpec } from '../rules/lib/marker-matcher.js';
import { deleteLines, proseLines } from '../rules/lib/prose-lines.js';

const literal = (text: string, extra: Partial<MarkerSpec<string>> = {}): MarkerSpec<string> => ({ text, trusted: true, data: text, ...extra });
const hitsOf = (matcher: MarkerMatcher<string>, text: string) => matcher.scan(text).map((hit) => [hit.text, hit.data]);

describe('MarkerMatcher', () => {
  it('checks letter boundaries on Vietnamese letters, where \\b does not work', () => {
    const matcher = new MarkerMatcher([literal('Tin khác')]);
    expect(hitsOf(matcher, 'Tin khácxa. Tin khác. Tin khác1')).toEqual([['Tin khác', 'Tin khác']]);
    expect(hitsOf(matcher, 'ĐTin khác')).toEqual([]);
  });

  it('takes the longest literal at a position, and a shorter one when the longer runs into a letter', () => {
    const matcher = new MarkerMatcher([literal('Chia sẻ'), literal('Chia sẻ bài')]);
    expect(hitsOf(matcher, 'Chia sẻ bài')).toEqual([['Chia sẻ bài', 'Chia sẻ bài']]);
    expect(hitsOf(matcher, 'Chia sẻ bàix')).toEqual([['Chia sẻ', 'Chia sẻ']]);
  });

  it('prefers a pattern to a literal starting at the same place', () => {
    const matcher = new MarkerMatcher([literal('Bình luận'), { regex: 'bình luận\\s*\\(\\d+\\)', trusted: true, data: 'counter' }]);
    expect(hitsOf(matcher, 'Bình luận (3)')).toEqual([['Bình luận (3)', 'counter']]);
  });

  it('matches decomposed (NFD) text with offsets into that text', () => {
    const text = `Ảnh. ${'Tin liên quan'.normalize('NFD')}`;
    const [hit] = new MarkerMatcher([literal('Tin liên quan')]).scan(text);
    expect(text.slice(hit.start, hit.end).normalize('NFC')).toBe('Tin liên quan');
  });

  it('keeps the capitals of a case-sensitive literal and ignores case otherwise', () => {
    const matcher = new MarkerMatcher([literal('TẠI ĐÂY', { caseSensitive: true }), literal('Xem thêm')]);
    expect(hitsOf(matcher, 'Tại đây, anh ấy XEM THÊM tài liệu TẠI ĐÂY')).toEqual([
      ['XEM THÊM', 'Xem thêm'],
      ['TẠI ĐÂY', 'TẠI ĐÂY'],
    ]);
  });

  it('matches a literal from configuration as plain text, regular-expression characters and all', () => {
    const matcher = new MarkerMatcher([literal('Tin (nóng) 24h+', { trusted: false })]);
    expect(hitsOf(matcher, 'Tin (nóng) 24h+ và Tin nóng 24h')).toEqual([['Tin (nóng) 24h+', 'Tin (nóng) 24h+']]);
  });

  it('runs patterns from configuration with RE2, so a catastrophic pattern cannot hang the scan', () => {
    const matcher = new MarkerMatcher([{ regex: '(a+)+$', trusted: false, data: 'evil' }, { regex: '(x)(y)z', trusted: false, data: 'groups' }, literal('Nên xem')]);
    expect(hitsOf(matcher, `${'a'.repeat(5000)}!`)).toEqual([]);
    expect(hitsOf(matcher, 'xyz Nên xem aaa')).toEqual([
      ['xyz', 'groups'],
      ['Nên xem', 'Nên xem'],
      ['aaa', 'evil'],
    ]);
  });

  it('names an invalid pattern from configuration', () => {
    expect(() => new MarkerMatcher([{ regex: 'Tin (nóng', trusted: false, data: 'bad' }])).toThrow(/"Tin \(nóng" is not a valid RE2/);
  });
});

describe('deleteLines', () => {
  const remove = (text: string, first: number, last = first) => {
    const context = { source: text, prose: text, lines: new LineIndex(text), shared: <T>(_key: string, compute: () => T) => compute() };
    return applyEdits(text, [deleteLines(proseLines(context), first, last, text.length)]);
  };

  it('takes a line inside a paragraph with its line break', () => {
    expect(remove('A\nB\nC\n', 1)).toBe('A\nC\n');
  });

  it('takes a paragraph of its own with one blank line, so paragraphs neither merge nor gain a gap', () => {
    expect(remove('A\n\nB\n\nC\n', 2)).toBe('A\n\nC\n');
    expect(remove('B\n\nA\n', 0)).toBe('A\n');
    expect(remove('A\nB\n\nC\n', 1)).toBe('A\n\nC\n');
  });

  it('takes the line break before the last paragraph, so the text ends as it did', () => {
    expect(remove('A\n\nB\n', 2)).toBe('A\n');
    expect(remove('A\n\nB', 2)).toBe('A');
  });

  it('takes a run of lines, blank lines between them included', () => {
    expect(remove('A\n\nB\n\nB2\n\nC\n', 2, 4)).toBe('A\n\nC\n');
  });

  it('keeps CRLF line breaks intact', () => {
    expect(remove('A\r\n\r\nB\r\n\r\nC\r\n', 2)).toBe('A\r\n\r\nC\r\n');
  });
});

describe('boilerplate rule', () => {
  const run = (text: string, options: Partial<BoilerplateOptions> = {}, locale: 'en' | 'vi' = 'en') => {
    const settings = new Map<string, RuleSetting>([['boilerplate', { severity: 'warning', options }]]);
    return lint(text, { rules: [boilerplate], settings, locale });
  };
  const findings = (text: string, options: Partial<BoilerplateOptions> = {}) => run(text, options).findings;
  const fixed = (text: string, options: Partial<BoilerplateOptions> = {}) => fixUntilStable(text, (current) => findings(current, options)).text;

  const block = ['Bài viết kết thúc ở đây.', '', 'Tin liên quan', '', '- [Giá vàng tăng mạnh](https://example.vn/a)', '- [Ngân hàng giảm lãi suất](https://example.vn/b)', ''].join('\n');

  it('reports a related-news block with the number of headlines, and deletes it whole', () => {
    const [finding] = findings(block);
    expect(finding.messageId).toBe('relatedBlock');
    expect(finding.message).toContain('2 headlines');
    expect(fixed(block)).toBe('Bài viết kết thúc ở đây.\n');
  });

  it('reports the block without a fix when deleteBlocks is false', () => {
    const [finding] = findings(block, { deleteBlocks: false });
    expect(finding.messageId).toBe('relatedBlock');
    expect(finding.fixes).toEqual([]);
  });

  it('counts a headline written twice once', () => {
    const text = 'Hết bài.\n\nTin liên quan\nGiá xăng giảm lần thứ ba liên tiếp\nGiá xăng giảm lần thứ ba liên tiếp\nHà Nội mưa lớn nhiều tuyến phố ngập\nHà Nội mưa lớn nhiều tuyến phố ngập\n';
    expect(findings(text)[0].message).toContain('2 headlines');
  });

  it('does not take one plain line under a label for a headline list: only the label goes', () => {
    const text = 'Đừng bỏ lỡ\n\nGiá vàng tăng mạnh trong phiên sáng\n\nGiới kinh doanh cho biết lượng khách mua tăng gấp đôi.\n';
    const result = findings(text);
    expect(result.map((finding) => finding.messageId)).toEqual(['label']);
    expect(fixed(text)).toBe('Giá vàng tăng mạnh trong phiên sáng\n\nGiới kinh doanh cho biết lượng khách mua tăng gấp đôi.\n');
  });

  it('uses only the marker lists of the configured languages', () => {
    const text = 'Tin liên quan\n\nAdvertisement\n';
    expect(findings(text, { languages: ['en'] }).map((finding) => finding.range.start.line)).toEqual([3]);
    expect(findings(text, { languages: ['vi'] }).map((finding) => finding.range.start.line)).toEqual([1]);
  });

  it('adds markers from configuration, plain text and RE2 patterns with their kind', () => {
    const text = 'Tin nhanh 24h\n\nBài viết.\n\nNguồn ảnh: Tinnhanh.vn\n';
    const result = findings(text, { markers: ['Tin nhanh 24h', { pattern: 'Nguồn ảnh: [A-Z][a-z]+\\.vn', kind: 'copyright', regex: true }] });
    expect(result.map((finding) => finding.messageId)).toEqual(['label', 'copyright']);
  });

  it('reports an invalid pattern from configuration as a rule failure naming it', () => {
    const result = run('Bài viết.\n', { markers: [{ pattern: 'Tin (nóng', regex: true }] });
    expect(result.failures[0].message).toContain('"Tin (nóng"');
  });

  it('speaks the locale of the document', () => {
    const result = run('Chia sẻ Facebook Twitter\n', {}, 'vi');
    expect(result.findings[0].message).toBe('Nút chia sẻ, in, bình luận “Chia sẻ Facebook Twitter” của trang web còn sót; hãy xoá.');
    expect(result.findings[0].fixes[0].title).toBe('Xoá “Chia sẻ Facebook Twitter”');
  });

  it('withholds the fix when the next paragraph goes on from the line', () => {
    const text = 'Sản phẩm bán tại các siêu thị.\n\nXem thêm tại: https://example.vn/\n\nhoặc www.example.vn\n';
    const [finding] = findings(text);
    expect(finding.messageId).toBe('readMore');
    expect(finding.fixes).toEqual([]);
  });

  it('withholds the fix when a label closing a line introduces the lines under it', () => {
    const text = 'Đội bóng sẽ tập luyện hai tuần. Xem thêm:\nLịch thi đấu vòng loại U23 châu Á mới nhất\n';
    const [finding] = findings(text);
    expect(text.slice(finding.start, finding.end)).toBe('Xem thêm:');
    expect(finding.fixes).toEqual([]);
  });

  it('leaves a wrapped line that only looks like a label: it goes on from the sentence above', () => {
    expect(findings('Mẫu xe có đường chỉ khâu màu đỏ\nNổi bật\nbên trong nội thất.\n')).toEqual([]);
  });

  it('does not take lines that differ only in code for a headline written twice', () => {
    const text = 'Thay đổi:\n\nThêm định dạng `image/avif` cho trình xem ảnh\nThêm định dạng `image/ktx2` cho trình xem ảnh\nThêm định dạng `image/heic` cho trình xem ảnh\nThêm định dạng `image/jxl` cho trình xem ảnh\n';
    expect(findings(text)).toEqual([]);
  });

  it('finds a label written in decomposed (NFD) letters', () => {
    const text = `Hết bài.\n\n${'Có thể bạn quan tâm'.normalize('NFD')}\n`;
    expect(findings(text).map((finding) => finding.messageId)).toEqual(['label']);
    expect(fixed(text)).toBe('Hết bài.\n');
  });

  it('removes an inline read-more link up to the paragraph seam and joins the text with one space', () => {
    const text = 'Đội sẽ sang Qatar. >> Xem thêm: Lịch thi đấu vòng loại  Huấn luyện viên hài lòng.\n';
    expect(fixed(text)).toBe('Đội sẽ sang Qatar. Huấn luyện viên hài lòng.\n');
  });

  it('reports an inline link whose end cannot be found without a fix', () => {
    const text = 'Ông nói vậy. >>> Đọc thêm: Bị rắn độc cắn, chồng quay sang cắn vợ Song Hy (Nguồn: The Guardian)\n';
    const [finding] = findings(text);
    expect(text.slice(finding.start, finding.end)).toBe('>>> Đọc thêm:');
    expect(finding.fixes).toEqual([]);
  });
});
