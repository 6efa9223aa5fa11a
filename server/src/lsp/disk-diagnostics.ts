/**
 * Diagnostics of drafts that are not open in the editor: published by the
 * workspace lint, linted again when the file changes on disk, cleared when it
 * is deleted. A draft that is opened passes to the editor's text.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { LineIndex } from '../engine/line-index.js';
import { readDraft } from '../shell/read-draft.js';
import type { DocumentLintOutcome } from './document-linter.js';
import { outcomeDiagnostics } from './outcome-diagnostics.js';
import type { ServerSettings } from './settings.js';
import { uriFromPath } from './uri.js';

export interface DiskDiagnosticsOptions {
  /** Settings for closed files: those of their workspace folder. */
  settingsFor(file: string): Promise<ServerSettings>;
  lintText(uri: string, text: string, settings: ServerSettings): DocumentLintOutcome;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  isOpen(uri: string): boolean;
}

export class DiskDiagnostics {
  private readonly published = new Set<string>();

  constructor(private readonly options: DiskDiagnosticsOptions) {}

  /** True when the diagnostics shown for `uri` came from its file on disk. */
  has(uri: string): boolean {
    return this.published.has(uri);
  }

  /** The document was opened: the editor's text rules from now on. */
  handOver(uri: string): void {
    this.published.delete(uri);
  }

  /** Lints the file as saved and publishes; returns its number of findings. */
  async lintFile(file: string): Promise<number> {
    const uri = uriFromPath(file);
    const read = readDraft(file);
    const settings = await this.options.settingsFor(file);
    if (!read.ok || !settings.enable || this.options.isOpen(uri)) return 0;
    // Editors hide a byte-order mark from the document text; positions must not count it either.
    const text = read.text.replace(/^\uFEFF/, '');
    const outcome = this.options.lintText(uri, text, settings);
    const lines = new LineIndex(text);
    const diagnostics = outcomeDiagnostics(outcome, uri, (offset) => {
      const position = lines.position(offset);
      return { line: position.line - 1, character: position.column - 1 };
    });
    this.published.add(uri);
    this.options.publish(uri, diagnostics);
    return outcome.findings.length;
  }

  /** A file changed on disk: lint it again, or clear it when it was deleted. */
  async changed(uri: string, file: string, deleted: boolean): Promise<void> {
    if (!this.published.has(uri) || this.options.isOpen(uri)) return;
    if (!deleted) {
      await this.lintFile(file);
      return;
    }
    this.published.delete(uri);
    this.options.publish(uri, []);
  }

  /** After a configuration change: every closed file shown, in small steps. */
  async relintAll(fileOf: (uri: string) => string | undefined): Promise<void> {
    for (const uri of [...this.published]) {
      const file = fileOf(uri);
      if (file && !this.options.isOpen(uri)) await this.lintFile(file);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
