/**
 * The bundled language server over stdio for the benchmarks, initialised on a
 * folder and answering what an editor answers (configuration, capability
 * registration, progress).
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/**
 * @param {string} server path of dist/server.cjs
 * @param {string} root the workspace folder
 * @param {{ settings?: unknown, nodeArgs?: string[], onPublish?: (params: any) => void }} options
 *   settings: the `copydesk` section the server is given (null: its defaults)
 */
export async function startServer(server, root, { settings = null, nodeArgs = [], onPublish = () => {} } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onNotification('textDocument/publishDiagnostics', onPublish);
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'copydesk' ? settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  return {
    child,
    connection,
    async stop() {
      await connection.sendRequest('shutdown').catch(() => {});
      await connection.sendNotification('exit').catch(() => {});
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
      connection.dispose();
    },
  };
}
