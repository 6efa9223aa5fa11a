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

  it('ships the bundles, rule pages and licence, and no sources, tests, maps or node_modules', async () => {
    const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
    const files = await listFiles(root);
    for (const wanted of ['package.json', 'readme.md', 'LICENSE.txt', 'schema/copydesk.schema.json', 'images/icon.png', 'dist/extension.cjs', 'dist/server.cjs', 'rules/date-format.md']) {
      assert.ok(files.includes(wanted), `${wanted} is missing from the .vsix (it has: ${files.join(', ')})`);
    }
    const unwanted = files.filter((file) => /\.(ts|map|mjs)$|^(test|node_modules|client|server|scripts|examples)\//.test(file));
    assert.deepEqual(unwanted, []);
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

/** Every file under `folder`, as paths relative to it with forward slashes. */
async function listFiles(folder: vscode.Uri, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (type === vscode.FileType.Directory) files.push(...(await listFiles(vscode.Uri.joinPath(folder, name), `${prefix}${name}/`)));
    else files.push(`${prefix}${name}`);
  }
  return files;
}
