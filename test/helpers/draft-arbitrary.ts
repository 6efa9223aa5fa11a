/**
 * Random Markdown drafts made of the things newsroom drafts contain (and the
 * things that break linters): dates in every style, boilerplate, Vietnamese
 * with NFD and invisible characters, legacy-encoded runs, titles and names,
 * code, HTML comments, tables, nesting, front matter good and bad.
 */
import fc from 'fast-check';

const words = ['Hà Nội', 'Thủ tướng', 'Bộ Chính trị', 'hòa', 'hoà', 'thủy', 'thuỷ', 'kỹ', 'kĩ', 'Thứ tưởng', 'sử lý', 'chuẩn đoán', 'Đển', 'bàc', 'ông', 'cho biết', 'người', 'năm', 'tháng', 'USD', 'COVID-19', 'Nguyễn Văn An', 'Doãn Lực', 'Doãn Lục', 'Bí thư Thành ủy', 'Phó Bí thư', '6 bản ghi nhớ', '5 bản ghi nhớ', 'kỷ niệm 70 năm', 'Ð', 'ViÖt Nam', 'Hµ Néi', 'Vieät Nam', 'e\u0301', 'a\u0323', ' \u0323', '\u200b', '\u00ad', '\u00a0', 'the', 'Read more', 'www.example.vn', 'https://vnexpress.net/27-9.html'];
const dates = ['27/9', '27-9', '27.9', '29/09/2023', '29/9/2023', '31/9', '29/2/2023', 'thứ Hai (27/9/2023)', 'Thứ Năm (29/9/2023)', 'ngày 27 tháng 9 năm 2023', 'từ ngày 25 đến 29-9', '7/5/1954 - 7/5/2024', '(1954 - 2025)', '44/CĐ-TTg', '30/2020/NĐ-CP', '3/4 kế hoạch', '2021-2025', '22:19', '0912.345.678', '3-1'];
const markers = ['Xem thêm', 'Tin liên quan', '(0) Bình luận', 'Nổi bật', 'Đừng bỏ lỡ', 'anh-1.jpg', '>> Đọc thêm', '© 2023 Báo X. All rights reserved', 'Chia sẻ', 'TẠI ĐÂY'];

const phrase = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...dates), fc.constantFrom(...markers), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));

const block = fc.oneof(
  phrase,
  phrase.map((text) => `# ${text}`),
  phrase.map((text) => `## ${text}`),
  phrase.map((text) => `- ${text}\n- ${text}`),
  phrase.map((text) => `> ${text}\n> > ${text}`),
  phrase.map((text) => `\`\`\`\n${text}\n\`\`\``),
  phrase.map((text) => `\`${text}\` ${text}`),
  phrase.map((text) => `[${text}](https://x.vn/27-9) ![${text}](anh-27-9.jpg)`),
  phrase.map((text) => `| a | b |\n|---|---|\n| ${text} | 27-9 |`),
  phrase.map((text) => `<!-- copydesk-disable-next-line -->\n${text}`),
  phrase.map((text) => `<div>${text}</div>`),
  fc.constantFrom(...markers),
  fc.constant(''),
);

const frontMatter = fc.oneof(
  fc.constant(''),
  phrase.map((title) => `---\ntitle: ${JSON.stringify(title)}\ndate: 2023-09-29\n---\n\n`),
  fc.constant('---\ntitle: [broken\n---\n\n'),
);

export function draftArbitrary(): fc.Arbitrary<string> {
  return fc
    .tuple(frontMatter, fc.array(block, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean())
    .map(([front, blocks, newline, bom, finalNewline]) => {
      const body = front + blocks.join('\n\n') + (finalNewline ? '\n' : '');
      return (bom ? '\uFEFF' : '') + body.replace(/\r?\n/g, newline);
    });
}
