/**
 * `copydesk-ls`: the Copydesk language server. Editors start it with
 * `--stdio` (Neovim, Helix, Zed, Emacs…) or `--node-ipc` (the VS Code
 * extension); `--socket=<port>` and `--pipe=<name>` work too.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const USAGE = `Usage: copydesk-ls --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The Copydesk language server: style and fact checks for Markdown news drafts.
Start it from your editor's LSP client; see docs/editors.md for Neovim and Helix.
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
} else if (!args.some((arg) => TRANSPORTS.some((transport) => arg === transport || arg.startsWith(`${transport}=`)))) {
  process.stderr.write(`copydesk-ls: no transport given.\n${USAGE}`);
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
