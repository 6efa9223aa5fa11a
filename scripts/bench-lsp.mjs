/**
 * `npm run bench:lsp [-- --sizes 500,2000,20000 --edits 50]`: the language
 * server's latency as an editor feels it.
 *
 * Spawns the bundled server over stdio (debounce 0), opens drafts of 500,
 * 2,000 and 20,000 words built deterministically from the corpus drafts, and
 * for each makes 50 small edits, one at a time, timing didChange → the
 * publishDiagnostics of that version. Between edits it also times the
 * engine's own lint of the same text in this process, so the table shows
 * what the server adds (the machine's noise hits both alike). Prints median
 * and p95 per size and writes bench-results/lsp-latency.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from './lib/corpus.mjs';
import { median, percentile } from './lib/archive.mjs';
import { startServer as startLanguageServer } from './bench/lsp-server.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,20000' },
    edits: { type: 'string', default: '50' },
  },
});
const SIZES = args.sizes.split(',').map(Number);
const EDITS = Number(args.edits);
/** Edits before the measured ones, so the JIT has compiled the lint path. */
const WARM_UP_EDITS = 5;
/** Lines before this one are front matter and the title (see draftOfWords). */
const FIRST_BODY_LINE = 6;
const REPO = process.cwd();
const SERVER = path.join(REPO, 'dist', 'server.cjs');
const OUTPUT = path.join(REPO, 'bench-results', 'lsp-latency.json');

spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const engine = await loadEngine();
const source = corpusAvailable() ? corpusText() : generatedText();
const workspace = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-lsp-'));
const server = await startServer(workspace);
const rows = [];
try {
  for (const words of SIZES) rows.push(await measure(server, workspace, draftOfWords(source.paragraphs, words), words));
} finally {
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
}

console.log(`\nLSP didChange → publishDiagnostics (debounce 0, ${EDITS} edits each, text: ${source.name})`);
console.table(
  rows.map((row) => ({
    words: row.words.toLocaleString('en'),
    chars: row.chars.toLocaleString('en'),
    findings: row.findings,
    'median ms': row.median.toFixed(1),
    'p95 ms': row.p95.toFixed(1),
    'max ms': row.max.toFixed(1),
    'engine lint median ms': row.engineMedian.toFixed(1),
  })),
);
mkdirSync(path.dirname(OUTPUT), { recursive: true });
writeFileSync(
  OUTPUT,
  `${JSON.stringify({ date: new Date().toISOString(), machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version }, text: source.name, debounceMs: 0, edits: EDITS, sizes: rows }, null, 2)}\n`,
);
console.log(`written ${path.relative(REPO, OUTPUT)}`);

/** Opens one draft, warms up, then times EDITS edits. */
async function measure(client, dir, text, words) {
  const uri = pathToFileURL(path.join(dir, `draft-${words}.md`)).href;
  let version = 1;
  let findings = 0;
  await client.timed(uri, version, () => client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } }));
  const proseLines = text.split('\n').map((line, index) => (index >= FIRST_BODY_LINE && /^[^#\s]/.test(line) ? index : -1)).filter((index) => index >= 0);
  const times = [];
  const engineTimes = [];
  for (let edit = 0; edit < WARM_UP_EDITS + EDITS; edit++) {
    version++;
    const change = editNumber(proseLines, edit);
    const { ms, diagnostics } = await client.timed(uri, version, () =>
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] }),
    );
    // The same text, linted in this process: even edits typed a word, odd ones removed it.
    const current = edit % 2 === 0 ? withWordAt(text, change.range.start.line, change.text) : text;
    const started = performance.now();
    engine.lint(current, { rules: engine.rules, uri });
    const engineMs = performance.now() - started;
    if (edit >= WARM_UP_EDITS) {
      times.push(ms);
      engineTimes.push(engineMs);
    }
    findings = diagnostics.length;
  }
  client.notify('textDocument/didClose', { textDocument: { uri } });
  return {
    words,
    chars: text.length,
    edits: EDITS,
    findings,
    median: median(times),
    p95: percentile(times, 95),
    min: Math.min(...times),
    max: Math.max(...times),
    engineMedian: median(engineTimes),
    engineP95: percentile(engineTimes, 95),
  };
}

function withWordAt(text, line, word) {
  const lines = text.split('\n');
  lines[line] = word + lines[line];
  return lines.join('\n');
}

/** The engine and the rule registry, bundled for this process (the reference the server is measured against). */
async function loadEngine() {
  const outfile = path.join(REPO, 'node_modules/.cache/copydesk/bench-lsp-engine.mjs');
  await build({
    stdin: { contents: "export { lint } from './server/src/engine/lint.ts';\nexport { rules } from './rules/index.ts';\n", resolveDir: REPO, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/**
 * Edit k types a word at the start of a prose line spread through the
 * document (even k) or deletes the word typed by the previous edit (odd k),
 * so the text stays the same size across the run.
 */
function editNumber(proseLines, k) {
  const line = proseLines[(Math.floor(k / 2) * 7) % proseLines.length];
  const word = 'Thêm ';
  return k % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: word }
    : { range: { start: { line, character: 0 }, end: { line, character: word.length } }, text: '' };
}

/** A Markdown draft of exactly `words` words: front matter and title, then paragraphs in order, repeated as needed. */
function draftOfWords(paragraphs, words) {
  const out = ['---', 'date: 2024-09-27', '---', '', `# ${paragraphs[0].split(/\s+/).slice(0, 12).join(' ')}`, ''];
  let count = 0;
  for (let index = 1; count < words; index++) {
    const paragraph = paragraphs[index % paragraphs.length].split(/\s+/).filter(Boolean);
    const taken = paragraph.slice(0, words - count);
    count += taken.length;
    out.push(taken.join(' '), '');
  }
  return out.join('\n');
}

/** The corpus drafts' body paragraphs, in corpus order (headings and front matter left out). */
function corpusText() {
  const paragraphs = [];
  for (const draft of loadCorpusDrafts()) {
    const body = draft.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const block of body.split(/\n{2,}/)) if (block.trim() && !block.startsWith('#')) paragraphs.push(block.trim());
  }
  return { name: 'corpus drafts', paragraphs };
}

/** Without the corpus: Vietnamese-like sentences from a fixed syllable list and a seeded generator. */
function generatedText() {
  console.warn(`bench-lsp: ${CORPUS_MISSING}; using generated Vietnamese-like text instead`);
  const syllables = 'người dân thành phố Hà Nội cho biết năm nay hội chợ hàng Việt mở cửa tại cung văn hóa hữu nghị với hơn ba trăm gian hàng của doanh nghiệp trong nước sáng chiều tối ngày tháng kinh tế xã hội giáo dục sức khỏe'.split(' ');
  let seed = 20_240_927;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const paragraphs = [];
  for (let p = 0; p < 400; p++) {
    const sentences = [];
    for (let s = 0; s < 3; s++) {
      const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => syllables[Math.floor(next() * syllables.length)]);
      if (next() < 0.3) words.splice(3, 0, `${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 12)}`);
      sentences.push(`${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return { name: 'generated text (corpus absent)', paragraphs };
}

/** The server over stdio with publishes awaited by version. */
async function startServer(root) {
  const waiting = new Map();
  const { connection, stop } = await startLanguageServer(SERVER, root, {
    settings: { lint: { debounceMs: 0 } },
    nodeArgs: (process.env.BENCH_LSP_NODE_ARGS ?? '').split(' ').filter(Boolean),
    onPublish: (params) => {
      const key = `${params.uri}#${params.version}`;
      waiting.get(key)?.(params);
      waiting.delete(key);
    },
  });
  return {
    notify: (method, params) => void connection.sendNotification(method, params),
    /** Runs `send` and resolves when the diagnostics of `version` arrive, with the time it took. */
    timed(uri, version, send) {
      return new Promise((resolve) => {
        const started = performance.now();
        waiting.set(`${uri}#${version}`, (params) => resolve({ ms: performance.now() - started, diagnostics: params.diagnostics }));
        send();
      });
    },
    stop,
  };
}
