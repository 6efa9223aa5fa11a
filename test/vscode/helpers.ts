/** Small helpers for tests that run inside the real VS Code extension host. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'copydesk.copydesk';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder');
  return folder.uri.fsPath;
}

/** Writes a draft into the test workspace and returns its URI. */
export async function writeDraft(name: string, text: string): Promise<vscode.Uri> {
  const file = path.join(workspaceRoot(), name);
  await writeFile(file, text, 'utf8');
  return vscode.Uri.file(file);
}

export async function openDraft(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'copydesk');
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === undefined ? undefined : String(code);
}

/**
 * Resolves with the first value `probe` returns that is not undefined,
 * probing again whenever diagnostics change (and every 250 ms, for changes
 * that do not show up as diagnostics). Fails with `what` after `timeoutMs`.
 */
export function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = () => {
      const value = probe();
      if (value === undefined) return;
      finish();
      resolve(value);
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
    const interval = setInterval(check, 250);
    const timeout = setTimeout(() => {
      finish();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const finish = () => {
      listener.dispose();
      clearInterval(interval);
      clearTimeout(timeout);
    };
    check();
  });
}

/** Waits until the draft has a Copydesk diagnostic of `ruleId`; returns them all. */
export function waitForRule(uri: vscode.Uri, ruleId: string): Promise<vscode.Diagnostic[]> {
  return waitFor(`a ${ruleId} diagnostic in ${path.basename(uri.fsPath)}`, () => {
    const found = copydeskDiagnostics(uri).filter((diagnostic) => ruleOf(diagnostic) === ruleId);
    return found.length > 0 ? found : undefined;
  });
}

/** Waits until the draft has no Copydesk diagnostic of `ruleId` any more. */
export function waitForNoRule(uri: vscode.Uri, ruleId: string): Promise<true> {
  return waitFor(`the ${ruleId} diagnostics of ${path.basename(uri.fsPath)} to go away`, () =>
    copydeskDiagnostics(uri).some((diagnostic) => ruleOf(diagnostic) === ruleId) ? undefined : true,
  );
}

/**
 * Asks `attempt` again (every 250 ms) until it returns a value: VS Code
 * cancels a code action request when the document or the provider set moves
 * under it, which a person would answer by asking again. Fails with the last
 * reason after `timeoutMs`.
 */
export async function eventually<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
