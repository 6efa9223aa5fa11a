/**
 * "Lint all Markdown in the workspace": every draft under the workspace
 * folders (node_modules and .gitignore'd files left out, as the CLI does),
 * in small batches so edits keep their priority, with `$/progress` reports.
 */
import type { WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { findDrafts } from '../shell/find-drafts.js';

export const LINT_WORKSPACE_COMMAND = 'copydesk.lintWorkspace';
const BATCH_SIZE = 8;

export interface WorkspaceLintOptions {
  folders: readonly string[];
  /** Lints and publishes one file; returns its number of findings. */
  lintFile(file: string): Promise<number>;
  progress: WorkDoneProgressReporter;
  title: string;
}

export interface WorkspaceLintSummary {
  files: number;
  findings: number;
}

export async function lintWorkspace(options: WorkspaceLintOptions): Promise<WorkspaceLintSummary> {
  options.progress.begin(options.title, 0, undefined, false);
  try {
    const files = await workspaceDrafts(options.folders);
    let findings = 0;
    for (let done = 0; done < files.length; ) {
      for (const file of files.slice(done, done + BATCH_SIZE)) findings += await options.lintFile(file);
      done = Math.min(files.length, done + BATCH_SIZE);
      options.progress.report(Math.floor((done * 100) / files.length), `${done}/${files.length}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return { files: files.length, findings };
  } finally {
    options.progress.done();
  }
}

/** The Markdown drafts of the workspace folders, each once, sorted. */
export async function workspaceDrafts(folders: readonly string[]): Promise<string[]> {
  const lists = await Promise.all(folders.map((folder) => findDrafts(['.'], folder)));
  return [...new Set(lists.flatMap((list) => list.files))].sort();
}
