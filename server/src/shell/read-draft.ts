/**
 * Reads a draft from disk and decides whether it is text Copydesk can lint.
 * Every refusal is a one-line reason, never an exception: binary files,
 * UTF-16, invalid UTF-8 (with the byte offset), files over the size limit.
 */
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export type DraftRead =
  | { ok: true; text: string; bytes: number; mtimeMs: number }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readDraft(file: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): DraftRead {
  let size: number;
  let mtimeMs: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder' };
    // A FIFO or a device named like a draft would block the reader or never end.
    if (!stat.isFile()) return { ok: false, reason: 'is not a regular file' };
    size = stat.size;
    mtimeMs = stat.mtimeMs;
  } catch (error) {
    return { ok: false, reason: describeIoError(error) };
  }
  if (size > maxFileSize) {
    return { ok: false, reason: `is ${formatBytes(size)}, over the ${formatBytes(maxFileSize)} limit (set maxFileSize in .copydesk.yml to raise it)` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: describeIoError(error) };
  }
  const decoded = decodeDraft(bytes);
  return decoded.ok ? { ok: true, text: decoded.text, bytes: bytes.length, mtimeMs } : decoded;
}

export function decodeDraft(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'is UTF-16 text; save it as UTF-8 to lint it' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `is a binary file (NUL byte at offset ${nul}), not a Markdown draft` };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Byte(bytes)}); convert it to UTF-8` };
  }
}

/** Offset of the first byte that breaks UTF-8, found by decoding growing prefixes' tails. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ELOOP':
      return 'is a symbolic link loop';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot be read (${code ?? (error as Error).message})`;
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}
