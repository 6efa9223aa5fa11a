/**
 * How the server's copy of an open document takes a change: only when the
 * change is newer. LSP versions only grow; a change carrying a version the
 * document already has, or an older one, comes from a confused or racing
 * client, and its ranges were computed against another text, so applying it
 * would garble the draft the server lints (and publish diagnostics for an
 * old version over a newer one). Such a change is dropped and reported.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';

export type StaleChangeHandler = (uri: string, version: number, current: number) => void;

export function orderedDocuments(onStale: StaleChangeHandler): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document, changes, version) {
      if (version <= document.version) {
        onStale(document.uri, version, document.version);
        return document;
      }
      return TextDocument.update(document, changes, version);
    },
  };
}
