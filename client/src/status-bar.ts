/**
 * The status bar item: how many Copydesk findings the active draft has (or
 * the whole workspace, when no draft is active), and a spinner while the
 * workspace lint runs. It counts the diagnostics VS Code already holds.
 */
import { Disposable, StatusBarAlignment, languages, window, type StatusBarItem, type TextEditor } from 'vscode';

const SOURCE = 'copydesk';

export class StatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly listeners: Disposable[];
  private progress: string | undefined;

  constructor() {
    this.item = window.createStatusBarItem('copydesk.status', StatusBarAlignment.Right, 100);
    this.item.name = 'Copydesk';
    this.item.command = 'workbench.actions.view.problems';
    this.listeners = [
      languages.onDidChangeDiagnostics(() => this.render()),
      window.onDidChangeActiveTextEditor(() => this.render()),
    ];
    this.render();
    this.item.show();
  }

  /** Shows the spinner, with the server's progress message when there is one. */
  showProgress(message?: string, percentage?: number): void {
    const detail = [message, percentage === undefined ? undefined : `${Math.round(percentage)}%`].filter(Boolean).join(' ');
    this.progress = detail || 'linting the workspace';
    this.render();
  }

  hideProgress(): void {
    this.progress = undefined;
    this.render();
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.item.dispose();
  }

  private render(): void {
    if (this.progress) {
      this.item.text = `$(sync~spin) Copydesk: ${this.progress}`;
      this.item.tooltip = 'Copydesk is linting every Markdown file in the workspace';
      return;
    }
    const editor = window.activeTextEditor;
    const count = editor && isDraft(editor) ? countIn(editor) : countEverywhere();
    const scope = editor && isDraft(editor) ? 'this draft' : 'the workspace';
    this.item.text = count === 0 ? '$(check) Copydesk' : `$(warning) Copydesk: ${count}`;
    this.item.tooltip = `${count === 0 ? 'No' : count} Copydesk finding${count === 1 ? '' : 's'} in ${scope}. Click to open the Problems panel.`;
  }
}

function isDraft(editor: TextEditor): boolean {
  return editor.document.languageId === 'markdown' || editor.document.languageId === 'plaintext';
}

function countIn(editor: TextEditor): number {
  return languages.getDiagnostics(editor.document.uri).filter((diagnostic) => diagnostic.source === SOURCE).length;
}

function countEverywhere(): number {
  let count = 0;
  for (const [, diagnostics] of languages.getDiagnostics()) {
    count += diagnostics.filter((diagnostic) => diagnostic.source === SOURCE).length;
  }
  return count;
}
