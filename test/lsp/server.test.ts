/**
 * The language server as an editor sees it: `copydesk-ls --stdio` spawned
 * and spoken to over JSON-RPC, with the real rule registry.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, CreateFile, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { rules } from '../../rules/index.js';
import { lint } from '../../server/src/engine/lint.js';
import { applyWorkspaceEdit, TestClient, uriOf } from './client.js';
import { MIXED_DATES } from '../helpers/drafts.js';

const CLEAN = MIXED_DATES.replace('28-9', '28/9').replace('29.9', '29/9');

let workspace: string;
let client: TestClient | undefined;

function newWorkspace(): string {
  workspace = mkdtempSync(path.join(tmpdir(), 'copydesk-lsp-'));
  return workspace;
}

async function start(options: Partial<Parameters<typeof TestClient.start>[0]> = {}): Promise<TestClient> {
  client = await TestClient.start({ workspace: newWorkspace(), ...options });
  return client;
}

afterEach(async () => {
  await client?.stop();
  client = undefined;
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  workspace = '';
});

const ofRule = (params: PublishDiagnosticsParams, ruleId: string) => params.diagnostics.filter((diagnostic) => diagnostic.code === ruleId);

async function codeActions(c: TestClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } });
}

describe('copydesk-ls over stdio', () => {
  it('registers the date-format rule these tests rely on', () => {
    expect(rules.map((rule) => rule.id)).toContain('date-format');
  });

  it('publishes diagnostics on open with code, source, doc link, version and related place', async () => {
    const c = await start();
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const published = await c.waitForDiagnostics(uri);

    expect(published.version).toBe(1);
    const dates = ofRule(published, 'date-format');
    expect(dates.map((diagnostic) => diagnostic.range.start)).toEqual([
      { line: 4, character: 6 },
      { line: 6, character: 4 },
    ]);
    for (const diagnostic of dates) {
      expect(diagnostic.source).toBe('copydesk');
      expect(diagnostic.codeDescription?.href).toMatch(/rules\/date-format\.md$/);
      expect(diagnostic.relatedInformation?.[0].location).toEqual({ uri, range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } } });
    }
    // The server shows what the engine finds: nothing lost or added on the way.
    expect(published.diagnostics).toHaveLength(lint(MIXED_DATES, { rules }).findings.length);
  });

  it('runs over node IPC, as the VS Code client starts it', async () => {
    const c = await start({ transport: 'node-ipc' });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    expect(ofRule(await c.waitForDiagnostics(uri), 'date-format')).toHaveLength(2);
  });

  it('re-lints after an incremental change and publishes for the new version', async () => {
    const c = await start({ settings: { lint: { debounceMs: 0 } } });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    await c.waitForDiagnostics(uri, (params) => params.version === 1);

    const version = c.replace(uri, '28-9', '28/9');
    const published = await c.waitForDiagnostics(uri, (params) => params.version === version);
    expect(ofRule(published, 'date-format').map((diagnostic) => diagnostic.range.start.line)).toEqual([6]);
  });

  it('never publishes a stale version after a newer one, and ends on the last version', async () => {
    const c = await start();
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    await c.waitForDiagnostics(uri, (params) => params.version === 1);

    // Typing fast: each keystroke a new version, well inside the default 200 ms debounce.
    const typed = ' Khách tham quan đông.';
    for (let typedSoFar = 0; typedSoFar < typed.length; typedSoFar++) {
      c.change(uri, [{ range: positionAfter(c.text(uri), `22h.${typed.slice(0, typedSoFar)}`), text: typed[typedSoFar] }]);
    }
    const last = c.version(uri);
    const published = await c.waitForDiagnostics(uri, (params) => params.version === last);
    expect(ofRule(published, 'date-format')).toHaveLength(2);
    expect(c.text(uri)).toContain('22h. Khách tham quan đông.');

    // One more edit and its publish: anything still queued for an older version would have come by now.
    const final = c.replace(uri, '29.9', '29/9');
    await c.waitForDiagnostics(uri, (params) => params.version === final);
    const versions = c.publishesFor(uri).map((params) => params.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(final);
  });

  it('offers the quick fix as the preferred action, and its edit fixes the date', async () => {
    const c = await start({ settings: { lint: { debounceMs: 0 } } });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const published = await c.waitForDiagnostics(uri);
    const [first] = ofRule(published, 'date-format');

    const actions = await codeActions(c, uri, [first]);
    const quickFix = actions.find((action) => action.title === 'Write "28/9"');
    expect(quickFix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(applyWorkspaceEdit(c.text(uri), uri, quickFix!.edit!)).toBe(MIXED_DATES.replace('28-9', '28/9'));

    const version = c.applyEdit(uri, quickFix!.edit!);
    const after = await c.waitForDiagnostics(uri, (params) => params.version === version);
    expect(ofRule(after, 'date-format').map((diagnostic) => diagnostic.range.start.line)).toEqual([6]);
  });

  it('fixes all problems of a rule, all fixable problems, and answers source.fixAll for codeActionsOnSave', async () => {
    const c = await start();
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const published = await c.waitForDiagnostics(uri);
    const dates = ofRule(published, 'date-format');

    const actions = await codeActions(c, uri, [dates[0]]);
    const titles = actions.map((action) => action.title);
    expect(titles).toContain('Fix all date-format problems in this file');
    expect(titles).toContain('Fix all auto-fixable problems');
    const fixRule = actions.find((action) => action.title === 'Fix all date-format problems in this file')!;
    expect(applyWorkspaceEdit(c.text(uri), uri, fixRule.edit!)).toBe(CLEAN);

    // What VS Code asks on save with "editor.codeActionsOnSave": {"source.fixAll": "explicit"}.
    const onSave = await codeActions(c, uri, [], ['source.fixAll']);
    expect(onSave.map((action) => action.kind)).toEqual(['source.fixAll.copydesk']);
    const version = c.applyEdit(uri, onSave[0].edit!);
    expect(c.text(uri)).toBe(CLEAN);
    const after = await c.waitForDiagnostics(uri, (params) => params.version === version);
    expect(ofRule(after, 'date-format')).toEqual([]);

    // Nothing left to fix: no source action, so saving changes nothing.
    expect(await codeActions(c, uri, [], ['source.fixAll.copydesk'])).toEqual([]);
  });

  it('applies every fix through workspace/applyEdit with the copydesk.fixAll command', async () => {
    const c = await start();
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    await c.waitForDiagnostics(uri);

    const result = await c.request('workspace/executeCommand', { command: 'copydesk.fixAll', arguments: [uri] });
    expect(result).toEqual({ applied: true });
    expect(c.appliedEdits).toHaveLength(1);
    const edit = c.appliedEdits[0].edit;
    expect((edit.documentChanges![0] as TextDocumentEdit).textDocument).toEqual({ uri, version: 1 });
    expect(applyWorkspaceEdit(c.text(uri), uri, edit)).toBe(CLEAN);
  });

  it('disables a rule for one line with an inline comment above it', async () => {
    const c = await start({ settings: { lint: { debounceMs: 0 } } });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const published = await c.waitForDiagnostics(uri);
    const [first] = ofRule(published, 'date-format');

    const actions = await codeActions(c, uri, [first]);
    const disable = actions.find((action) => action.title === 'Disable date-format for this line')!;
    const version = c.applyEdit(uri, disable.edit!);
    expect(c.text(uri)).toContain('<!-- copydesk-disable-next-line date-format -->\nChiều 28-9,');

    const after = await c.waitForDiagnostics(uri, (params) => params.version === version);
    expect(ofRule(after, 'date-format').map((diagnostic) => c.text(uri).split('\n')[diagnostic.range.start.line])).toEqual(['Tối 29.9, hội chợ mở cửa đến 22h.']);
  });

  it('disables a rule in the workspace by creating .copydesk.yml, then by editing it with its comments kept', async () => {
    const c = await start();
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const [first] = ofRule(await c.waitForDiagnostics(uri), 'date-format');

    const create = (await codeActions(c, uri, [first])).find((action) => action.title === 'Disable date-format in this workspace')!;
    const configFile = path.join(workspace, '.copydesk.yml');
    const [createFile, write] = create.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    expect(createFile).toMatchObject({ kind: 'create', uri: uriOf(configFile) });
    expect(applyWorkspaceEdit('', uriOf(configFile), { documentChanges: [write] })).toBe('rules:\n  date-format: off\n');

    // An existing config: the key is added, the comment and the other keys stay.
    const existing = '# Quy ước của tòa soạn\nlocale: vi # tiếng Việt\nrules: {}\n';
    writeFileSync(configFile, existing);
    let since = c.published.length;
    c.filesChanged([{ uri: uriOf(configFile), type: 1 }]);
    // The new config applies: its `locale: vi` turns the messages Vietnamese.
    await c.waitForDiagnostics(uri, (params) => String(ofRule(params, 'date-format')[0]?.message).startsWith('Ngày'), since);
    const edit = (await codeActions(c, uri, [first])).find((action) => action.title === 'Tắt date-format trong workspace này')!.edit!;
    const written = applyWorkspaceEdit(existing, uriOf(configFile), edit);
    expect(written).toContain('# Quy ước của tòa soạn\nlocale: vi # tiếng Việt\n');
    writeFileSync(configFile, written);

    since = c.published.length;
    c.filesChanged([{ uri: uriOf(configFile), type: 2 }]);
    const after = await c.waitForDiagnostics(uri, () => true, since);
    expect(ofRule(after, 'date-format')).toEqual([]);
  });

  it('clears a rule\'s diagnostics when the settings turn it off, and brings them back', async () => {
    const c = await start();
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    expect(ofRule(await c.waitForDiagnostics(uri), 'date-format')).toHaveLength(2);

    let since = c.published.length;
    c.changeConfiguration({ rules: { 'date-format': 'off' } });
    expect(ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format')).toEqual([]);

    since = c.published.length;
    c.changeConfiguration({ rules: { 'date-format': ['error', { separator: '-' }] } });
    const strict = await c.waitForDiagnostics(uri, () => true, since);
    // The house separator from the settings now wins over the document's majority.
    expect(ofRule(strict, 'date-format').map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity])).toEqual([
      [2, 1],
      [6, 1],
    ]);
  });

  it('shows an invalid config on the config file and keeps linting with the defaults', async () => {
    newWorkspace();
    const configFile = path.join(workspace, '.copydesk.yml');
    writeFileSync(configFile, '# cấu hình\nrules:\n  date-format: sometimes\n');
    client = await TestClient.start({ workspace });
    const c = client;
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);

    const draft = await c.waitForDiagnostics(uri);
    expect(ofRule(draft, 'date-format')).toHaveLength(2);
    const config = await c.waitForDiagnostics(uriOf(configFile));
    expect(config.diagnostics).toHaveLength(1);
    expect(config.diagnostics[0]).toMatchObject({ severity: 1, source: 'copydesk', code: 'config' });
    expect(config.diagnostics[0].message).toContain('rules.date-format');

    // Repaired on disk: the config diagnostic goes away and the config applies.
    const since = c.published.length;
    writeFileSync(configFile, '# cấu hình\nrules:\n  date-format: off\n');
    c.filesChanged([{ uri: uriOf(configFile), type: 2 }]);
    expect((await c.waitForDiagnostics(uriOf(configFile), () => true, since)).diagnostics).toEqual([]);
    expect(ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format')).toEqual([]);
  });

  it('shows an invalid YAML config at its line', async () => {
    newWorkspace();
    const configFile = path.join(workspace, '.copydesk.yml');
    writeFileSync(configFile, 'rules:\n  date-format: off\n   bad: [\n');
    client = await TestClient.start({ workspace });
    client.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const config = await client.waitForDiagnostics(uriOf(configFile));
    expect(config.diagnostics[0].range.start.line).toBeGreaterThan(0);
    expect(config.diagnostics[0].message).toMatch(/YAML/);
  });

  it('speaks Vietnamese when the editor does, unless the setting says otherwise', async () => {
    const c = await start({ locale: 'vi-VN' });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    const [first] = ofRule(await c.waitForDiagnostics(uri), 'date-format');
    expect(first.message).toBe('Ngày "28-9" được viết với dấu "-", nhưng bài này viết ngày như "27/9" — hãy viết "28/9"');
    const titles = (await codeActions(c, uri, [first])).map((action) => action.title);
    expect(titles).toContain('Tắt date-format cho dòng này');

    const since = c.published.length;
    c.changeConfiguration({ locale: 'en' });
    const [english] = ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format');
    expect(english.message).toMatch(/^Date "28-9" is written with "-"/);
  });

  it('lints on save only when lint.run is onSave', async () => {
    const c = await start({ settings: { lint: { run: 'onSave', debounceMs: 0 } } });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    await c.waitForDiagnostics(uri, (params) => params.version === 1);

    c.replace(uri, '28-9', '28/9');
    const edited = c.replace(uri, '29.9', '29/9');
    c.save(uri);
    const saved = await c.waitForDiagnostics(uri, (params) => params.version !== 1);
    expect(saved.version).toBe(edited);
    expect(ofRule(saved, 'date-format')).toEqual([]);
    expect(c.publishesFor(uri).map((params) => params.version)).toEqual([1, edited]);
  });

  it('reads no config file in an untrusted workspace', async () => {
    newWorkspace();
    writeFileSync(path.join(workspace, '.copydesk.yml'), 'rules:\n  date-format: off\n');
    client = await TestClient.start({ workspace, settings: { trusted: false } });
    const uri = client.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    expect(ofRule(await client.waitForDiagnostics(uri), 'date-format')).toHaveLength(2);
    const [first] = ofRule(client.published[0], 'date-format');
    const titles = (await codeActions(client, uri, [first])).map((action) => action.title);
    expect(titles).not.toContain('Disable date-format in this workspace');
  });

  it('takes settings from initializationOptions when the client cannot answer workspace/configuration', async () => {
    const c = await start({ pullConfiguration: false, initializationOptions: { copydesk: { rules: { 'date-format': 'off' } } } });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    expect(ofRule(await c.waitForDiagnostics(uri), 'date-format')).toEqual([]);

    const since = c.published.length;
    c.changeConfiguration({ enable: true });
    expect(ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format')).toHaveLength(2);
  });

  it('publishes nothing when copydesk.enable is false, and clears diagnostics on close', async () => {
    const c = await start({ settings: { enable: false } });
    const uri = c.open(path.join(workspace, 'draft.md'), MIXED_DATES);
    expect((await c.waitForDiagnostics(uri)).diagnostics).toEqual([]);

    const since = c.published.length;
    c.changeConfiguration({ enable: true });
    expect(ofRule(await c.waitForDiagnostics(uri, () => true, since), 'date-format')).toHaveLength(2);

    const beforeClose = c.published.length;
    c.close(uri);
    const cleared = await c.waitForDiagnostics(uri, () => true, beforeClose);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('lints the whole workspace with progress, leaving out node_modules and .gitignore\'d files', async () => {
    newWorkspace();
    const write = (relative: string, text: string) => {
      mkdirSync(path.dirname(path.join(workspace, relative)), { recursive: true });
      writeFileSync(path.join(workspace, relative), text);
    };
    write('a.md', MIXED_DATES);
    write('tin/b.md', CLEAN);
    write('tin/c.markdown', MIXED_DATES);
    write('node_modules/pkg/readme.md', MIXED_DATES);
    write('nhap/d.md', MIXED_DATES);
    write('.gitignore', 'nhap/\n');
    client = await TestClient.start({ workspace });
    const c = client;

    const summary = await c.request('workspace/executeCommand', { command: 'copydesk.lintWorkspace', arguments: [], workDoneToken: 'lint-all' });
    const expectedFindings = [MIXED_DATES, CLEAN, MIXED_DATES].reduce((total, text) => total + lint(text, { rules }).findings.length, 0);
    expect(summary).toEqual({ files: 3, findings: expectedFindings });

    const published = new Set(c.published.map((params) => path.relative(workspace, new URL(params.uri).pathname)));
    expect([...published].sort()).toEqual(['a.md', 'tin/b.md', 'tin/c.markdown']);
    expect(ofRule(c.published.find((params) => params.uri.endsWith('/a.md'))!, 'date-format')).toHaveLength(2);

    const progress = c.progress.filter((params) => params.token === 'lint-all').map((params) => params.value);
    expect(progress[0]).toMatchObject({ kind: 'begin', percentage: 0 });
    expect(progress.at(-1)).toEqual({ kind: 'end' });
    const percentages = progress.filter((value) => value.kind === 'report').map((value) => value.percentage);
    expect(percentages.at(-1)).toBe(100);
    expect(percentages).toEqual([...percentages].sort((a, b) => a - b));

    // Without a token from the client, the server asks for one to report on.
    await c.request('workspace/executeCommand', { command: 'copydesk.lintWorkspace', arguments: [] });
    expect(c.progressTokens).toHaveLength(1);
    expect(c.progress.filter((params) => params.token === c.progressTokens[0].token).at(-1)?.value).toEqual({ kind: 'end' });

    // A linted file changed on disk is linted again; deleted, its diagnostics go.
    const b = uriOf(path.join(workspace, 'tin/b.md'));
    let since = c.published.length;
    write('tin/b.md', MIXED_DATES);
    c.filesChanged([{ uri: b, type: 2 }]);
    expect(ofRule(await c.waitForDiagnostics(b, () => true, since), 'date-format')).toHaveLength(2);
    since = c.published.length;
    rmSync(path.join(workspace, 'tin/b.md'));
    c.filesChanged([{ uri: b, type: 3 }]);
    expect((await c.waitForDiagnostics(b, () => true, since)).diagnostics).toEqual([]);
  });

  it('registers file watchers for config, facts and Markdown files', async () => {
    const c = await start();
    await c.waitFor('the watcher registration', () => c.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles'));
    const watchers = (c.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles')!.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers;
    expect(watchers.map((watcher) => watcher.globPattern)).toEqual(['**/{.copydesk.yml,.copydesk.yaml,.copydesk.json}', '**/{copydesk.facts.yml,copydesk.facts.yaml}', '**/*.{md,markdown}']);
  });
});

/** The range just after `marker` in `text` (an insertion point). */
function positionAfter(text: string, marker: string) {
  const offset = text.indexOf(marker) + marker.length;
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before.at(-1)!.length };
  return { start: position, end: position };
}
