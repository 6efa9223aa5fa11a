/**
 * Leaves a draft with findings open and the Problems panel showing, then lets
 * the outer runner take its screenshot while the extension host still runs
 * (once the suite returns, VS Code stops the extension host and the Problems
 * panel empties). The runner answers by creating the marker file.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import { openDraft, waitForRule, workspaceRoot, writeDraft } from './helpers.js';
import { LATE_PARAGRAPH, MIXED_DATES_DRAFT } from './drafts.js';

export const SCREENSHOT_READY = 'copydesk-vscode-suite: ready for screenshot';
export const SCREENSHOT_TAKEN_MARKER = '.screenshot-taken';

export async function showProblemsForScreenshot(): Promise<void> {
  const uri = await writeDraft('bao-so-4-ban-nhap.md', MIXED_DATES_DRAFT + LATE_PARAGRAPH);
  await openDraft(uri);
  await waitForRule(uri, 'date-format').catch(() => undefined);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  console.log(SCREENSHOT_READY);
  const marker = path.join(workspaceRoot(), SCREENSHOT_TAKEN_MARKER);
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (await access(marker).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
