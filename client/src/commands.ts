/**
 * The palette commands. Each one forwards to the server (a code action or a
 * `workspace/executeCommand` request) or opens something; none of them
 * inspects text itself.
 */
import { randomUUID } from 'node:crypto';
import {
  CodeActionKind,
  Range,
  Uri,
  commands,
  env,
  languages,
  window,
  workspace,
  type CodeAction,
  type Diagnostic,
  type ExtensionContext,
  type LogOutputChannel,
} from 'vscode';
import { ExecuteCommandRequest, WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import type { StatusBar } from './status-bar.js';

const FIX_ALL_KIND = CodeActionKind.SourceFixAll.append('copydesk');
/** Read-only documents holding the shipped rule pages; outside the server's document selector. */
const RULE_PAGE_SCHEME = 'copydesk-rule';

interface CommandDeps {
  client: () => LanguageClient | undefined;
  output: LogOutputChannel;
  statusBar: StatusBar;
}

export function registerCommands(context: ExtensionContext, deps: CommandDeps): void {
  context.subscriptions.push(
    commands.registerCommand('copydesk.fixAll', () => fixAll()),
    commands.registerCommand('copydesk.lintWorkspace', () => lintWorkspace(deps)),
    commands.registerCommand('copydesk.openRuleDocs', () => openRuleDocs(context.extensionUri)),
    commands.registerCommand('copydesk.showOutput', () => deps.output.show()),
    workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, {
      provideTextDocumentContent: async (uri) =>
        new TextDecoder().decode(await workspace.fs.readFile(shippedPage(context.extensionUri, uri.path.replace(/^\/|\.md$/g, '')))),
    }),
  );
}

/** Applies the server's `source.fixAll.copydesk` action to the active document. */
async function fixAll(): Promise<void> {
  const document = window.activeTextEditor?.document;
  if (!document) return;
  const whole = new Range(0, 0, document.lineCount, 0);
  const actions =
    (await commands.executeCommand<CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value, 1)) ?? [];
  const action = actions.find((candidate) => candidate.kind && FIX_ALL_KIND.contains(candidate.kind));
  if (!action) {
    void window.showInformationMessage('Copydesk: nothing to fix automatically in this file.');
    return;
  }
  if (action.edit) await workspace.applyEdit(action.edit);
  if (action.command) await commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Asks the server to lint every Markdown file; its `$/progress` reports drive the status bar. */
async function lintWorkspace({ client, statusBar }: CommandDeps): Promise<void> {
  const languageClient = client();
  if (!languageClient?.isRunning()) {
    void window.showWarningMessage('Copydesk: the language server is not running.');
    return;
  }
  const workDoneToken = randomUUID();
  const progress = languageClient.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
    if (value.kind !== 'end') statusBar.showProgress(value.message, value.percentage);
  });
  statusBar.showProgress();
  try {
    await languageClient.sendRequest(ExecuteCommandRequest.type, { command: 'copydesk.lintWorkspace', arguments: [], workDoneToken });
    await commands.executeCommand('workbench.actions.view.problems');
  } finally {
    progress.dispose();
    statusBar.hideProgress();
  }
}

/**
 * Opens the doc page of the rule behind the diagnostic under the cursor, or
 * of a rule picked from the pages shipped with the extension. The shipped
 * page matches the installed version and needs no network; the diagnostic's
 * own link is the fallback. The page is previewed through its own read-only
 * scheme so that Copydesk does not lint its own "incorrect" examples.
 */
async function openRuleDocs(extensionUri: Uri): Promise<void> {
  const diagnostic = diagnosticUnderCursor();
  const ruleId = diagnostic ? ruleIdOf(diagnostic) : await pickRule(extensionUri);
  if (!ruleId) return;
  if (await exists(shippedPage(extensionUri, ruleId))) {
    await commands.executeCommand('markdown.showPreview', Uri.from({ scheme: RULE_PAGE_SCHEME, path: `/${ruleId}.md` }));
  } else if (diagnostic && typeof diagnostic.code === 'object') {
    await env.openExternal(diagnostic.code.target);
  }
}

function shippedPage(extensionUri: Uri, ruleId: string): Uri {
  // Rule ids are kebab-case; anything else must not walk out of rules/.
  return Uri.joinPath(extensionUri, 'rules', `${ruleId.replace(/[^a-z0-9-]/gi, '')}.md`);
}

function diagnosticUnderCursor(): Diagnostic | undefined {
  const editor = window.activeTextEditor;
  if (!editor) return undefined;
  const cursor = editor.selection.active;
  return languages
    .getDiagnostics(editor.document.uri)
    .find((diagnostic) => diagnostic.source === 'copydesk' && diagnostic.range.contains(cursor));
}

function ruleIdOf(diagnostic: Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

async function pickRule(extensionUri: Uri): Promise<string | undefined> {
  const folder = Uri.joinPath(extensionUri, 'rules');
  const entries = await workspace.fs.readDirectory(folder).then(undefined, () => []);
  const ruleIds = entries.map(([name]) => name).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)).sort();
  return window.showQuickPick(ruleIds, { placeHolder: 'Copydesk rule to read about' });
}

async function exists(uri: Uri): Promise<boolean> {
  return workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
