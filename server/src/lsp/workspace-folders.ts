/** The workspace folders the client opened, as paths; a file belongs to the innermost one. */
import path from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver/node';
import { pathFromUri } from './uri.js';

export class WorkspaceFolders {
  private folders: string[] = [];

  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders && folders.length > 0 ? folders.map((folder) => folder.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.map(pathFromUri).filter((folder): folder is string => folder !== undefined);
  }

  add(folder: WorkspaceFolder): void {
    const added = pathFromUri(folder.uri);
    if (added && !this.folders.includes(added)) this.folders.push(added);
  }

  remove(folder: WorkspaceFolder): void {
    const removed = pathFromUri(folder.uri);
    this.folders = this.folders.filter((candidate) => candidate !== removed);
  }

  get all(): readonly string[] {
    return this.folders;
  }

  /** The innermost folder containing `file`, or undefined for files outside the workspace. */
  rootFor(file: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      const relative = path.relative(folder, file);
      const inside = relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
      if (inside && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }
}
