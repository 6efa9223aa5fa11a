/**
 * `node scripts/bench/rule-times.mjs [--files N] [--runs K] [--rules a,b]`:
 * where a lint's CPU time goes, over the benchmark archive.
 *
 * - "in the full lint": every rule's `check` is timed inside one lint with
 *   all rules, so the parse is paid once as in real use; a value rules share
 *   (`context.shared`, e.g. the fact tokens) counts for the first rule that
 *   asks for it.
 * - "alone": a lint with that rule only, minus a lint that only parses, run in
 *   alternation so the load of a shared machine hits both alike; shared
 *   values count in full for every rule that uses them.
 * The texts are read once, so no row but the floor includes file reading.
 * Medians of K runs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from '../lib/corpus.mjs';
import { makeArchive, median } from '../lib/archive.mjs';
import { loadInProcess } from './load.mjs';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '1000' }, runs: { type: 'string', default: '3' }, rules: { type: 'string', default: '' } },
});
if (!corpusAvailable()) {
  console.error(`rule-times: ${CORPUS_MISSING}`);
  process.exit(2);
}
const { rules, lintTexts, parseFloor, indexTexts, parseOnly } = await loadInProcess();
const only = values.rules.split(',').filter(Boolean);
const picked = rules.filter((rule) => only.length === 0 || only.includes(rule.id));
const runs = Number(values.runs);
const work = mkdtempSync(path.join(tmpdir(), 'copydesk-rule-times-'));
try {
  const archive = makeArchive(loadCorpusDrafts(), work, Number(values.files));
  const texts = archive.files.map((file) => readFileSync(file, 'utf8'));
  const cpu = (run) => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const timeIt = (run) => {
    run(); // warm-up: JIT, lazily built data, compiled matchers
    return median(Array.from({ length: runs }, () => cpu(run)));
  };
  const noRule = () => lintTexts(texts, [parseOnly]);

  // In the full lint: wrap each check with a CPU timer.
  const spent = new Map(rules.map((rule) => [rule.id, []]));
  const timed = rules.map((rule) => ({
    ...rule,
    check(context, options, reporter) {
      const start = process.cpuUsage();
      try {
        rule.check(context, options, reporter);
      } finally {
        const used = process.cpuUsage(start);
        spent.get(rule.id)[spent.get(rule.id).length - 1] += (used.user + used.system) / 1000;
      }
    },
  }));
  lintTexts(texts, timed);
  for (let run = 0; run < runs; run++) {
    for (const list of spent.values()) list.push(0);
    lintTexts(texts, timed);
  }
  const alone = (rule) => {
    lintTexts(texts, [rule]);
    return median(Array.from({ length: runs }, () => cpu(() => lintTexts(texts, [rule])) - cpu(noRule)));
  };

  const rows = [
    ['parse floor: read + remark-parse + remark-retext', timeIt(() => parseFloor(archive.files))],
    ['engine alone: parse and prose mask (one rule that only reads them)', timeIt(noRule)],
    ['full lint, all rules', timeIt(() => lintTexts(texts, rules))],
    ['workspace index from the quick mask (language server)', timeIt(() => indexTexts(texts))],
  ];
  console.log(`${texts.length} files, ${(archive.bytes / 1e6).toFixed(1)} MB, CPU ms, median of ${runs}`);
  for (const [what, ms] of rows) console.log(`${what.padEnd(52)} ${fmt(ms)}`);
  console.log(`${'rule'.padEnd(52)} ${'in full lint'.padStart(12)} ${'alone'.padStart(8)}`);
  for (const rule of picked) console.log(`  ${rule.id.padEnd(50)} ${fmt(median(spent.get(rule.id).slice(0, runs)), 12)} ${fmt(alone(rule), 8)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fmt(ms, width = 7) {
  return Math.round(ms).toString().padStart(width);
}
