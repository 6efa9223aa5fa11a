/** The commands the client registers (and the manifest contributes); no `vscode` import, so tests can read it. */
export const CLIENT_COMMANDS = ['copydesk.fixAll', 'copydesk.lintWorkspace', 'copydesk.openRuleDocs', 'copydesk.showOutput'];
