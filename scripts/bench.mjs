/**
 * `npm run bench [-- --files N --runs K --growth 1000,10000,50000]`
 *
 * Prints a table and writes bench-results/bench.json:
 *  - CLI vs textlint + prh (same files, alternating runs, medians, ratio);
 *  - Copydesk's in-process CPU time against the bare remark-parse +
 *    remark-retext parse of the same files (the floor);
 *  - CLI time per 1,000 files as the archive grows;
 *  - start-up: `copydesk --version` and one small draft checked;
 *  - the language server's RSS once it has indexed workspaces of 1,000 and
 *    5,000 drafts, and its time to the first diagnostic (bench/server-memory.mjs);
 *  - the language server's latency (scripts/bench-lsp.mjs) when it exists.
 * Ratios against peers measured in the same run are what count: absolute
 * times on a shared machine are noisy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from './lib/corpus.mjs';
import { makeArchive, median } from './lib/archive.mjs';
import { loadInProcess } from './bench/load.mjs';
import { measureServer } from './bench/server-memory.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    growth: { type: 'string', default: '1000,10000,50000' },
    'skip-lsp': { type: 'boolean', default: false },
    'server-drafts': { type: 'string', default: '1000,5000' },
  },
});
const FILES = Number(values.files);
const RUNS = Number(values.runs);
const GROWTH = values.growth.split(',').filter(Boolean).map(Number);
const WORKERS = cpus().length;
const SERVER_DRAFTS = values['server-drafts'].split(',').filter(Boolean).map(Number);
const REPO = process.cwd();
const CLI = path.join(REPO, 'bin', 'copydesk.cjs');
const TEXTLINT = path.join(REPO, 'node_modules', 'textlint', 'bin', 'textlint.js');

if (!corpusAvailable()) {
  console.error(`bench: ${CORPUS_MISSING}`);
  process.exit(2);
}
spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const inProcess = await loadInProcess();
const drafts = loadCorpusDrafts();
const work = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'));
const results = { machine: machine(), files: FILES, runs: RUNS };

try {
  const archive = makeArchive(drafts, path.join(work, 'archive'), FILES);
  results.archiveBytes = archive.bytes;
  console.log(`archive: ${FILES} drafts, ${(archive.bytes / 1e6).toFixed(1)} MB (from ${drafts.length} corpus articles)`);

  // CLI vs textlint + prh, alternating so machine noise hits both alike.
  const textlintDir = writeTextlintConfig(work, inProcess.terminologyEntries());
  // Copydesk also on as many worker threads as the machine has cores, to show whether they pay here.
  const copydeskTimes = [];
  const workerTimes = [];
  const textlintTimes = [];
  for (let run = 0; run < RUNS; run++) {
    copydeskTimes.push(timeCommand(process.execPath, [CLI, 'check', '--format', 'json', '--output', path.join(work, 'out.json'), archive.dir], REPO));
    if (WORKERS > 1) workerTimes.push(timeCommand(process.execPath, [CLI, 'check', '--workers', String(WORKERS), '--format', 'json', '--output', path.join(work, 'out.json'), archive.dir], REPO));
    textlintTimes.push(timeCommand(process.execPath, [TEXTLINT, '--config', path.join(textlintDir, '.textlintrc.json'), '--format', 'json', '--output-file', path.join(work, 'textlint.json'), `${archive.dir}/**/*.md`], textlintDir));
  }
  results.cli = { copydeskMs: median(copydeskTimes), textlintMs: median(textlintTimes) };
  results.cli.ratio = results.cli.textlintMs / results.cli.copydeskMs;
  if (WORKERS > 1) results.cli.workers = { count: WORKERS, ms: median(workerTimes), ratio: results.cli.textlintMs / median(workerTimes) };

  // The floor: parse only, against a full lint, same process, same files, CPU time.
  const floorCpu = [];
  const lintCpu = [];
  inProcess.parseFloor(archive.files);
  inProcess.lintAll(archive.files);
  for (let run = 0; run < RUNS; run++) {
    floorCpu.push(cpuTime(() => inProcess.parseFloor(archive.files)));
    lintCpu.push(cpuTime(() => inProcess.lintAll(archive.files)));
  }
  results.floor = { parseCpuMs: median(floorCpu), lintCpuMs: median(lintCpu) };
  results.floor.ratio = results.floor.lintCpuMs / results.floor.parseCpuMs;

  // Cache: a re-run over the unchanged archive.
  const cacheFile = path.join(work, 'cache.json');
  const cold = timeCommand(process.execPath, [CLI, 'check', '--cache', '--cache-location', cacheFile, '--format', 'json', '--output', path.join(work, 'out.json'), archive.dir], REPO);
  const warm = median([0, 1, 2].map(() => timeCommand(process.execPath, [CLI, 'check', '--cache', '--cache-location', cacheFile, '--format', 'json', '--output', path.join(work, 'out.json'), archive.dir], REPO)));
  results.cache = { coldMs: cold, warmMs: warm, ratio: warm / cold };

  // Growth: CLI time per 1,000 files, with every rule and without the three cross-document
  // rules (person-title, name-consistency, number-consistency), whose work per draft grows with
  // the number of other drafts that mention the same people and counts.
  const withoutCrossDocument = path.join(work, 'without-cross-document.yml');
  writeFileSync(withoutCrossDocument, stringify({ rules: { 'person-title': 'off', 'name-consistency': 'off', 'number-consistency': 'off' } }));
  results.growth = [];
  for (const size of GROWTH) {
    const grown = makeArchive(drafts, path.join(work, `grow-${size}`), size);
    const check = (extra) => {
      try {
        return timeCommand(process.execPath, [CLI, 'check', ...extra, '--format', 'json', '--output', path.join(work, 'out.json'), grown.dir], REPO);
      } catch (error) {
        console.error(`bench: ${size} files: ${error.message}`);
        return NaN;
      }
    };
    const ms = check([]);
    const withoutCrossMs = check(['--config', withoutCrossDocument]);
    results.growth.push({ files: size, ms, msPer1000: (ms / size) * 1000, withoutCrossDocumentMsPer1000: (withoutCrossMs / size) * 1000 });
    rmSync(grown.dir, { recursive: true, force: true });
  }

  // Start-up: the whole cost of a CLI run on nothing, and on one draft.
  const oneDraft = archive.files[0];
  results.startup = {
    versionMs: median([0, 1, 2, 3, 4].map(() => timeCommand(process.execPath, [CLI, '--version'], REPO))),
    oneDraftMs: median([0, 1, 2, 3, 4].map(() => timeCommand(process.execPath, [CLI, 'check', '--format', 'json', '--output', path.join(work, 'out.json'), oneDraft], REPO))),
  };

  // The server's memory once it has indexed a workspace (see bench/server-memory.mjs for the method).
  results.server = [];
  for (const size of SERVER_DRAFTS) {
    const workspace = makeArchive(drafts, path.join(work, `server-${size}`), size);
    results.server.push(await measureServer(path.join(REPO, 'dist', 'server.cjs'), workspace));
    rmSync(workspace.dir, { recursive: true, force: true });
  }

  if (!values['skip-lsp'] && existsSync('scripts/bench-lsp.mjs')) {
    spawnSync(process.execPath, ['scripts/bench-lsp.mjs'], { stdio: 'inherit' });
    if (existsSync('bench-results/lsp-latency.json')) results.lsp = JSON.parse(readFileSync('bench-results/lsp-latency.json', 'utf8'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

printTable(results);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench-results/bench.json');

function timeCommand(command, args, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status === 2 || result.status === null) throw new Error(`${path.basename(args[0])} failed (${result.status}): ${result.stderr.slice(0, 500)}`);
  return ms;
}

function cpuTime(work) {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** textlint + prh with the same terminology entries Copydesk ships, plus one date pattern. */
function writeTextlintConfig(dir, entries) {
  const configDir = path.join(dir, 'textlint');
  mkdirSync(configDir, { recursive: true });
  const prhRules = entries.map((entry) => ({ expected: entry.expected, ...(entry.pattern ? { pattern: entry.pattern } : {}), ...(entry.patterns ? { patterns: entry.patterns } : {}) }));
  prhRules.push({ expected: '$1/$2', pattern: '/(\\d{1,2})-(\\d{1,2})(?=[^\\d])/' });
  writeFileSync(path.join(configDir, 'prh.yml'), stringify({ version: 1, rules: prhRules }));
  writeFileSync(path.join(configDir, '.textlintrc.json'), JSON.stringify({ plugins: { '@textlint/markdown': true }, rules: { prh: { rulePaths: ['./prh.yml'] } } }));
  return configDir;
}

function machine() {
  return { node: process.version, cpus: cpus().length, platform: process.platform };
}

function printTable(r) {
  const ms = (value) => `${Math.round(value).toLocaleString('en')} ms`;
  const rows = [
    ['CLI, Copydesk (median)', ms(r.cli.copydeskMs)],
    ['CLI, textlint + prh (median)', ms(r.cli.textlintMs)],
    ['  textlint / Copydesk', `${r.cli.ratio.toFixed(1)}×`],
    ...(r.cli.workers
      ? [
          [`CLI, Copydesk --workers ${r.cli.workers.count} (median)`, ms(r.cli.workers.ms)],
          ['  textlint / Copydesk with workers', `${r.cli.workers.ratio.toFixed(1)}×`],
        ]
      : []),
    ['parse floor CPU (remark-parse + remark-retext)', ms(r.floor.parseCpuMs)],
    ['Copydesk lint CPU, all rules', ms(r.floor.lintCpuMs)],
    ['  Copydesk / floor', `${r.floor.ratio.toFixed(2)}×`],
    ['CLI --cache cold / warm', `${ms(r.cache.coldMs)} / ${ms(r.cache.warmMs)} (${(r.cache.ratio * 100).toFixed(0)}%)`],
    ...r.growth.map((g) => [`CLI per 1,000 files at ${g.files.toLocaleString('en')} files (without cross-document rules)`, `${ms(g.msPer1000)} (${ms(g.withoutCrossDocumentMsPer1000)})`]),
    ['CLI start-up: --version / one draft', `${ms(r.startup.versionMs)} / ${ms(r.startup.oneDraftMs)}`],
    ...r.server.flatMap((s) => [
      [`server RSS, ${s.drafts.toLocaleString('en')} drafts indexed`, `${Math.round(s.rssMb)} MB`],
      [`  server first diagnostic / index built`, `${ms(s.firstDiagnosticMs)} / ${ms(s.indexMs)}`],
    ]),
  ];
  if (r.lsp?.sizes) for (const size of r.lsp.sizes) rows.push([`LSP didChange→publish, ${size.words.toLocaleString('en')} words (median / p95)`, `${size.median.toFixed(1)} / ${size.p95.toFixed(1)} ms`]);
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\n${FILES} files, ${RUNS} runs each, Node ${process.version}\n`);
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}

