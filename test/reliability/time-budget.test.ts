/**
 * A lint that takes too long is cut off with a message: the engine's
 * `timeBudgetMs`, the CLI's `--time-budget` and the server's
 * `copydesk.lint.timeBudgetMs`, on a large real draft (corpus articles pasted
 * into one file) with a budget too small for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { rules } from '../../rules/index.js';
import { lint } from '../../server/src/engine/index.js';
import { corpusAvailable, CORPUS_MISSING, loadCorpusDrafts } from '../helpers/corpus.js';
import { runCli, workspace } from '../helpers/cli.js';
import { TestClient } from '../lsp/client.js';

/** The rules a default configuration runs (every rule is on by default), in the order the engine runs them. */
const ENABLED = rules.map((rule) => rule.id);

/** About 60 articles in one file, the way a whole archive page gets pasted. */
function largeDraft(): string {
  return loadCorpusDrafts()
    .slice(0, 60)
    .map((draft) => draft.markdown)
    .join('\n\n');
}

/** The skipped rules must be the enabled rules from some point on, in order. */
function expectSuffixOfEnabled(skipped: string[]): void {
  expect(skipped.length).toBeGreaterThan(0);
  expect(skipped).toEqual(ENABLED.slice(ENABLED.length - skipped.length));
}

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'time budget' : CORPUS_MISSING, () => {
  let draft: string;
  beforeAll(() => {
    draft = largeDraft();
  });

  describe('engine', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('runs rules in order until the budget is spent, then skips the rest and names them', () => {
      const full = lint(draft, { rules });
      expect(full.truncated).toBeUndefined();
      // A clock that moves 1 ms each time it is read: the budget runs out after a few rules, whatever the machine.
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now++);
      const cut = lint(draft, { rules, timeBudgetMs: 4 });
      vi.restoreAllMocks();

      expect(cut.truncated).toBeDefined();
      const { skipped, afterMs } = cut.truncated!;
      expectSuffixOfEnabled(skipped);
      expect(skipped.length, 'some rules ran before the budget was spent').toBeLessThan(ENABLED.length);
      expect(afterMs).toBeGreaterThanOrEqual(4);
      // What the rules that ran found is exactly what they find without a budget.
      const ran = new Set(ENABLED.filter((id) => !skipped.includes(id)));
      expect(cut.findings).toEqual(full.findings.filter((finding) => ran.has(finding.ruleId)));
      expect(full.findings.some((finding) => skipped.includes(finding.ruleId)), 'the skipped rules had something to say').toBe(true);
    });

    it('does not count rules that are off', () => {
      let now = 0;
      vi.spyOn(performance, 'now').mockImplementation(() => now++);
      const settings = new Map(ENABLED.slice(-3).map((id) => [id, { severity: 'off' as const, options: {} }]));
      const cut = lint(draft, { rules, settings, timeBudgetMs: 4 });
      expect(cut.truncated!.skipped.some((id) => settings.has(id))).toBe(false);
    });
  });

  describe('CLI --time-budget', () => {
    let dir: string;
    beforeAll(() => {
      dir = workspace({ 'luu-tru.md': draft });
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints one warning line naming the skipped rules and reports only what the rules that ran found', () => {
      const run = runCli(['check', '--format', 'json', '--time-budget', '1'], dir);
      const warnings = run.stderr.split('\n').filter(Boolean);
      expect(warnings).toHaveLength(1);
      const match = /^copydesk: luu-tru\.md: stopped after \d+ ms \(--time-budget 1\); skipped rules: (.+)$/.exec(warnings[0]);
      expect(match, warnings[0]).not.toBeNull();
      const skipped = match![1].split(', ');
      expectSuffixOfEnabled(skipped);
      const [report] = JSON.parse(run.stdout);
      expect(report.findings.filter((finding: { ruleId: string }) => skipped.includes(finding.ruleId))).toEqual([]);

      // Without a budget the same draft is linted whole, with no warning.
      const whole = runCli(['check', '--format', 'json'], dir);
      expect(whole.stderr).toBe('');
      const [wholeReport] = JSON.parse(whole.stdout);
      expect(wholeReport.findings.some((finding: { ruleId: string }) => skipped.includes(finding.ruleId))).toBe(true);
    });

    it('takes a whole number of milliseconds', () => {
      for (const value of ['0', '-5', '1.5', 'soon']) {
        const run = runCli(['check', `--time-budget=${value}`], dir);
        expect(run.code, value).toBe(2);
        expect(run.stderr, value).toMatch(/--time-budget takes a whole number of milliseconds/);
      }
    });
  });

  describe('server copydesk.lint.timeBudgetMs', () => {
    let folder: string;
    let client: TestClient | undefined;
    afterEach(async () => {
      await client?.stop();
      client = undefined;
      rmSync(folder, { recursive: true, force: true });
    });

    const budgetNotice = (params: PublishDiagnosticsParams) => params.diagnostics.filter((diagnostic) => String(diagnostic.message).includes('timeBudgetMs'));

    it('publishes one Information diagnostic naming the skipped rules, and lints whole once the budget is lifted', async () => {
      folder = mkdtempSync(path.join(tmpdir(), 'copydesk-budget-'));
      client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0, timeBudgetMs: 1 } } });
      const uri = client.open(path.join(folder, 'luu-tru.md'), draft);

      const cut = await client.waitForDiagnostics(uri);
      const notices = budgetNotice(cut);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ severity: 3, source: 'copydesk', range: { start: { line: 0, character: 0 } } });
      expect(notices[0].code).toBeUndefined();
      const skipped = ENABLED.filter((id) => String(notices[0].message).includes(id));
      expectSuffixOfEnabled(skipped);
      expect(cut.diagnostics.filter((diagnostic) => skipped.includes(String(diagnostic.code)))).toEqual([]);
      expect(client.logs.filter((line) => line.includes('stopped after'))).toHaveLength(1);

      // 0 lifts the budget: the skipped rules report again, and the notice goes.
      const since = client.published.length;
      client.changeConfiguration({ lint: { debounceMs: 0, timeBudgetMs: 0 } });
      const whole = await client.waitForDiagnostics(uri, () => true, since);
      expect(budgetNotice(whole)).toEqual([]);
      expect(whole.diagnostics.some((diagnostic) => skipped.includes(String(diagnostic.code)))).toBe(true);
    });
  });
});
