/**
 * The language server stays up and keeps telling the truth, over JSON-RPC
 * (`dist/server.cjs --stdio`): a rule that throws, changes arriving out of
 * order, a close while a lint is pending, a config file broken mid-session,
 * and documents no draft should be (binary, a 5 MB line, 50 MB, nesting
 * the parser cannot take). After each, the server still answers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from '../lsp/client.js';
import { MIXED_DATES } from '../helpers/drafts.js';


let folder: string;
let client: TestClient | undefined;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'copydesk-stays-up-'));
});

afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(folder, { recursive: true, force: true });
});

async function start(settings: Record<string, unknown> = { lint: { debounceMs: 0 } }): Promise<TestClient> {
  client = await TestClient.start({ workspace: folder, settings });
  return client;
}

const ofRule = (params: PublishDiagnosticsParams, ruleId: string) => params.diagnostics.filter((diagnostic) => diagnostic.code === ruleId);
const failedLogs = (c: TestClient) => c.logs.filter((line) => / failed/.test(line));

/** The server still lints a fresh document: it did not crash or hang on what came before. */
async function expectStillAnswering(c: TestClient): Promise<void> {
  const uri = c.open(path.join(folder, 'con-song.md'), MIXED_DATES);
  expect(ofRule(await c.waitForDiagnostics(uri), 'date-format')).toHaveLength(2);
}

describe('the server stays up', () => {
  it('reports a rule that throws once (one diagnostic, one log line) and runs the other rules', async () => {
    // A terminology entry re2js cannot run (a back-reference): the rule throws on every lint.
    writeFileSync(path.join(folder, '.copydesk.yml'), 'rules:\n  terminology: [warning, { entries: [{ expected: "x", pattern: "/(a)\\\\1/" }] }]\n');
    const c = await start();
    const uri = c.open(path.join(folder, 'hoi-cho.md'), MIXED_DATES);

    const first = await c.waitForDiagnostics(uri);
    const failure = ofRule(first, 'terminology');
    expect(failure).toHaveLength(1);
    expect(failure[0]).toMatchObject({ severity: 3, source: 'copydesk', range: { start: { line: 0, character: 0 } } });
    expect(failure[0].message).toContain('rule terminology failed on this file and was skipped (terminology.entries[0] (expected "x"): pattern /(a)\\1/ cannot run');
    expect(ofRule(first, 'date-format')).toHaveLength(2);

    // Typing on: each lint fails again, but the output channel hears about it once.
    c.replace(uri, 'đến 22h', 'đến 21h');
    const last = c.replace(uri, '28-9', '28/9');
    const after = await c.waitForDiagnostics(uri, (params) => params.version === last);
    expect(ofRule(after, 'terminology')).toHaveLength(1);
    expect(ofRule(after, 'date-format')).toHaveLength(1);
    expect(c.logs.filter((line) => line.includes('rule terminology failed'))).toHaveLength(1);
  });

  it('drops a change older than the document it has, and never publishes an old version over a newer one', async () => {
    const c = await start();
    const uri = c.open(path.join(folder, 'hoi-cho.md'), MIXED_DATES);
    await c.waitForDiagnostics(uri, (params) => params.version === 1);
    const second = c.replace(uri, '28-9', '28/9');
    await c.waitForDiagnostics(uri, (params) => params.version === second);

    // A confused client sends a change for version 1 (and one repeating version 2): it would add a dash date.
    const insertAtTop = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Tối 30-9, hội chợ đóng cửa.\n\n' };
    for (const version of [1, second]) {
      await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [insertAtTop] });
    }
    const third = c.replace(uri, '29.9', '29/9');
    const final = await c.waitForDiagnostics(uri, (params) => params.version === third);

    // The server's text is the client's: every date now reads "/", nothing was inserted at the top.
    expect(ofRule(final, 'date-format')).toEqual([]);
    const versions = c.publishesFor(uri).map((params) => params.version!);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(third);
    expect(c.logs.filter((line) => line.includes('ignored a change'))).toHaveLength(1);
  });

  it('publishes nothing for a document closed while its lint waited, and only clears it', async () => {
    const c = await start({ lint: { debounceMs: 300 } });
    const uri = c.open(path.join(folder, 'hoi-cho.md'), MIXED_DATES);
    await c.waitForDiagnostics(uri, (params) => params.version === 1);
    c.replace(uri, '28-9', '28/9');
    const beforeClose = c.published.length;
    c.close(uri);
    // Closed before the server even had its settings: the lint of the opening finds no document.
    const gone = c.open(path.join(folder, 'thoang-qua.md'), MIXED_DATES);
    c.close(gone);

    // A later document on the same debounce: the pending lint of the closed one would have come first.
    const other = c.open(path.join(folder, 'ke-tiep.md'), MIXED_DATES);
    await c.waitForDiagnostics(other, (params) => params.version === 1);
    const edited = c.replace(other, '29.9', '29/9');
    await c.waitForDiagnostics(other, (params) => params.version === edited);

    expect(c.published.slice(beforeClose).filter((params) => params.uri === uri)).toEqual([{ uri, diagnostics: [] }]);
    expect(c.publishesFor(gone)).toEqual([{ uri: gone, diagnostics: [] }]);
    expect(failedLogs(c)).toEqual([]);
  });

  it('lints with the defaults while the config file is broken mid-session, and takes it back once repaired', async () => {
    const configFile = path.join(folder, '.copydesk.yml');
    writeFileSync(configFile, 'rules:\n  date-format: off\n');
    const c = await start();
    const uri = c.open(path.join(folder, 'hoi-cho.md'), MIXED_DATES);
    expect(ofRule(await c.waitForDiagnostics(uri), 'date-format')).toEqual([]);

    // Saved half-written: YAML that does not parse.
    let since = c.published.length;
    writeFileSync(configFile, 'rules:\n  date-format: [off\n');
    c.filesChanged([{ uri: uriOf(configFile), type: 2 }]);
    const broken = await c.waitForDiagnostics(uriOf(configFile), () => true, since);
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ severity: 1, code: 'config' });
    expect(ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format')).toHaveLength(2);

    since = c.published.length;
    writeFileSync(configFile, 'rules:\n  date-format: off\n');
    c.filesChanged([{ uri: uriOf(configFile), type: 2 }]);
    expect((await c.waitForDiagnostics(uriOf(configFile), () => true, since)).diagnostics).toEqual([]);
    expect(ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format')).toEqual([]);
    expect(failedLogs(c)).toEqual([]);
  });

  it('skips binary-looking text with one diagnostic', async () => {
    const c = await start();
    const png = '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x80\0\0\0\x80\b\x06\0\0\0\xc3>a\xcb\0\0 \0IDATx\x9c\xed\xbdy\x9c';
    const uri = c.open(path.join(folder, 'anh.md'), png.repeat(200));
    const published = await c.waitForDiagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ severity: 3, source: 'copydesk' });
    expect(published.diagnostics[0].message).toMatch(/looks binary \(a NUL character at offset 8\)/);
    await expectStillAnswering(c);
  });

  it('refuses nesting the Markdown parser cannot take, with one diagnostic', async () => {
    const c = await start();
    const uri = c.open(path.join(folder, 'long-nhau.md'), `${'> '.repeat(3000)}Trích dẫn.\n`);
    const published = await c.waitForDiagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0].message).toMatch(/more than 100 levels deep/);
    await expectStillAnswering(c);
  });

  it('cuts off the lint of a 5 MB single-line paste at the time budget, with a notice', { timeout: 300_000 }, async () => {
    // Parsing 5 MB alone takes over a second, far over a 300 ms budget on any machine (the default
    // 2,000 ms is no longer reliably exceeded: the whole lint of this line now takes about that).
    const c = await start({ lint: { debounceMs: 0, timeBudgetMs: 300 } });
    const sentence = 'Sáng 27/9, hội chợ khai mạc tại Cung Văn hóa Hữu nghị với 120 gian hàng của 80 doanh nghiệp. ';
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)));
    const started = Date.now();
    const uri = c.open(path.join(folder, 'ban-tin.md'), line);
    // Only the budget's notice says it was cut.
    const published = await c.waitForDiagnostics(uri, () => true, 0, 240_000);
    console.log(`5 MB single line: diagnostics after ${Date.now() - started} ms: ${published.diagnostics.map((diagnostic) => diagnostic.message).join(' | ')}`);
    expect(published.version).toBe(1);
    const notices = published.diagnostics.filter((diagnostic) => String(diagnostic.message).includes('copydesk.lint.timeBudgetMs is 300'));
    expect(notices).toHaveLength(1);
    expect(notices[0].severity).toBe(3);
    await expectStillAnswering(c);
  });

  it('skips a 50 MB document over the size limit with one diagnostic, without reading it through', { timeout: 180_000 }, async () => {
    const c = await start();
    const paragraph = 'Sáng 27/9, hội chợ khai mạc tại Cung Văn hóa Hữu nghị với 120 gian hàng của 80 doanh nghiệp.\n\n';
    const text = paragraph.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    const uri = c.open(path.join(folder, 'kho-luu-tru.md'), text);
    const published = await c.waitForDiagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ severity: 3, source: 'copydesk' });
    expect(published.diagnostics[0].message).toContain(`it has ${Buffer.byteLength(text)} bytes, more than the limit of 10485760`);
    await expectStillAnswering(c);
  });
});
