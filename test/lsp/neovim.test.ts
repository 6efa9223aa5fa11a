/**
 * A second real editor: Neovim (Debian's 0.7) runs copydesk-ls over stdio
 * as its LSP client, headless, and writes the diagnostics it received.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SERVER_BUNDLE } from './client.js';

const SCRIPT = fileURLToPath(new URL('./neovim.lua', import.meta.url));
const NVIM_MISSING = 'Neovim (nvim) is not installed — `apt-get install -y neovim` — so the Neovim client test is skipped';

function nvimVersion(): string | undefined {
  try {
    return execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  } catch {
    return undefined;
  }
}

const version = nvimVersion();

describe.skipIf(!version)(version ? `copydesk-ls in ${version}` : NVIM_MISSING, () => {
  it('delivers a date-format diagnostic to a Markdown buffer, at the right column', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-nvim-'));
    try {
      const draft = path.join(dir, 'draft.md');
      const out = path.join(dir, 'diagnostics.json');
      writeFileSync(draft, '# Hội chợ mở cửa\n\nSáng 27/9, hội chợ khai mạc.\n\nChiều 28-9, các doanh nghiệp ký hợp đồng.\n');
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${SCRIPT}`], {
        env: { ...process.env, COPYDESK_SERVER: SERVER_BUNDLE, COPYDESK_DRAFT: draft, COPYDESK_OUT: out },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status, `nvim failed: ${run.stderr}${run.stdout}`).toBe(0);

      const result = JSON.parse(readFileSync(out, 'utf8'));
      expect(result.arrived).toBe(true);
      expect(result.filetype).toBe('markdown');
      expect(result.diagnostics).toEqual([
        {
          // Neovim counts bytes: "Chiều " is 6 UTF-16 units but 8 UTF-8 bytes, so this also proves the server's UTF-16 columns.
          lnum: 4,
          col: Buffer.byteLength('Chiều '),
          severity: 2,
          source: 'copydesk',
          code: 'date-format',
          message: 'Date "28-9" is written with "-", but this document writes dates as "27/9" — write "28/9"',
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
