/**
 * Drafts the VS Code tests write into their workspace. Dates follow the
 * newsroom habit of day/month without a year; one of them is written with a
 * hyphen, the minority style that `date-format` flags.
 */
export const MIXED_DATES_DRAFT = `# Bão số 4 đổ bộ miền Trung

Chiều 27/9, bão số 4 đi vào vùng biển Quảng Bình – Quảng Trị, sức gió mạnh nhất cấp 10, giật cấp 12.

Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, đến sáng 28-9 bão suy yếu thành áp thấp nhiệt đới.

Ban Chỉ đạo phòng chống thiên tai yêu cầu các địa phương hoàn tất sơ tán dân trước 17h ngày 27/9.
`;

/** The same draft once its odd date is written like the others. */
export const MIXED_DATES_FIXED = MIXED_DATES_DRAFT.replace('28-9', '28/9');

/** A paragraph added while editing, with another date in the minority style. */
export const LATE_PARAGRAPH = `
Đến trưa 29-9, lực lượng cứu hộ đã tiếp cận các xã bị cô lập ở huyện Lệ Thủy.
`;

export const TWO_ODD_DATES_DRAFT = `# Giá xăng tăng nhẹ

Từ 15h ngày 3/10, giá xăng RON 95 tăng 210 đồng mỗi lít, kỳ điều hành thứ ba liên tiếp.

Liên Bộ Công Thương – Tài chính cho biết kỳ trước, ngày 26-9, giá dầu diesel đã giảm mạnh.

Kỳ điều hành tới dự kiến vào ngày 10-10, theo lịch công bố ngày 3/10 của Bộ Công Thương.
`;

export const TWO_ODD_DATES_FIXED = TWO_ODD_DATES_DRAFT.replace('26-9', '26/9').replace('10-10', '10/10');
