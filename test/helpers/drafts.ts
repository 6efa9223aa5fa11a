/** Drafts shared by the server tests. */

/** Three dates, three separators: date-format flags the two that differ from the first ("27/9"). */
export const MIXED_DATES = [
  '# Hội chợ hàng Việt mở cửa',
  '',
  'Sáng 27/9, hội chợ khai mạc tại Cung Văn hóa Hữu nghị.',
  '',
  'Chiều 28-9, các doanh nghiệp ký hợp đồng với siêu thị.',
  '',
  'Tối 29.9, hội chợ mở cửa đến 22h.',
  '',
].join('\n');
