/**
 * The WorkspaceEdit behind "Disable <rule> in this workspace": `rules.<id>:
 * off` in the config file that applies to the document, or a new
 * `.copydesk.yml` at the workspace folder when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CreateFile, TextDocumentEdit, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { disableRuleInConfig } from './config-edit.js';
import { editsBetween } from './text-diff.js';
import { uriFromPath } from './uri.js';

export interface DisableInWorkspaceOptions {
  ruleId: string;
  /** The workspace folder of the document. */
  root: string;
  /** The config file that applies to the document, if any. */
  configFile: string | undefined;
  /** The text and version of the config file when it is open in the editor. */
  openDocument(uri: string): { text: string; version: number } | undefined;
  supportsDocumentChanges: boolean;
  supportsCreate: boolean;
}

export function disableInWorkspaceEdit(options: DisableInWorkspaceOptions): WorkspaceEdit | undefined {
  const file = options.configFile ?? path.join(options.root, '.copydesk.yml');
  const uri = uriFromPath(file);
  const open = options.openDocument(uri);
  const exists = open !== undefined || existsSync(file);
  const before = open?.text ?? (exists ? readText(file) : undefined);
  if (exists && before === undefined) return undefined;
  const after = disableRuleInConfig(file, before, options.ruleId);
  if (after === undefined) return undefined;

  if (!exists) {
    if (!options.supportsDocumentChanges || !options.supportsCreate) return undefined;
    return {
      documentChanges: [
        CreateFile.create(uri, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri, version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: after }]),
      ],
    };
  }
  const text = before ?? '';
  const positions = TextDocument.create(uri, 'yaml', 0, text);
  const edits: TextEdit[] = editsBetween(text, after).map((edit) => ({
    range: { start: positions.positionAt(edit.start), end: positions.positionAt(edit.end) },
    newText: edit.text,
  }));
  if (options.supportsDocumentChanges) {
    return { documentChanges: [TextDocumentEdit.create({ uri, version: open?.version ?? null }, edits)] };
  }
  return { changes: { [uri]: edits } };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
