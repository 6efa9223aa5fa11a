/**
 * The packaged extension, installed from its .vsix (no development path), in
 * a workspace VS Code does not trust: it must activate on a Markdown draft,
 * its bundled server must answer, and it must lint with the built-in
 * defaults only (the workspace's .copydesk.yml is not read).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openDraft, waitFor, waitForRule, writeDraft } from './helpers.js';
import { MIXED_DATES_DRAFT } from './drafts.js';

describe('Copydesk installed from the .vsix, in an untrusted workspace', () => {
  it('is installed from the extensions folder, not from the repository', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
    assert.match(extension.extensionUri.fsPath, /[\\/]extensions[\\/]copydesk\.copydesk-/);
  });

  it('stays asleep until a Markdown draft is opened', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, false);
  });

  it('runs in restricted mode here: the workspace is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('activates on a Markdown draft and its bundled server publishes findings', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const uri = await writeDraft('ban-tin.md', MIXED_DATES_DRAFT);
    await openDraft(uri);
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined));
    const [diagnostic] = await waitForRule(uri, 'date-format');
    // The workspace's .copydesk.yml makes date-format an error; untrusted, it is not read.
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });
});
