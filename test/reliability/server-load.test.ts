/**
 * Load: a workspace of 5,000 drafts indexed by the server in the background,
 * then 1,000 rapid edits to one open draft (no debounce, so lints and newer
 * edits race). The last publish must be for the last version and say what
 * the engine finds in the last text, and once the edits stop the server's
 * memory must stop growing. The figures are printed for the closing note;
 * nothing here asserts a duration.
 */
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { rules } from '../../rules/index.js';
import { lint } from '../../server/src/engine/index.js';
import { makeArchive } from '../../scripts/lib/archive.mjs';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from '../helpers/corpus.js';
import { TestClient } from '../lsp/client.js';

const DRAFTS = 5_000;
const ROUNDS = 2;
const EDITS_PER_ROUND = 500;
/** What is typed, one character per edit, at the end of the draft: dates in another style, a paragraph break. */
const TYPED = '\n\nTối 29-9, hội chợ bế mạc. Sáng 30.9, đoàn về nước.';
/** Rules that read other drafts: the server feeds them the workspace index, the in-process check below does not. */
const CROSS_DOCUMENT = new Set(['person-title', 'name-consistency', 'number-consistency']);
/** RSS may wobble by allocator noise once idle; a leak of a few hundred edits' lints would be far larger. */
const RSS_TOLERANCE_KB = 24 * 1024;
const SAMPLES = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssKb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/** Diagnostics as comparable rows: rule, range, message. */
const rows = (diagnostics: PublishDiagnosticsParams['diagnostics']) =>
  diagnostics
    .map((diagnostic) => [String(diagnostic.code), diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character, diagnostic.message].join(' '))
    .sort();

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'server under load' : CORPUS_MISSING, () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-load-'));
  let client: TestClient | undefined;
  afterAll(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`indexes ${DRAFTS} drafts, takes ${ROUNDS * EDITS_PER_ROUND} rapid edits, ends on the last version, and stops growing`, { timeout: 240_000 }, async () => {
    const archive = makeArchive(loadCorpusDrafts(), folder, DRAFTS);
    const file = archive.files[0];
    const c = (client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } }));
    const indexStarted = Date.now();
    const uri = c.open(file, readFileSync(file, 'utf8'));
    // Linted once on open, and again when the background index of the other drafts is complete.
    await c.waitFor('the lint after indexing', () => (c.publishesFor(uri).filter((params) => params.version === 1).length >= 2 ? true : undefined));
    const indexMs = Date.now() - indexStarted;
    await sleep(2_000);
    const afterIndexing = rssKb(c.pid);

    const publishesBeforeEdits = c.publishesFor(uri).length;
    const settled: number[][] = [];
    const latencies: number[] = [];
    let typed = 0;
    for (let round = 0; round < ROUNDS; round++) {
      let lastEdit = 0;
      for (let edit = 0; edit < EDITS_PER_ROUND; edit++, typed++) {
        const text = c.text(uri);
        const end = positionAt(text, text.length);
        lastEdit = Date.now();
        c.change(uri, [{ range: { start: end, end }, text: TYPED[typed % TYPED.length] }]);
        // Faster than any typist, slower than one burst: edits keep arriving while lints run.
        await sleep(2);
      }
      const version = c.version(uri);
      const final = await c.waitForDiagnostics(uri, (params) => params.version === version);
      latencies.push(Date.now() - lastEdit);

      // The final publish says what the engine finds in the final text (the rules that need no other draft).
      const expected = lint(c.text(uri), { rules: rules.filter((rule) => !CROSS_DOCUMENT.has(rule.id)) }).findings.map((finding) => ({
        code: finding.ruleId,
        message: finding.message,
        range: {
          start: { line: finding.range.start.line - 1, character: finding.range.start.column - 1 },
          end: { line: finding.range.end.line - 1, character: finding.range.end.column - 1 },
        },
      }));
      expect(rows(final.diagnostics.filter((diagnostic) => !CROSS_DOCUMENT.has(String(diagnostic.code))))).toEqual(rows(expected as PublishDiagnosticsParams['diagnostics']));
      expect(final.diagnostics.some((diagnostic) => diagnostic.code === 'date-format'), 'the typed dates are flagged').toBe(true);

      // Quiet: past the index refresh of the edited draft (1.5 s after typing stops); then sample.
      const publishedBefore = c.published.length;
      await sleep(3_000);
      const samples: number[] = [];
      for (let sample = 0; sample < SAMPLES; sample++) {
        samples.push(rssKb(c.pid));
        await sleep(1_000);
      }
      settled.push(samples);
      expect(c.published.slice(publishedBefore), 'nothing is published once the edits stop').toEqual([]);
      for (const value of samples) expect(value, `RSS samples after round ${round + 1}: ${samples.join(', ')} kB`).toBeLessThanOrEqual(samples[0] + RSS_TOLERANCE_KB);
    }

    // Every publish in order, none twice, the last one for the last version: no stale result over a newer one.
    const versions = c.publishesFor(uri).slice(publishesBeforeEdits).map((params) => params.version!);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(c.version(uri));
    // A second round of edits costs no more memory than the first one left in use.
    expect(settled[1][0], `settled RSS after round 1: ${settled[0][0]} kB, after round 2: ${settled[1][0]} kB`).toBeLessThanOrEqual(settled[0][0] + RSS_TOLERANCE_KB);

    console.log(
      [
        `server load: ${DRAFTS} drafts (${(archive.bytes / 1e6).toFixed(1)} MB) indexed, open draft re-linted after ${indexMs} ms`,
        `RSS after indexing ${Math.round(afterIndexing / 1024)} MB; settled after each round of ${EDITS_PER_ROUND} edits: ${settled.map((samples) => `${samples.map((value) => Math.round(value / 1024)).join('/')} MB`).join('; ')}`,
        `${typed} edits, ${versions.length} publishes for them; final diagnostics ${latencies.join(' ms, ')} ms after the last edit of each round`,
      ].join('\n'),
    );
  });
});

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
