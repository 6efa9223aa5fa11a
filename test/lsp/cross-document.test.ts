/**
 * The server feeds the fact rules what lies outside the document: the facts
 * file and the index of the workspace's other drafts, kept current as files
 * change on disk and in the editor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { rules } from '../../rules/index.js';
import { TestClient, uriOf } from './client.js';

const OTHER_DRAFT = '# Hà Nội họp bàn kế hoạch năm\n\nBí thư Thành ủy Hà Nội Đinh Tiến Dũng phát biểu chỉ đạo tại hội nghị.\n';
const DRAFT = [
  '# Hội nghị về tài nguyên nước',
  '',
  'Phó Bí thư Thành ủy Hà Nội Đinh Tiến Dũng dự hội nghị.',
  '',
  'Bộ trưởng Bộ Tài nguyên và Môi trường Lê Minh Ngân chủ trì hội nghị.',
  '',
].join('\n');
const FACTS = 'people:\n  - name: Lê Minh Ngân\n    title: Thứ trưởng Bộ Tài nguyên và Môi trường\n';

let workspace: string;
let client: TestClient | undefined;

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'copydesk-lsp-facts-'));
  writeFileSync(path.join(workspace, 'khac.md'), OTHER_DRAFT);
  writeFileSync(path.join(workspace, 'copydesk.facts.yml'), FACTS);
});

afterEach(async () => {
  await client?.stop();
  client = undefined;
  rmSync(workspace, { recursive: true, force: true });
});

const titleFindings = (params: PublishDiagnosticsParams) => params.diagnostics.filter((diagnostic) => diagnostic.code === 'person-title');
const acrossDrafts = (diagnostic: Diagnostic) => diagnostic.relatedInformation?.some((related) => related.location.uri.endsWith('/khac.md')) ?? false;
const fromFactsFile = (diagnostic: Diagnostic) => String(diagnostic.message).includes('copydesk.facts.yml');

describe('cross-document facts in the language server', () => {
  it('registers the person-title rule these tests rely on', () => {
    expect(rules.map((rule) => rule.id)).toContain('person-title');
  });

  it('checks a draft against the facts file and the other drafts of the workspace', async () => {
    client = await TestClient.start({ workspace, settings: { lint: { debounceMs: 0 } } });
    const uri = client.open(path.join(workspace, 'nhap.md'), DRAFT);

    // The index is built in the background: the draft is linted again once it is ready.
    const published = await client.waitForDiagnostics(uri, (params) => titleFindings(params).some(acrossDrafts));
    const [across] = titleFindings(published).filter(acrossDrafts);
    expect(across.range.start.line).toBe(2);
    expect(across.relatedInformation![0].location).toEqual({
      uri: uriOf(path.join(workspace, 'khac.md')),
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 22 } },
    });
    expect(titleFindings(published).filter(fromFactsFile).map((diagnostic) => diagnostic.range.start.line)).toEqual([4]);
  });

  it('follows the other draft as it changes on disk', async () => {
    client = await TestClient.start({ workspace, settings: { lint: { debounceMs: 0 } } });
    const c = client;
    const uri = c.open(path.join(workspace, 'nhap.md'), DRAFT);
    await c.waitForDiagnostics(uri, (params) => titleFindings(params).some(acrossDrafts));

    const since = c.published.length;
    writeFileSync(path.join(workspace, 'khac.md'), OTHER_DRAFT.replace('Bí thư Thành ủy', 'Phó Bí thư Thành ủy'));
    c.filesChanged([{ uri: uriOf(path.join(workspace, 'khac.md')), type: 2 }]);
    // (A re-lint from the initial indexing may still arrive first; the one after the change must agree.)
    const after = await c.waitForDiagnostics(uri, (params) => !titleFindings(params).some(acrossDrafts), since);
    expect(titleFindings(after).filter(fromFactsFile)).toHaveLength(1);
  });

  it('follows an open draft when it is saved, and re-lints the others', async () => {
    client = await TestClient.start({ workspace, settings: { lint: { debounceMs: 0 } } });
    const c = client;
    const uri = c.open(path.join(workspace, 'nhap.md'), DRAFT);
    await c.waitForDiagnostics(uri, (params) => titleFindings(params).some(acrossDrafts));
    const other = c.open(path.join(workspace, 'khac.md'), OTHER_DRAFT);
    await c.waitForDiagnostics(other);

    c.replace(other, 'Bí thư Thành ủy', 'Phó Bí thư Thành ủy');
    const since = c.published.length;
    c.save(other);
    const after = await c.waitForDiagnostics(uri, (params) => !titleFindings(params).some(acrossDrafts), since);
    expect(titleFindings(after).filter(fromFactsFile)).toHaveLength(1);
  });

  it('applies only the built-in defaults in an untrusted workspace: no facts file, no config, nothing it names', async () => {
    // Everything the workspace could configure, including a dictionary and the user's permission to leave the folder.
    writeFileSync(path.join(workspace, '.copydesk.yml'), 'locale: vi\nrules:\n  terminology: [warning, { dictionaries: [tu-dien.yml] }]\n');
    writeFileSync(path.join(workspace, 'tu-dien.yml'), 'version: 1\nrules:\n  - expected: Hà Nội\n    pattern: Hanoi\n');
    const settings = { trusted: false, allowConfigOutsideWorkspace: true, lint: { debounceMs: 0 } };
    client = await TestClient.start({ workspace, settings });
    const uri = client.open(path.join(workspace, 'nhap.md'), `${DRAFT}\nHội nghị diễn ra tại Hanoi.\n`);
    const published = await client.waitForDiagnostics(uri, (params) => titleFindings(params).some(acrossDrafts));
    expect(titleFindings(published).filter(fromFactsFile)).toEqual([]);
    expect(published.diagnostics.filter((diagnostic) => diagnostic.code === 'terminology')).toEqual([]);
    // English, the client's language: the config's `locale: vi` was not read either.
    expect(titleFindings(published).filter(acrossDrafts)[0].message).toMatch(/^Đinh Tiến Dũng is "/);
    expect(client.published.filter((params) => params.uri.endsWith('.yml'))).toEqual([]);
  });

  it('hands rules the files their config options name (a prh dictionary)', async () => {
    writeFileSync(path.join(workspace, '.copydesk.yml'), 'rules:\n  terminology: [warning, { dictionaries: [tu-dien.yml] }]\n');
    writeFileSync(path.join(workspace, 'tu-dien.yml'), 'version: 1\nrules:\n  - expected: Hà Nội\n    pattern: Hanoi\n');
    client = await TestClient.start({ workspace });
    const uri = client.open(path.join(workspace, 'nhap.md'), '# Tin\n\nHội nghị diễn ra tại Hanoi hôm qua.\n');
    const published = await client.waitForDiagnostics(uri);
    const terms = published.diagnostics.filter((diagnostic) => diagnostic.code === 'terminology');
    expect(terms.map((diagnostic) => diagnostic.range)).toEqual([{ start: { line: 2, character: 21 }, end: { line: 2, character: 26 } }]);
  });

  it('shows a broken facts file on the file itself', async () => {
    writeFileSync(path.join(workspace, 'copydesk.facts.yml'), 'people:\n  - title: Bộ trưởng\n');
    client = await TestClient.start({ workspace });
    client.open(path.join(workspace, 'nhap.md'), DRAFT);
    const problem = await client.waitForDiagnostics(uriOf(path.join(workspace, 'copydesk.facts.yml')));
    expect(problem.diagnostics).toHaveLength(1);
    expect(problem.diagnostics[0]).toMatchObject({ code: 'config', severity: 1, range: { start: { line: 1 } } });
    expect(problem.diagnostics[0].message).toContain('name');
  });
});
