/**
 * `--fix` killed with SIGKILL in the middle of an archive: every draft is
 * either exactly the old text or exactly the fixed text, never partial.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, workspace } from '../helpers/cli.js';
import { fixAll } from '../helpers/all-rules.js';
import { writeIfUnchanged } from '../../server/src/shell/safe-write.js';

const DRAFT = [
  '# Hội nghị về chuyển đổi số',
  '',
  'Sáng 27/9, hội nghị khai mạc tại Hà Nội. Chiều 28/9, các đại biểu thảo luận.',
  '',
  'Tối 29-9, hội nghị bế mạc. ' + 'Các đại biểu thống nhất kiến nghị gửi Chính phủ. '.repeat(400),
  '',
].join('\n');

describe('kill during --fix', () => {
  it('leaves every file old or new, never partial', { timeout: 300_000 }, async () => {
    const count = 400;
    const files = Object.fromEntries(Array.from({ length: count }, (_, i) => [`d${String(i).padStart(3, '0')}.md`, DRAFT]));
    const fixed = fixAll(DRAFT);
    expect(fixed).not.toBe(DRAFT);
    const dir = workspace(files);
    const mtimes = new Map(Object.keys(files).map((name) => [name, statSync(path.join(dir, name)).mtimeMs]));
    const child = spawn(process.execPath, [CLI, 'check', '--fix', '--format', 'json', '--output', 'out.json'], { cwd: dir, stdio: 'ignore' });
    // Kill once some files, but not all, have been rewritten.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const rewritten = Object.keys(files).filter((name) => statSync(path.join(dir, name)).mtimeMs !== mtimes.get(name)).length;
        if (rewritten >= 50 || child.exitCode !== null) {
          child.kill('SIGKILL');
          clearInterval(poll);
          resolve();
        }
      }, 2);
    });
    await new Promise((resolve) => child.once('exit', resolve));

    let fixedCount = 0;
    for (const name of Object.keys(files)) {
      const now = readFileSync(path.join(dir, name), 'utf8');
      expect([DRAFT, fixed], name).toContain(now);
      if (now === fixed) fixedCount++;
    }
    console.log(`kill during --fix: ${fixedCount} of ${count} drafts fixed, ${count - fixedCount} untouched, 0 partial`);
    expect(fixedCount, 'the kill came after some files were fixed').toBeGreaterThan(0);
    expect(fixedCount, 'the kill came before all files were fixed').toBeLessThan(count);
    // Leftovers are write-file-atomic temp files, never drafts: a re-run ignores them.
    expect(readdirSync(dir).filter((name) => name.endsWith('.md'))).toHaveLength(count);
  });

  it('does not overwrite a draft that changed on disk since it was read', () => {
    const dir = workspace({ 'a.md': 'old' });
    const file = path.join(dir, 'a.md');
    expect(writeIfUnchanged(file, 'something else', 'new')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(writeIfUnchanged(file, 'old', 'new')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});
