/**
 * The extension in a real VS Code, as a journalist uses it: findings appear
 * for an open draft, the quick fix rewrites the date, "fix all" runs on save
 * and from the palette, and the workspace lint fills the Problems panel.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  copydeskDiagnostics,
  eventually,
  openDraft,
  waitFor,
  waitForNoRule,
  waitForRule,
  workspaceRoot,
  writeDraft,
} from './helpers.js';
import { LATE_PARAGRAPH, MIXED_DATES_DRAFT, MIXED_DATES_FIXED, TWO_ODD_DATES_DRAFT, TWO_ODD_DATES_FIXED } from './drafts.js';

const FIX_ALL_KIND = 'source.fixAll.copydesk';

describe('Copydesk in a real VS Code', () => {
  let draft: vscode.Uri;
  let editor: vscode.TextEditor;

  before(async () => {
    draft = await writeDraft('bao-so-4.md', MIXED_DATES_DRAFT);
  });

  it('activates when a Markdown draft is opened', async () => {
    editor = await openDraft(draft);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
  });

  it('flags the date written in the minority style, with a link to the rule page', async () => {
    const [diagnostic, ...others] = await waitForRule(draft, 'date-format');
    assert.equal(others.length, 0, 'only the one odd date is flagged');
    assert.equal(editor.document.getText(diagnostic.range), '28-9');
    assert.ok(diagnostic.message.length > 0);
    assert.equal(typeof diagnostic.code, 'object');
    const target = (diagnostic.code as { target: vscode.Uri }).target.toString();
    assert.match(target, /date-format\.md$/);
  });

  it('applies the quick fix through the code action API and rewrites the date', async () => {
    const [diagnostic] = await waitForRule(draft, 'date-format');
    // The API returns actions without their diagnostics: the fix is the
    // preferred quick fix whose edit touches the flagged date.
    let offered: string[] = [];
    const fix = await eventually('the preferred date-format quick fix', async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft, diagnostic.range);
      offered = actions.map((action) => action.title);
      return actions.find(
        (action) =>
          action.isPreferred &&
          action.kind !== undefined &&
          vscode.CodeActionKind.QuickFix.contains(action.kind) &&
          action.edit?.get(draft).some((edit) => edit.range.intersection(diagnostic.range) !== undefined),
      );
    }).catch((error: Error) => assert.fail(`${error.message}; offered: ${offered.join(' | ')}`));
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.getText(), MIXED_DATES_FIXED);
    await waitForNoRule(draft, 'date-format');
  });

  it('fixes every auto-fixable finding on save (editor.codeActionsOnSave)', async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('codeActionsOnSave', { [FIX_ALL_KIND]: 'explicit' }, vscode.ConfigurationTarget.Workspace);
    const end = editor.document.positionAt(editor.document.getText().length);
    assert.ok(await editor.edit((edit) => edit.insert(end, LATE_PARAGRAPH)));
    await waitForRule(draft, 'date-format');

    assert.ok(await editor.document.save(), 'the draft was saved');
    const expected = MIXED_DATES_FIXED + LATE_PARAGRAPH.replace('29-9', '29/9');
    assert.equal(editor.document.getText(), expected);
    assert.equal(await readFile(draft.fsPath, 'utf8'), expected, 'the fixed text is what went to disk');
    await waitForNoRule(draft, 'date-format');
    const leftToFix = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      draft,
      new vscode.Range(0, 0, editor.document.lineCount, 0),
      FIX_ALL_KIND,
    );
    const pending = leftToFix.filter((action) => (action.edit?.size ?? 0) > 0 || action.command);
    assert.deepEqual(pending.map((action) => action.title), [], 'nothing auto-fixable is left');
  });

  it('"Copydesk: Fix all auto-fixable problems" fixes the active draft', async () => {
    const uri = await writeDraft('gia-xang.md', TWO_ODD_DATES_DRAFT);
    const fuel = await openDraft(uri);
    assert.equal((await waitForRule(uri, 'date-format')).length, 2);
    await vscode.commands.executeCommand('copydesk.fixAll');
    assert.equal(fuel.document.getText(), TWO_ODD_DATES_FIXED);
    await waitForNoRule(uri, 'date-format');
  });

  it('reads .copydesk.yml in a trusted workspace', async () => {
    assert.equal(vscode.workspace.isTrusted, true);
    await mkdir(path.join(workspaceRoot(), 'strict'), { recursive: true });
    await writeFile(path.join(workspaceRoot(), 'strict/.copydesk.yml'), 'rules:\n  date-format: error\n');
    const uri = await writeDraft('strict/tin-bao.md', MIXED_DATES_DRAFT);
    await openDraft(uri);
    const [diagnostic] = await waitForRule(uri, 'date-format');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
  });

  it('"Copydesk: Open rule documentation" shows the page of the rule under the cursor', async () => {
    const uri = vscode.Uri.file(path.join(workspaceRoot(), 'strict/tin-bao.md'));
    const strict = await openDraft(uri);
    const [diagnostic] = await waitForRule(uri, 'date-format');
    strict.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    await vscode.commands.executeCommand('copydesk.openRuleDocs');
    const previewTab = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview') && tab.label.includes('date-format'));
    const tab = await waitFor('a Markdown preview of date-format.md', () => previewTab());
    await vscode.window.tabGroups.close(tab);
    // The page is served through the extension's own read-only scheme, which
    // the server is not given: its "incorrect" examples stay out of Problems.
    const page = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'copydesk-rule', path: '/date-format.md' }));
    assert.match(page.getText(), /^# date-format\n/);
    assert.equal(vscode.languages.match({ scheme: 'file', language: 'markdown' }, page), 0);
  });

  it('"Copydesk: Lint all Markdown in the workspace" reports drafts that are not open', async () => {
    const closed = await writeDraft('chua-mo.md', MIXED_DATES_DRAFT);
    assert.equal(copydeskDiagnostics(closed).length, 0, 'a closed draft has no findings before the workspace lint');
    await vscode.commands.executeCommand('copydesk.lintWorkspace');
    const [diagnostic] = await waitForRule(closed, 'date-format');
    assert.equal(diagnostic.range.start.line, 4);
  });

  it('checks plain text drafts once copydesk.plaintext is on (a new server with a wider selector)', async () => {
    const uri = await writeDraft('ghi-chu.txt', MIXED_DATES_DRAFT);
    await openDraft(uri);
    const settings = vscode.workspace.getConfiguration('copydesk');
    await settings.update('plaintext', true, vscode.ConfigurationTarget.Workspace);
    try {
      const [diagnostic] = await waitForRule(uri, 'date-format');
      assert.equal(diagnostic.range.start.line, 4);
    } finally {
      await settings.update('plaintext', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
