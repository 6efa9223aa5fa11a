/**
 * The language server's wiring: LSP events in, lints scheduled, diagnostics
 * and code actions out. The decisions live in the modules it calls; this file
 * only connects them.
 */
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentEdit,
  TextDocuments,
  TextDocumentSyncKind,
  WorkDoneProgressReporter,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type ExecuteCommandParams,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { rules } from '../../../rules/index.js';
import { CONFIG_NAMES } from '../config/config.js';
import { localeFromTag } from '../engine/messages.js';
import type { Finding, Locale } from '../engine/types.js';
import { FACTS_FILE_NAMES } from '../facts/facts-file.js';
import { readDraft } from '../shell/read-draft.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { ConfigProblemPublisher } from './config-diagnostics.js';
import { ConfigStore } from './config-store.js';
import { disableInWorkspaceEdit } from './disable-in-workspace.js';
import { DiskDiagnostics } from './disk-diagnostics.js';
import { DocumentLinter, type DocumentLintOutcome } from './document-linter.js';
import { fixAll } from './fix-all.js';
import { serverMessage } from './messages.js';
import { outcomeDiagnostics } from './outcome-diagnostics.js';
import { orderedDocuments } from './ordered-documents.js';
import { LintScheduler, type StaleToken } from './scheduler.js';
import { SettingsSource } from './settings-source.js';
import type { ServerSettings } from './settings.js';
import { pathFromUri, uriFromPath } from './uri.js';
import { WorkspaceFolders } from './workspace-folders.js';
import { WorkspaceIndexFeed } from './workspace-index-feed.js';
import { LINT_WORKSPACE_COMMAND, lintWorkspace, type WorkspaceLintSummary } from './workspace-lint.js';

export const FIX_ALL_COMMAND = 'copydesk.fixAll';

const WATCHED_GLOBS = [`**/{${CONFIG_NAMES.join(',')}}`, `**/{${FACTS_FILE_NAMES.join(',')}}`, '**/*.{md,markdown}'];
const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** The last lint of an open document, kept for code actions on the same version. */
interface LintedVersion {
  version: number;
  outcome: DocumentLintOutcome;
}

type LintReason = 'open' | 'change' | 'save' | 'refresh';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(
    orderedDocuments((uri, version, current) =>
      logOnce(`stale:${uri}`, `copydesk: ignored a change to ${uri} with version ${version}: the server already has version ${current}`),
    ),
  );
  const folders = new WorkspaceFolders();
  const configs = new ConfigStore(rules);
  const scheduler = new LintScheduler((uri, error) => connection.console.error(`copydesk: linting ${uri} failed: ${errorText(error)}`));
  const lastLint = new Map<string, LintedVersion>();
  /** The version of each open document whose change was last acted on. */
  const handledVersion = new Map<string, number>();
  const logged = new Set<string>();
  const workspaceIndex = new WorkspaceIndexFeed(
    (uri) => documents.get(uri)?.getText(),
    (uri) => scheduler.isBusy(uri),
  );
  let capabilities: ClientCapabilities = {};
  let clientLocale: Locale = 'en';
  let settings!: SettingsSource;
  let linter!: DocumentLinter;

  const diskDiagnostics = new DiskDiagnostics({
    settingsFor: (file) => {
      const root = folders.rootFor(file);
      return settings.forDocument(uriFromPath(root ?? file));
    },
    lintText: (uri, text, current) => lintText(uri, text, current),
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    isOpen: (uri) => documents.get(uri) !== undefined,
  });
  const configProblems = new ConfigProblemPublisher(
    (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    (file) => documents.get(uriFromPath(file))?.getText() ?? readDraftText(file),
  );

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities;
    clientLocale = localeFromTag(params.locale);
    folders.set(params.workspaceFolders, params.rootUri);
    settings = new SettingsSource(connection, capabilities.workspace?.configuration === true, params.initializationOptions);
    linter = new DocumentLinter({
      rules,
      configs,
      folders,
      clientLocale,
      environment: (facts) => (facts ? { workspace: workspaceIndex.index, facts } : { workspace: workspaceIndex.index }),
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        executeCommandProvider: { commands: [LINT_WORKSPACE_COMMAND, FIX_ALL_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'copydesk-ls' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_GLOBS.map((globPattern) => ({ globPattern })) });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        event.removed.forEach((folder) => folders.remove(folder));
        event.added.forEach((folder) => folders.add(folder));
        configs.clear();
        workspaceIndex.prune((uri) => documents.get(uri) !== undefined || isInWorkspace(uri));
        void workspaceIndex.build(folders.all).then(relintAfterIndexing);
        relintEverything();
      });
    }
    // Cross-document rules see the whole workspace once it is indexed; until then, what is open.
    void workspaceIndex.build(folders.all).then(relintAfterIndexing, (error: unknown) => {
      connection.console.error(`copydesk: indexing the workspace failed: ${errorText(error)}`);
    });
  });

  function isInWorkspace(uri: string): boolean {
    const file = pathFromUri(uri);
    return file !== undefined && folders.rootFor(file) !== undefined && !file.split(path.sep).includes('node_modules');
  }

  /** Other drafts were indexed: the open ones may now have cross-document findings. */
  function relintAfterIndexing(filesFromDisk: number): void {
    if (filesFromDisk > 0) relintOpenDocuments();
  }

  function relintOpenDocuments(): void {
    for (const document of documents.all()) requestLint(document.uri, 'refresh');
  }

  // ---- linting open documents -------------------------------------------------

  function requestLint(uri: string, reason: LintReason): void {
    void settings.forDocument(uri).then((current) => {
      if (reason === 'change' && current.lint.run === 'onSave') return;
      const delay = reason === 'change' ? current.lint.debounceMs : 0;
      scheduler.schedule(uri, delay, (token) => lintOpenDocument(uri, token));
    });
  }

  async function lintOpenDocument(uri: string, token: StaleToken): Promise<void> {
    const current = await settings.forDocument(uri);
    const document = documents.get(uri);
    if (token.isStale || !document) return;
    if (!current.enable) {
      lastLint.delete(uri);
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
      return;
    }
    const outcome = lintText(uri, document.getText(), current);
    // Publish only what is still true: no newer lint scheduled, no newer version arrived.
    if (token.isStale || documents.get(uri)?.version !== document.version) return;
    lastLint.set(uri, { version: document.version, outcome });
    diskDiagnostics.handOver(uri);
    const diagnostics = outcomeDiagnostics(outcome, uri, (offset) => document.positionAt(offset));
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /** Lints and reports the side findings (rule failures, bad settings, broken config files). */
  function lintText(uri: string, text: string, current: ServerSettings): DocumentLintOutcome {
    const outcome = linter.lint(uri, text, current);
    for (const failure of outcome.failures) {
      logOnce(`failure:${failure.ruleId}`, `copydesk: rule ${failure.ruleId} failed (first seen on ${uri}): ${failure.message}`);
    }
    for (const problem of outcome.settingProblems) logOnce(`setting:${problem}`, `copydesk: setting skipped: ${problem}`);
    if (outcome.truncated) {
      const { afterMs, budgetMs, skipped } = outcome.truncated;
      logOnce(`budget:${uri}`, `copydesk: linting ${uri} stopped after ${afterMs} ms (time budget ${budgetMs} ms); skipped: ${skipped.join(', ')}`);
    }
    configProblems.sync(configs.problems(), outcome.locale);
    return outcome;
  }

  function logOnce(key: string, message: string): void {
    if (logged.has(key)) return;
    logged.add(key);
    connection.console.warn(message);
  }

  /** The findings of the document as it is now (the last lint when it is current). */
  async function currentOutcome(document: TextDocument): Promise<{ outcome: DocumentLintOutcome; settings: ServerSettings }> {
    const current = await settings.forDocument(document.uri);
    const last = lastLint.get(document.uri);
    if (last && last.version === document.version) return { outcome: last.outcome, settings: current };
    return { outcome: lintText(document.uri, document.getText(), current), settings: current };
  }

  documents.onDidOpen((event) => {
    handledVersion.set(event.document.uri, event.document.version);
    workspaceIndex.documentOpened(event.document.uri, event.document.getText());
    requestLint(event.document.uri, 'open');
  });
  documents.onDidChangeContent((event) => {
    // TextDocuments also reports the opening as a change, and a dropped out-of-order change
    // (see ordered-documents.ts) as one that left the version as it was: nothing new to lint.
    if (handledVersion.get(event.document.uri) === event.document.version) return;
    handledVersion.set(event.document.uri, event.document.version);
    workspaceIndex.documentChanged(event.document.uri);
    requestLint(event.document.uri, 'change');
  });
  documents.onDidSave((event) => {
    const saved = event.document.uri;
    workspaceIndex.documentOpened(saved, event.document.getText());
    void settings.forDocument(saved).then((current) => {
      if (current.lint.run === 'onSave') requestLint(saved, 'save');
    });
    // What the saved draft says may change the cross-document findings of the others.
    for (const document of documents.all()) if (document.uri !== saved) requestLint(document.uri, 'refresh');
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.cancel(uri);
    lastLint.delete(uri);
    handledVersion.delete(uri);
    settings.forget(uri);
    const file = pathFromUri(uri);
    // Unsaved edits are gone: the index goes back to the file on disk.
    if (file && isInWorkspace(uri)) workspaceIndex.updateFromDisk(file);
    else workspaceIndex.remove(uri);
    if (file && diskDiagnostics.has(uri)) void diskDiagnostics.lintFile(file);
    else void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // ---- files on disk ----------------------------------------------------------

  /** Lints a draft for the workspace lint: the editor's text when it is open, else the file. */
  async function lintWorkspaceFile(file: string): Promise<number> {
    const uri = uriFromPath(file);
    if (!documents.get(uri)) return diskDiagnostics.lintFile(file);
    await lintOpenDocument(uri, { isStale: false });
    return lastLint.get(uri)?.outcome.findings.length ?? 0;
  }

  connection.onDidChangeWatchedFiles(async (params) => {
    let configChanged = false;
    let markdownChanged = false;
    for (const change of params.changes) {
      const file = pathFromUri(change.uri);
      if (!file) continue;
      if (configs.affects(file)) configChanged = true;
      if (!MARKDOWN_FILE.test(file)) continue;
      if (isInWorkspace(change.uri)) {
        // A saved open document was handled by didSave.
        if (!documents.get(change.uri)) markdownChanged = true;
        if (change.type === FileChangeType.Deleted) workspaceIndex.remove(change.uri);
        else workspaceIndex.updateFromDisk(file);
      }
      await diskDiagnostics.changed(change.uri, file, change.type === FileChangeType.Deleted);
    }
    if (configChanged) {
      configs.clear();
      relintEverything();
    } else if (markdownChanged) {
      relintOpenDocuments();
    }
  });

  connection.onDidChangeConfiguration((params) => {
    settings.changed(params.settings);
    // Whether config files may reach outside the workspace is a setting: load them again.
    configs.clear();
    relintEverything();
  });

  /** After a configuration change: every open document, and the files published from disk. */
  function relintEverything(): void {
    lastLint.clear();
    relintOpenDocuments();
    if (documents.all().length === 0) configProblems.sync(configs.problems(), clientLocale);
    void diskDiagnostics.relintAll(pathFromUri);
  }

  // ---- code actions and commands ----------------------------------------------

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { outcome, settings: current } = await currentOutcome(document);
    if (!current.enable) return [];
    const text = document.getText();
    const fixAllCache = new Map<string, TextEdit[]>();
    return codeActions({
      text,
      locale: outcome.locale,
      diagnostics: params.context.diagnostics,
      only: params.context.only,
      findings: outcome.findings,
      fixAllEdits(ruleId) {
        const key = ruleId ?? '';
        let edits = fixAllCache.get(key);
        if (!edits) {
          edits = fixAllTextEdits(document, outcome.findings, current, ruleId);
          fixAllCache.set(key, edits);
        }
        return edits;
      },
      documentEdit: (edits) => documentEdit(document, edits),
      disableInWorkspace: (ruleId) => disableInWorkspace(document.uri, ruleId, current),
    });
  });

  function fixAllTextEdits(document: TextDocument, findings: readonly Finding[], current: ServerSettings, ruleId?: string): TextEdit[] {
    const relint = (text: string) => linter.lint(document.uri, text, current).findings;
    return fixAll(document.getText(), findings, relint, ruleId).edits.map((edit) => ({
      range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
      newText: edit.text,
    }));
  }

  /** Edits of one document, tied to its version when the client can check it. */
  function documentEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (capabilities.workspace?.workspaceEdit?.documentChanges) {
      return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
    }
    return { changes: { [document.uri]: edits } };
  }

  function disableInWorkspace(uri: string, ruleId: string, current: ServerSettings): WorkspaceEdit | undefined {
    const file = pathFromUri(uri);
    const root = file ? folders.rootFor(file) : undefined;
    // An untrusted workspace reads no config file, so writing one would change nothing.
    if (!file || !root || !current.trusted) return undefined;
    return disableInWorkspaceEdit({
      ruleId,
      root,
      configFile: configs.configFileFor(file, root),
      openDocument: (configUri) => {
        const open = documents.get(configUri);
        return open ? { text: open.getText(), version: open.version } : undefined;
      },
      supportsDocumentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      supportsCreate: capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true,
    });
  }

  connection.onExecuteCommand(async (params: ExecuteCommandParams, _token, reporter: WorkDoneProgressReporter) => {
    if (params.command === LINT_WORKSPACE_COMMAND) return runWorkspaceLint(reporter);
    if (params.command === FIX_ALL_COMMAND) return runFixAll(params.arguments?.[0]);
    throw new Error(`copydesk: unknown command ${params.command}`);
  });

  async function runWorkspaceLint(attached: WorkDoneProgressReporter): Promise<WorkspaceLintSummary> {
    // A client that sent no token may still show progress the server starts itself.
    const clientSentToken = !WorkDoneProgressReporter.isNullInstance(attached);
    const progress = !clientSentToken && capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress() : attached;
    return lintWorkspace({ folders: folders.all, lintFile: lintWorkspaceFile, progress, title: serverMessage('lintingWorkspace', clientLocale) });
  }

  /** `copydesk.fixAll` with the document URI (a string or `{uri}`): applies every fix through the client. */
  async function runFixAll(argument: unknown): Promise<{ applied: boolean }> {
    const uri = typeof argument === 'string' ? argument : (argument as { uri?: unknown } | undefined)?.uri;
    const document = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!document) return { applied: false };
    const { outcome, settings: current } = await currentOutcome(document);
    const edits = fixAllTextEdits(document, outcome.findings, current);
    if (edits.length === 0) return { applied: false };
    const result = await connection.workspace.applyEdit({ label: serverMessage('fixAll', outcome.locale), edit: documentEdit(document, edits) });
    return { applied: result.applied };
  }

  connection.onShutdown(() => {
    scheduler.dispose();
    workspaceIndex.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

function readDraftText(file: string): string | undefined {
  const read = readDraft(path.resolve(file));
  return read.ok ? read.text : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
