/**
 * A small LSP client for the server tests: spawns `node dist/server.cjs
 * --stdio` (built by test/setup/build.ts), speaks JSON-RPC to it, answers
 * its requests the way an editor would, and records what it publishes.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  ConfigurationParams,
  InitializeResult,
  PublishDiagnosticsParams,
  Registration,
  RegistrationParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkDoneProgressCreateParams,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** A `$/progress` notification as it arrives. */
export interface ProgressParams<T> {
  token: string | number;
  value: T;
}

const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SERVER_BUNDLE = path.join(REPO, 'dist', 'server.cjs');

/** Longest wait for a notification before a test fails with a description of what never came. */
const WAIT_LIMIT_MS = 30_000;

export const uriOf = (file: string): string => pathToFileURL(file).href;

export interface StartOptions {
  /** The workspace folder the client opens. */
  workspace: string;
  /** The `copydesk` settings section the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  /** The client's UI language (InitializeParams.locale). */
  locale?: string;
  /** False: the client cannot answer `workspace/configuration` (settings go in initializationOptions). */
  pullConfiguration?: boolean;
  initializationOptions?: unknown;
  /** How the server is started: `--stdio` (other editors) or `--node-ipc` (the VS Code client). */
  transport?: 'stdio' | 'node-ipc';
}

const CAPABILITIES = (pullConfiguration: boolean): ClientCapabilities => ({
  workspace: {
    configuration: pullConfiguration,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    applyEdit: true,
    executeCommand: {},
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
  },
});

export class TestClient {
  /** Every publishDiagnostics, in arrival order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly progress: ProgressParams<any>[] = [];
  readonly progressTokens: WorkDoneProgressCreateParams[] = [];
  readonly registrations: Registration[] = [];
  readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
  readonly logs: string[] = [];
  settings: Record<string, unknown>;
  private readonly listeners = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, TextDocument>();
  private stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: MessageConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
  }

  static async start(options: StartOptions): Promise<TestClient> {
    const child =
      options.transport === 'node-ipc'
        ? fork(SERVER_BUNDLE, ['--node-ipc'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
        : spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { cwd: REPO, stdio: 'pipe' });
    const connection =
      options.transport === 'node-ipc'
        ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
        : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    client.wire();
    connection.listen();
    const pull = options.pullConfiguration ?? true;
    const result: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(options.workspace),
      workspaceFolders: [{ uri: uriOf(options.workspace), name: path.basename(options.workspace) }],
      capabilities: CAPABILITIES(pull),
      locale: options.locale,
      initializationOptions: options.initializationOptions,
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  capabilities: InitializeResult['capabilities'] = {};

  /** The server's process id (to read its memory from /proc, or to kill it if it hangs). */
  get pid(): number {
    return this.child.pid!;
  }

  private wire(): void {
    const changed = () => this.listeners.forEach((listener) => listener());
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      changed();
    });
    this.connection.onNotification('$/progress', (params: ProgressParams<any>) => {
      this.progress.push(params);
      changed();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
      changed();
    });
    this.connection.onRequest('workspace/configuration', (params: ConfigurationParams) =>
      params.items.map((item) => (item.section === 'copydesk' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(...params.registrations);
      changed();
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', (params: WorkDoneProgressCreateParams) => {
      this.progressTokens.push(params);
      changed();
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.appliedEdits.push(params);
      changed();
      return { applied: true };
    });
  }

  open(file: string, text: string, languageId = 'markdown'): string {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends incremental changes; returns the new version. */
  change(uri: string, changes: TextDocumentContentChangeEvent[]): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const document = this.texts.get(uri)!;
    TextDocument.update(document, changes, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces the first occurrence of `find` with `replace` as one incremental change. */
  replace(uri: string, find: string, replace: string): number {
    const document = this.texts.get(uri)!;
    const start = document.getText().indexOf(find);
    if (start < 0) throw new Error(`"${find}" is not in ${uri}`);
    return this.change(uri, [{ range: { start: document.positionAt(start), end: document.positionAt(start + find.length) }, text: replace }]);
  }

  /** Applies edits (from a code action) to the client's copy and sends them as one change. */
  applyEdit(uri: string, edit: WorkspaceEdit): number {
    return this.change(uri, textEditsFor(uri, edit).map((textEdit) => ({ range: textEdit.range, text: textEdit.newText })));
  }

  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  save(uri: string): void {
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    this.texts.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  changeConfiguration(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: { copydesk: settings } });
  }

  filesChanged(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The first publish for `uri` (at index `since` or later) that satisfies `accept`. */
  waitForDiagnostics(
    uri: string,
    accept: (params: PublishDiagnosticsParams) => boolean = () => true,
    since = 0,
    limitMs = WAIT_LIMIT_MS,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.published.slice(since).find((params) => params.uri === uri && accept(params)), limitMs);
  }

  /**
   * Resolves with `find()`'s value as soon as it is defined (re-checked on
   * every message); fails after `limitMs` (raise it only for documents the
   * server is expected to chew on, such as a 5 MB paste).
   */
  waitFor<T>(what: string, find: () => T | undefined, limitMs = WAIT_LIMIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return false;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`waited ${limitMs} ms for ${what}; server stderr:\n${this.stderr}\nlogs:\n${this.logs.join('\n')}`));
      }, limitMs);
      if (!check()) this.listeners.add(check);
    });
  }

  /** Published diagnostics for `uri`, in order. */
  publishesFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((params) => params.uri === uri);
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** The text edits a WorkspaceEdit makes to one document (either `changes` or `documentChanges`). */
export function textEditsFor(uri: string, edit: WorkspaceEdit): TextEdit[] {
  if (edit.changes?.[uri]) return edit.changes[uri];
  const edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) edits.push(...(change.edits as TextEdit[]));
  }
  return edits;
}

/** `text` after a WorkspaceEdit's edits to `uri`. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), textEditsFor(uri, edit));
}
