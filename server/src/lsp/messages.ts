/** The server's own words (action titles, notices), in both locales like the rules' messages. */
import { formatMessage } from '../engine/messages.js';
import type { Locale, LocalizedText } from '../engine/types.js';

const MESSAGES = {
  fixAllRule: { en: 'Fix all {rule} problems in this file', vi: 'Sửa mọi lỗi {rule} trong tệp này' },
  fixAll: { en: 'Fix all auto-fixable problems', vi: 'Sửa mọi lỗi có thể sửa tự động' },
  disableLine: { en: 'Disable {rule} for this line', vi: 'Tắt {rule} cho dòng này' },
  disableWorkspace: { en: 'Disable {rule} in this workspace', vi: 'Tắt {rule} trong workspace này' },
  ruleFailed: {
    en: 'Copydesk rule {rule} failed on this file and was skipped ({error}); the other rules ran. See the Copydesk output for details.',
    vi: 'Quy tắc {rule} của Copydesk gặp lỗi với tệp này nên đã bị bỏ qua ({error}); các quy tắc khác vẫn chạy. Xem chi tiết trong output của Copydesk.',
  },
  configProblem: {
    en: 'Copydesk cannot use this file: {problem}. Drafts are checked with the built-in defaults until it is fixed.',
    vi: 'Copydesk không dùng được tệp này: {problem}. Các bản thảo đang được kiểm tra với cấu hình mặc định cho tới khi sửa xong.',
  },
  tooLarge: {
    en: 'Copydesk skipped this file: it has {size} bytes, more than the limit of {max} (set maxFileSize in .copydesk.yml to raise it).',
    vi: 'Copydesk bỏ qua tệp này: tệp có {size} byte, vượt giới hạn {max} byte (đặt maxFileSize trong .copydesk.yml để nâng giới hạn).',
  },
  binary: {
    en: 'Copydesk skipped this file: it looks binary (a NUL character at offset {offset}), not like a Markdown draft.',
    vi: 'Copydesk bỏ qua tệp này: tệp trông như tệp nhị phân (có ký tự NUL ở vị trí {offset}), không phải bản thảo Markdown.',
  },
  refused: {
    en: 'Copydesk skipped this file: it {reason}.',
    vi: 'Copydesk bỏ qua tệp này: {reason}.',
  },
  truncated: {
    en: 'Copydesk stopped checking this file after {afterMs} ms (copydesk.lint.timeBudgetMs is {budget}), so these rules did not run: {rules}. Raise the setting to check the whole file.',
    vi: 'Copydesk dừng kiểm tra tệp này sau {afterMs} ms (copydesk.lint.timeBudgetMs là {budget}) nên các quy tắc sau chưa chạy: {rules}. Tăng giá trị này để kiểm tra toàn bộ tệp.',
  },
  lintingWorkspace: { en: 'Copydesk: checking Markdown files', vi: 'Copydesk: đang kiểm tra các tệp Markdown' },
} satisfies Record<string, LocalizedText>;

export type ServerMessageId = keyof typeof MESSAGES;

export function serverMessage(id: ServerMessageId, locale: Locale, data?: Record<string, string | number>): string {
  return formatMessage(MESSAGES[id], locale, data);
}
