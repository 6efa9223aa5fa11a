/**
 * `npm run corpus-report`: lints the shared corpus (../shared/corpus, as
 * Markdown drafts in a temporary folder) with the built CLI and prints the
 * findings per rule and the drafts they fall in — the figure to read for
 * false positives after changing a rule.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from './lib/corpus.mjs';

if (!corpusAvailable()) {
  console.error(`corpus-report: ${CORPUS_MISSING}`);
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-corpus-'));
try {
  const drafts = loadCorpusDrafts();
  for (const draft of drafts) writeFileSync(path.join(dir, draft.id.replace('/', '__').replace(/\.txt$/, '.md')), draft.markdown);
  const report = path.join(dir, 'report.json');
  const run = spawnSync(process.execPath, [path.resolve('bin/copydesk.cjs'), 'check', '--format', 'json', '--output', report, '.'], { cwd: dir, encoding: 'utf8' });
  if (run.status === 2) throw new Error(run.stderr);
  const files = JSON.parse(readFileSync(report, 'utf8'));
  const byRule = new Map();
  for (const file of files) {
    for (const finding of file.findings) {
      const entry = byRule.get(finding.ruleId) ?? { findings: 0, fixable: 0, drafts: new Set() };
      entry.findings++;
      if (finding.fixes.length > 0) entry.fixable++;
      entry.drafts.add(file.file);
      byRule.set(finding.ruleId, entry);
    }
  }
  console.log(`${drafts.length} corpus drafts\n`);
  console.log('rule                     findings  fixable  drafts');
  for (const [ruleId, entry] of [...byRule].sort()) {
    console.log(`${ruleId.padEnd(24)} ${String(entry.findings).padStart(8)} ${String(entry.fixable).padStart(8)} ${String(entry.drafts.size).padStart(7)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
