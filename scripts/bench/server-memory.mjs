/**
 * The language server's memory with a workspace of N drafts, and its start-up.
 *
 * Spawns the bundled server over stdio on a folder of N generated drafts and
 * opens one of them. The server lints an opened draft at once (the first
 * publish: time to first diagnostic), then indexes the workspace in the
 * background and lints the open drafts again once the index is complete
 * (server.ts, relintAfterIndexing): that second publish of version 1 is the
 * signal that indexing is done. After a short settle, the server's resident
 * set size is read from /proc/<pid>/status (VmRSS), so this runs on Linux.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startServer } from './lsp-server.mjs';

const SETTLE_MS = 2_000;
const INDEX_TIMEOUT_MS = 600_000;

/**
 * @param {string} server path of dist/server.cjs
 * @param {{ dir: string, files: string[] }} archive drafts made by makeArchive
 * @returns {Promise<{ drafts: number, firstDiagnosticMs: number, indexMs: number, rssMb: number }>}
 */
export async function measureServer(server, archive) {
  const started = performance.now();
  const file = archive.files[0];
  const uri = pathToFileURL(file).href;
  const publishes = [];
  let onPublish = () => {};
  const { child, connection, stop } = await startServer(server, archive.dir, {
    onPublish: (params) => {
      if (params.uri !== uri || params.version !== 1) return;
      publishes.push(performance.now());
      onPublish();
    },
  });
  const publishCount = (count) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server: no publish #${count} within ${INDEX_TIMEOUT_MS} ms`)), INDEX_TIMEOUT_MS);
      onPublish = () => {
        if (publishes.length < count) return;
        clearTimeout(timer);
        resolve();
      };
      onPublish();
    });
  try {
    const opened = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(file, 'utf8') } });
    await publishCount(1);
    const firstDiagnosticMs = publishes[0] - started;
    await publishCount(2);
    const indexMs = publishes[1] - opened;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const rss = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return { drafts: archive.files.length, firstDiagnosticMs, indexMs, rssMb: Number(rss[1]) / 1024 };
  } finally {
    await stop();
  }
}

/** For a quick look: `node scripts/bench/server-memory.mjs <folder of drafts made by makeArchive>`. */
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { default: glob } = await import('fast-glob');
  const dir = path.resolve(process.argv[2]);
  const files = (await glob('**/*.md', { cwd: dir, absolute: true })).sort();
  console.log(await measureServer(path.resolve('dist/server.cjs'), { dir, files }));
}
