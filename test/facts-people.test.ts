/** Person extraction: titles in both orders, honorifics, evidence, places and bodies that look like names. */
import { describe, expect, it } from 'vitest';
import { vi } from '../rules/lib/lang/vi.js';
import { extractPeople, findMisspelledTitles, parseTitleText, titlesConflict } from '../rules/lib/people.js';

const people = (text: string) =>
  extractPeople(text, vi).map((person) => ({
    name: person.name,
    evidence: person.evidence,
    titles: person.titles.map((title) => `${title.status === 'current' ? '' : `${title.status}:`}${title.text}`),
  }));

describe('people', () => {
  it('reads title, body and name ("Bí thư Thành ủy Hà Nội Đinh Tiến Dũng")', () => {
    expect(people('Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì hội nghị.')).toEqual([
      { name: 'Đinh Tiến Dũng', evidence: 'title-before', titles: ['Bí thư Thành ủy Hà Nội'] },
    ]);
    expect(people('Thứ trưởng Bộ Tài nguyên và Môi trường Lê Minh Ngân dự.')[0].titles).toEqual(['Thứ trưởng Bộ Tài nguyên và Môi trường']);
    expect(people('Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu.')[0].name).toBe('Nguyễn Văn Thọ');
  });

  it('reads the name, then titles in apposition ("Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư …")', () => {
    expect(people('Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội cho biết thêm.')).toEqual([
      { name: 'Đinh Tiến Dũng', evidence: 'title-after', titles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội'] },
    ]);
    expect(people('ông Đỗ Văn Hồng, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Sông Đà, ký.')[0].titles).toEqual([
      'Chủ tịch HĐQT',
      'Tổng Giám đốc Công ty Sông Đà',
    ]);
  });

  it('takes honorifics as evidence and keeps former and acting titles apart', () => {
    expect(people('Ông Trần Văn Nam, nguyên Phó Bí thư Tỉnh ủy, kiểm tra công trình.')).toEqual([
      { name: 'Trần Văn Nam', evidence: 'honorific', titles: ['former:Phó Bí thư Tỉnh ủy'] },
    ]);
    expect(people('Quyền Giám đốc Sở Y tế Lê Văn Cường trả lời.')[0].titles).toEqual(['acting:Giám đốc Sở Y tế']);
  });

  it('does not take places, streets, schools or foreign names for people', () => {
    expect(people('Phó Chủ tịch UBND TP Hồ Chí Minh cho biết thành phố sẽ sửa đường Lê Duẩn.')).toEqual([]);
    expect(people('Hiệu trưởng Trường THPT Nguyễn Huệ cho biết học sinh nghỉ học.')).toEqual([]);
    expect(people('Tư lệnh Thái Bình Dương Harry Harris thăm Hà Nội.')).toEqual([]);
    expect(people('Tại Hà Nội, Bộ trưởng cho biết sẽ kiểm tra.')).toEqual([]);
    expect(people('Thủ tướng tiếp Nguyễn Văn A tại trụ sở.')).toEqual([]);
  });

  it('needs evidence: a capitalised name alone is not a person', () => {
    expect(people('Nguyễn Văn Hùng đến muộn.')).toEqual([]);
  });

  it('finds misspelled titles before a capitalised word only', () => {
    expect(findMisspelledTitles('Thứ tưởng Bộ Y tế Trần Văn Thuấn nói; những thứ tưởng chừng đơn giản.', vi)).toEqual([
      { text: 'Thứ tưởng', expected: 'Thứ trưởng', start: 0, end: 9 },
    ]);
  });

  it('compares titles: a head and a deputy of one body conflict, other bodies do not', () => {
    const head = parseTitleText('Bí thư Thành ủy Hà Nội', vi)!;
    const deputy = parseTitleText('Phó Bí thư Thành ủy', vi)!;
    const otherBody = parseTitleText('Phó Bí thư Đảng ủy Khối doanh nghiệp', vi)!;
    expect(titlesConflict(head, deputy)).toBe(true);
    expect(titlesConflict(head, otherBody)).toBe(false);
    expect(titlesConflict(parseTitleText('Bộ trưởng Bộ Y tế', vi)!, parseTitleText('Thứ trưởng Bộ Y tế', vi)!)).toBe(true);
    expect(parseTitleText('Uỷ ban nhân dân', vi)).toBeUndefined();
    expect(parseTitleText('Phó Chủ tịch UBND tỉnh', vi)!.org).toBe(parseTitleText('Phó Chủ tịch Ủy ban nhân dân tỉnh', vi)!.org);
  });
});
