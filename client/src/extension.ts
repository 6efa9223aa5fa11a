/**
 * The VS Code side of Copydesk: it starts the bundled language server over
 * node IPC and hands it the documents, settings and file events it needs.
 * All checking happens in the server; this file only wires editor to server.
 */
import { workspace, window, type ExtensionContext, type FileSystemWatcher, type LogOutputChannel } from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CLIENT_COMMANDS } from './command-ids.js';
import { registerCommands } from './commands.js';
import { StatusBar } from './status-bar.js';

/** Configuration, facts and drafts on disk: the server re-lints or re-indexes when they change. */
const WATCHED_FILES = ['**/.copydesk.{yml,yaml,json}', '**/copydesk.facts.{yml,yaml}', '**/*.md'];

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Copydesk', { log: true });
  const statusBar = new StatusBar();
  context.subscriptions.push(output, statusBar);
  registerCommands(context, { client: () => client, output, statusBar });
  // Created once: a client only hooks listeners to them, so a restarted
  // client reuses these instead of leaking new ones.
  const watchers = WATCHED_FILES.map((glob) => workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);

  // What the running client was started with; a new client is needed only
  // when one of these really changes (VS Code also reports configuration and
  // trust "changes" while it loads, which must not restart the server).
  let startedWith = { trusted: workspace.isTrusted, languages: draftLanguages().join() };
  const start = async () => {
    startedWith = { trusted: workspace.isTrusted, languages: draftLanguages().join() };
    client = createClient(context, output, watchers);
    await client.start();
  };
  const restart = async () => {
    await client?.stop();
    await start();
  };
  context.subscriptions.push(
    // The document selector and the initialization options are fixed for the
    // life of a client, so changing them means starting a new one.
    workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('copydesk')) return;
      if (draftLanguages().join() !== startedWith.languages) void restart();
      else void pushSettings();
    }),
    workspace.onDidGrantWorkspaceTrust(() => {
      if (!startedWith.trusted) void restart();
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function createClient(context: ExtensionContext, output: LogOutputChannel, watchers: FileSystemWatcher[]): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: draftLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    outputChannel: output,
    initializationOptions: { copydesk: trustSettings() },
    synchronize: { fileEvents: watchers },
    middleware: {
      workspace: {
        // Settings pulled by the server carry the workspace trust, so an
        // untrusted workspace is linted with the built-in defaults only.
        configuration: async (params, token, next) => {
          const values = await next(params, token);
          if (!Array.isArray(values)) return values;
          return values.map((value, index) =>
            params.items[index]?.section === 'copydesk' && value && typeof value === 'object'
              ? { ...value, ...trustSettings() }
              : value,
          );
        },
      },
    },
  };
  const created = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  keepClientCommands(created);
  return created;
}

/**
 * What the server must not take from the workspace: whether it is trusted,
 * and whether config files may reach outside it — the latter from the user's
 * own settings only, never a value a cloned repository could set.
 */
function trustSettings(): { trusted: boolean; allowConfigOutsideWorkspace: boolean } {
  const allow = workspace.getConfiguration('copydesk').inspect<boolean>('allowConfigOutsideWorkspace')?.globalValue === true;
  return { trusted: workspace.isTrusted, allowConfigOutsideWorkspace: allow && workspace.isTrusted };
}

/** The languages of the documents Copydesk checks. */
function draftLanguages(): string[] {
  return workspace.getConfiguration('copydesk').get<boolean>('plaintext') ? ['markdown', 'plaintext'] : ['markdown'];
}

/** Tells the server that `copydesk.*` settings changed, with their new values (push model). */
async function pushSettings(): Promise<void> {
  if (!client?.isRunning()) return;
  // A WorkspaceConfiguration serialises to its plain setting values.
  const copydesk = { ...JSON.parse(JSON.stringify(workspace.getConfiguration('copydesk'))), ...trustSettings() };
  await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { copydesk } });
}

/**
 * The client registers its own `copydesk.*` commands (they exist before the
 * server is up and add the editor context the server needs). When the server
 * advertises commands with the same names, registering them a second time
 * would make VS Code throw, so those are left to the client's handlers, which
 * forward to the server anyway.
 */
function keepClientCommands(languageClient: LanguageClient): void {
  const feature = languageClient.getFeature('workspace/executeCommand');
  const register = feature.register.bind(feature);
  feature.register = (data) =>
    register({
      ...data,
      registerOptions: {
        ...data.registerOptions,
        commands: data.registerOptions.commands.filter((command) => !CLIENT_COMMANDS.includes(command)),
      },
    });
}
