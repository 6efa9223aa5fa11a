/** The shared date extractor: which digit patterns are dates, and what it records about them. */
import { describe, expect, it } from 'vitest';
import { documentDates, extractDates, weekdayIndex } from '../rules/lib/dates.js';

const texts = (prose: string) => extractDates(prose).map((date) => date.text);

describe('extractDates', () => {
  it('reads a cued day/month date with exact offsets and its parts as written', () => {
    const prose = 'Sáng 27/9, đoàn đến Hà Nội.';
    const [date] = extractDates(prose);
    expect(prose.slice(date.start, date.end)).toBe('27/9');
    expect(date).toMatchObject({ kind: 'day-month', day: 27, month: 9, year: undefined, dayText: '27', monthText: '9', separator: '/', cue: 'day-word', lunar: false });
  });

  it('takes a date with a 4-digit year without any cue, in all three separators', () => {
    const dates = extractDates('Hạn chót 29/09/2023, 1-6-2017 hay 15.1.2018.');
    expect(dates.map((date) => [date.text, date.separator, date.year, date.cue])).toEqual([
      ['29/09/2023', '/', 2023, 'year'],
      ['1-6-2017', '-', 2017, 'year'],
      ['15.1.2018', '.', 2018, 'year'],
    ]);
  });

  it.each([
    ['ngày', 'Ngày 8-2, theo Reuters, nghị viện họp.'],
    ['hôm', 'Vụ việc xảy ra hôm 9/4 tại cửa hàng.'],
    ['tối', 'Tối 14.5, họ sẽ đấu trận cuối.'],
    ['rạng sáng', 'Vào rạng sáng 5/2, tài khoản đăng ảnh.'],
    ['hôm qua (…)', 'Tối hôm qua (13-5), có bệnh nhân nhập viện.'],
    ['sáng mai (…)', 'Em được phỏng vấn visa vào 10h sáng mai (12/5).'],
    ['ngày mai, …', 'Sở cho biết ngày mai, 4.7, sẽ công bố điểm.'],
    ['a weekday before', 'Hôm chủ nhật 05.02, đội bóng thắng.'],
    ['a weekday after', 'Hạn nộp là 30/9 (thứ Bảy).'],
    ['a clock time', 'Lịch thi đấu: 16:00 11/2 Hà Nội - Hải Phòng.'],
    ['a year in words', 'Ngày khai giảng 5/9 năm 2023 sẽ được tổ chức.'],
    ['a range word ending the phrase', 'Trước đó, từ 25 đến 29-9, các tỉnh gửi hàng.'],
    ['a range word before a second date', 'Nghỉ lễ kéo dài từ 30/4 đến 3/5.'],
    ['a deadline word (slash dates only)', 'Thủ tục phải hoàn thành trước 31/9 năm nay.'],
  ])('takes a date cued by %s', (_cue, prose) => {
    expect(extractDates(prose)).toHaveLength(prose.includes('30/4') ? 2 : 1);
  });

  it.each([
    ['a document number', 'Theo Công điện 44/CĐ-TTg và Nghị định 30/2020/NĐ-CP.'],
    ['a fraction before a noun', 'Ngày qua, bộ đã hoàn thành 3/4 kế hoạch năm.'],
    ['a fraction without a cue', 'Tỉnh xếp thứ 9/63; đội thắng 10/11 trận.'],
    ['a period of years', 'Giai đoạn 2021-2025 và năm học 2023-2024.'],
    ['a score', 'Đội tuyển thắng 3-1 và hòa 2-2.'],
    ['a clock time', 'Trận đấu kết thúc lúc 22:19.'],
    ['a phone number', 'Gọi 0912.345.678 hoặc 024-3825-1234.'],
    ['a version number', 'Cập nhật Android 7.1.1 và iOS 11.2.'],
    ['thousands', 'Có 1.000 ca mới, giá 16-18.000 đồng.'],
    ['a decimal', 'Tỷ lệ 2.5 và khẩu độ f/1.7, tỷ số nén 12.2:1.'],
    ['Covid-19 and U23', 'Covid-19/3 không phải ngày; đội U23 thắng.'],
    ['an article number', 'Điều 3.2 và khoản 1-2 Điều 12 giữ nguyên.'],
    ['a count after a day word', 'Mỗi ngày uống 2-3 lần, mỗi ngày 1/2 viên.'],
    ['a count after a range word', 'Từ 2-3 người trong một hộ; chỉ từ 2-3 năm.'],
    ['a dot after a range word', 'Tăng từ 1.5 đến 2.5.'],
    ['a score after "trước"', 'Đội khách vượt lên dẫn trước 2-1.'],
    ['a count of years', 'Từ 2-3 năm nay, giá không đổi.'],
    ['a range without a cue', 'Bệnh nhân nghỉ ít nhất 2-3 tháng, hàng rào lùi 1-1,5 m.'],
    ['a team formation', 'Đội hình Barcelona (4-3-3) ra sân.'],
    ['odds', 'Tỷ lệ kèo (0 : 1 3/4) và (1/4 : 0).'],
    ['a two-digit year without a day word', 'Phiên bản 10.3.12 và mã 1/2/23.'],
    ['round-the-clock service', 'Tổng đài hoạt động 24/7.'],
    ['an invalid day or month', 'Ngày 32/1 và ngày 12/13 không tồn tại.'],
  ])('ignores %s', (_trap, prose) => {
    expect(texts(prose)).toEqual([]);
  });

  it('reads "tháng 9/2023" as a month and year', () => {
    const prose = 'Từ tháng 9/2023 đến tháng 10-2024, rồi tháng 1.2025.';
    expect(extractDates(prose).map((date) => [date.text, date.kind, date.day, date.month, date.year, date.separator])).toEqual([
      ['9/2023', 'month-year', undefined, 9, 2023, '/'],
      ['10-2024', 'month-year', undefined, 10, 2024, '-'],
      ['1.2025', 'month-year', undefined, 1, 2025, '.'],
    ]);
  });

  it('reads the shared month of a day range and records where the range starts', () => {
    const prose = 'Hội nghị kéo dài hai ngày 23-24/1 vừa qua.';
    const dates = extractDates(prose);
    expect(dates).toHaveLength(1);
    expect(dates[0].text).toBe('24/1');
    expect(dates[0].rangeFrom).toEqual({ start: prose.indexOf('23'), end: prose.indexOf('23') + 2, day: 23 });
  });

  it('lets a date borrow the cue of the date it is joined to', () => {
    expect(extractDates('Ngày 27/9 và 28/9 có mưa.').map((date) => date.cue)).toEqual(['day-word', 'series']);
    expect(texts('Triển lãm (7/5/1954 - 7/5/2024) mở cửa.')).toEqual(['7/5/1954', '7/5/2024']);
  });

  it('records a weekday written next to the date', () => {
    const prose = 'Thứ Hai, 27/9, và hôm 1/10 (Chủ nhật).';
    const [first, second] = extractDates(prose);
    expect(first.weekday).toEqual({ start: 0, end: 7, text: 'Thứ Hai', index: 1 });
    expect(second.weekday).toMatchObject({ text: 'Chủ nhật', index: 0 });
    expect(prose.slice(second.weekday!.start, second.weekday!.end)).toBe('Chủ nhật');
  });

  it('marks lunar dates and page timestamps', () => {
    expect(extractDates('Sáng 10/5 (tức ngày 15/4 âm lịch)').map((date) => date.lunar)).toEqual([false, true]);
    expect(extractDates('Thể thao Việt Nam | 21:00 06/02/2017').map((date) => date.cue)).toEqual(['timestamp']);
  });

  it('reads cues written in decomposed Unicode (NFD)', () => {
    expect(texts('Nga\u0300y 27/9 đoàn đến.'.normalize('NFD'))).toEqual(['27/9']);
  });

  it('maps weekday names and digits to 0 = Sunday … 6 = Saturday', () => {
    expect(['Chủ nhật', 'thứ Hai', 'Thứ 2', 'thứ tư', 'Thứ Bảy', 'thứ 7'].map(weekdayIndex)).toEqual([0, 1, 1, 3, 6, 6]);
  });
});

describe('documentDates', () => {
  it('extracts once per document and shares the result through context.shared', () => {
    const store = new Map<string, unknown>();
    let computed = 0;
    const context = {
      prose: 'Ngày 27/9 có mưa.',
      shared<T>(key: string, compute: () => T): T {
        if (!store.has(key)) {
          computed++;
          store.set(key, compute());
        }
        return store.get(key) as T;
      },
    };
    const first = documentDates(context);
    expect(documentDates(context)).toBe(first);
    expect(computed).toBe(1);
    expect(store.get('dates')).toBe(first);
  });
});
