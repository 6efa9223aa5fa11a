/**
 * Keeps the cross-document WorkspaceIndex of the workspace's Markdown up to
 * date for the fact rules: built in the background after start-up in small
 * batches (so a keystroke's lint never waits for it), then updated from the
 * editor's text a little after typing pauses, and from disk when files change.
 */
import { WorkspaceIndex } from '../facts/workspace-index.js';
import { DEFAULT_MAX_FILE_SIZE, readDraft } from '../shell/read-draft.js';
import { LintScheduler } from './scheduler.js';
import { uriFromPath } from './uri.js';
import { workspaceDrafts } from './workspace-lint.js';

/** Files indexed per turn of the event loop while building. */
const BUILD_BATCH = 4;
/**
 * How long after the last keystroke an open document's entry is refreshed.
 * Only the other documents' cross-document findings depend on it, so it
 * waits for a real pause: re-indexing parses the document again.
 */
const OPEN_DOCUMENT_DELAY_MS = 1_500;

export class WorkspaceIndexFeed {
  readonly index = new WorkspaceIndex();
  private readonly updates = new LintScheduler();
  private generation = 0;

  /**
   * @param openText the editor's text of a document that is open, else undefined
   * @param isLinting true while a lint of the document is waiting or running: indexing waits for it
   */
  constructor(
    private readonly openText: (uri: string) => string | undefined,
    private readonly isLinting: (uri: string) => boolean = () => false,
  ) {}

  /**
   * Indexes every draft of the folders (open documents from the editor's
   * text); resolves with the number of files read from disk, 0 when a newer
   * build took over.
   */
  async build(folders: readonly string[]): Promise<number> {
    const generation = ++this.generation;
    const files = await workspaceDrafts(folders);
    let fromDisk = 0;
    for (let next = 0; next < files.length; next += BUILD_BATCH) {
      if (generation !== this.generation) return 0;
      for (const file of files.slice(next, next + BUILD_BATCH)) {
        if (this.openText(uriFromPath(file)) === undefined) fromDisk++;
        this.updateFromDisk(file);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    return generation === this.generation ? fromDisk : 0;
  }

  /** An open document changed: its entry follows once typing pauses. */
  documentChanged(uri: string): void {
    this.updates.schedule(uri, OPEN_DOCUMENT_DELAY_MS, () => {
      if (this.isLinting(uri)) return this.documentChanged(uri);
      const text = this.openText(uri);
      if (text !== undefined) this.indexText(uri, text);
    });
  }

  /** Indexes the editor's text now (opened or saved). */
  documentOpened(uri: string, text: string): void {
    this.updates.cancel(uri);
    this.indexText(uri, text);
  }

  /** A file was created or changed on disk; an open document keeps the editor's text. */
  updateFromDisk(file: string): void {
    const uri = uriFromPath(file);
    const open = this.openText(uri);
    if (open !== undefined) {
      this.indexText(uri, open);
      return;
    }
    const read = readDraft(file);
    if (read.ok) this.index.update(uri, read.text);
    else this.index.remove(uri);
  }

  /**
   * The editor's text of a draft, unless it is larger than a file the
   * server would read from disk: a pasted 50 MB feed is not an article, and
   * indexing it would stall every keystroke behind it.
   */
  private indexText(uri: string, text: string): void {
    if (Buffer.byteLength(text, 'utf8') > DEFAULT_MAX_FILE_SIZE) this.index.remove(uri);
    else this.index.update(uri, text);
  }

  /** Drops the entries `keep` rejects (files of a workspace folder that was removed). */
  prune(keep: (uri: string) => boolean): void {
    for (const uri of [...this.index.uris()]) if (!keep(uri)) this.remove(uri);
  }

  remove(uri: string): void {
    this.updates.cancel(uri);
    this.index.remove(uri);
  }

  dispose(): void {
    this.generation++;
    this.updates.dispose();
  }
}
