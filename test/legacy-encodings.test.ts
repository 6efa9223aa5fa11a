/**
 * TCVN3 and VNI: the conversion tables, the detector and the round trip
 * through the unicode-normalization rule. The encoders in
 * helpers/legacy-encoders.ts are written letter by letter, independently of
 * the rule's byte tables, so a slip in either breaks these tests.
 */
import { describe, expect, it } from 'vitest';
import { fixUntilStable, lint } from '../server/src/engine/index.js';
import { TCVN3_TO_UNICODE } from '../rules/data/legacy-encodings.js';
import { decodeTcvn3, decodeTcvn3Word, decodeVni, findLegacyRuns, tcvn3WordWithSoftHyphen } from '../rules/lib/legacy-text.js';
import unicodeNormalization from '../rules/unicode-normalization.js';
import { encodeTcvn3, encodeVni } from './helpers/legacy-encoders.js';

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const LOWER_LETTERS = [...VOWELS.flatMap((vowel) => TONES.map((tone) => (vowel + tone).normalize('NFC'))), 'đ'];
const UPPER_LETTERS = LOWER_LETTERS.map((letter) => letter.toLocaleUpperCase('vi'));

/** A news paragraph with no capital toned letter, which TCVN3 (VN3) cannot write. */
const TCVN3_PARAGRAPH =
  'Chiều 12/3, Bộ Chính trị họp tại Hà Nội để cho ý kiến về đề án phát triển kinh tế vùng đồng bằng sông Cửu Long. ' +
  'Theo báo cáo, năm ngoái người dân trong vùng xuất khẩu hơn 6,5 triệu tấn gạo, tăng 12% so với năm trước, nhưng thu nhập ' +
  'của nông dân vẫn thấp. Ông Nguyễn Văn Thắng, Phó Chủ tịch tỉnh, cho biết địa phương sẽ ưu tiên đầu tư hệ thống thủy lợi ' +
  'và đường giao thông nông thôn, đồng thời kêu gọi doanh nghiệp liên kết tiêu thụ nông sản.';

/** A paragraph with capital toned letters (Ủ, Ư, Ấ), which VNI writes with capital modifiers. */
const VNI_PARAGRAPH =
  'Ủy ban nhân dân thành phố Đà Nẵng vừa tổ chức hội nghị tổng kết công tác phòng, chống thiên tai năm 2023. ' +
  'Ước tính thiệt hại do mưa lũ gây ra khoảng 1.200 tỷ đồng; hơn 3.000 ngôi nhà bị ngập sâu. Ấn tượng nhất là việc sơ tán ' +
  'kịp thời hàng nghìn hộ dân ở ven biển, nhờ vậy không có thiệt hại về người. Ông Lê Trung Chinh khẳng định thành phố sẽ ' +
  'tiếp tục đầu tư hệ thống cảnh báo sớm.';

const lintDraft = (text: string) => lint(text, { rules: [unicodeNormalization], locale: 'vi' }).findings;

describe('conversion tables', () => {
  it('TCVN3 holds the 74 letters of VN3, each once', () => {
    expect(TCVN3_TO_UNICODE.size).toBe(74);
    expect(new Set(TCVN3_TO_UNICODE.values()).size).toBe(74);
  });

  it('decodes every lower-case Vietnamese letter and the VN3 capitals from TCVN3', () => {
    const letters = [...LOWER_LETTERS, 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'];
    for (const letter of letters) expect(decodeTcvn3(encodeTcvn3(letter)), letter).toBe(letter);
  });

  it('decodes every Vietnamese letter, capitals included, from VNI', () => {
    for (const letter of [...LOWER_LETTERS, ...UPPER_LETTERS]) expect(decodeVni(encodeVni(letter)), letter).toBe(letter);
  });

  it('reads the published examples', () => {
    expect(decodeTcvn3('Hµ Néi')).toBe('Hà Nội');
    expect(decodeTcvn3('ViÖt Nam')).toBe('Việt Nam');
    expect(decodeTcvn3('Bé ChÝnh trÞ')).toBe('Bộ Chính trị');
    expect(decodeTcvn3('§¶ng')).toBe('Đảng');
    expect(decodeTcvn3('ng\u00ADêi')).toBe('người');
    expect(decodeVni('Vieät Nam')).toBe('Việt Nam');
    expect(decodeVni('ngöôøi')).toBe('người');
    expect(decodeVni('Xin chaøo caùc baïn')).toBe('Xin chào các bạn');
    // xvnkb's vni.h: "AÙ" = Á, "AÂ" = Â, "AÊ" = Ă, "Ô" = Ơ, "Ö" = Ư, "Ñ" = Đ, "Î" = Ỵ.
    expect(['AÙ', 'AÂ', 'AÊ', 'Ô', 'Ö', 'Ñ', 'Î', 'OÄ', 'ÔÏ'].map(decodeVni)).toEqual(['Á', 'Â', 'Ă', 'Ơ', 'Ư', 'Đ', 'Ỵ', 'Ộ', 'Ợ']);
  });

  it('makes a TCVN3 word all capitals only when its ASCII letters are', () => {
    expect(decodeTcvn3Word('NéI')).toBe('NỘI');
    expect(decodeTcvn3Word('§¶NG')).toBe('ĐẢNG');
    expect(decodeTcvn3Word('Hµ')).toBe('Hà');
    expect(decodeTcvn3Word('ViÖt')).toBe('Việt');
  });
});

describe('findLegacyRuns', () => {
  it('finds a TCVN3 run and a VNI run, and converts them', () => {
    const [tcvn3] = findLegacyRuns('Bé ChÝnh trÞ häp t¹i Hµ Néi chiÒu nay.');
    expect(tcvn3).toMatchObject({ encoding: 'TCVN3', start: 0, text: 'Bộ Chính trị họp tại Hà Nội chiều' });
    const [vni] = findLegacyRuns('Xin chaøo caùc baïn, hoâm nay trôøi ñeïp.');
    expect(vni).toMatchObject({ encoding: 'VNI', text: 'chào các bạn, hôm nay trời đẹp' });
  });

  it.each([
    ['correct Unicode Vietnamese', 'Thủ đô Hà Nội, Việt Nam; Bộ Chính trị; Đảng; người dân; tôi có bên cạnh.'],
    ['German and Spanish names', 'Thomas Müller, Mesut Özil, München, Saúl Ñíguez, Atlético, Götze, Jürgen Klopp, Malmö.'],
    ['French and Portuguese', 'Café de Flore, Noël, Zoë, où, à Paris, José López, São Paulo, Hôtel de Ville, été, naïve.'],
    ['units and currency', 'Hạt bụi 2,5 µm; 5 µm, 10 µm và 20 µm µm µm; giá 120 € hay 90 £; 25°C; ½ cốc; © 2024 ® ™.'],
  ])('never flags %s', (_name, text) => {
    expect(findLegacyRuns(text)).toEqual([]);
  });

  it('needs several distinct words: two are not enough by default', () => {
    expect(findLegacyRuns('Hµ Néi')).toEqual([]);
    expect(findLegacyRuns('Hµ Néi', { minWords: 2 })).toHaveLength(1);
  });

  it('recognises one TCVN3 word by its soft hyphen', () => {
    expect(tcvn3WordWithSoftHyphen('ng\u00ADêi')).toBe('người');
    expect(tcvn3WordWithSoftHyphen('ngư\u00ADời')).toBeUndefined();
    expect(tcvn3WordWithSoftHyphen('Silben\u00ADtrennung')).toBeUndefined();
  });
});

describe('round trip through unicode-normalization', () => {
  const before = '# Tin trong ngày\n\nMột đoạn mở đầu viết đúng Unicode: Thủ tướng chủ trì cuộc họp.\n\n';
  const after = '\n\nĐoạn cuối cũng đúng chuẩn, không có gì phải sửa.\n';

  it.each([
    ['TCVN3', TCVN3_PARAGRAPH, encodeTcvn3],
    ['VNI', VNI_PARAGRAPH, encodeVni],
  ])('detects a %s paragraph pasted into a draft and converts it back exactly', (encoding, paragraph, encode) => {
    const encoded = encode(paragraph);
    expect(encoded).not.toBe(paragraph);
    const draft = before + encoded + after;
    const findings = lintDraft(draft);
    expect(findings).toHaveLength(1);
    expect(findings[0].messageId).toBe('legacyRun');
    expect(findings[0].message).toContain(encoding);
    expect(draft.slice(findings[0].start, findings[0].end)).toBe(encoded.replace(/\.$/, ''));
    const fixed = fixUntilStable(draft, lintDraft).text;
    expect(fixed).toBe(before + paragraph + after);
    expect(lintDraft(fixed)).toEqual([]);
  });

  it('converts a run inside a sentence of correct text, leaving the correct words alone', () => {
    const quote = '“Ước tính đến cuối tháng này, toàn tỉnh sẽ có thêm hai bệnh viện vệ tinh.”';
    const draft = `Ông Tú nói với phóng viên: ${encodeVni(quote)}\n`;
    expect(fixUntilStable(draft, lintDraft).text).toBe(`Ông Tú nói với phóng viên: ${quote}\n`);
  });

  it('leaves code spans and code blocks alone', () => {
    const encoded = encodeTcvn3('Bộ Chính trị họp tại Hà Nội chiều nay');
    expect(lintDraft(`Mã \`${encoded}\` trong code.\n\n\`\`\`\n${encoded}\n\`\`\`\n`)).toEqual([]);
  });
});
