/**
 * A folder opened in the editor (or checked out in CI) may be hostile. Its
 * configuration must not hang the linter with a regular expression, read
 * files outside it unless the user's own settings allow it, or run code.
 * Tested through the CLI process and the server over JSON-RPC.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CLI } from '../helpers/cli.js';
import { TestClient, uriOf } from '../lsp/client.js';

const MIXED_DATES = '# Hội chợ hàng Việt\n\nSáng 27/9, hội chợ khai mạc. Chiều 28/9, doanh nghiệp ký hợp đồng.\n\nTối 29-9, hội chợ mở cửa đến 22h.\n';

let base: string;
/** The workspace folder, inside `base`; `base` holds the files outside it. */
let folder: string;
let client: TestClient | undefined;

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'copydesk-untrusted-'));
  folder = path.join(base, 'toa-soan');
  mkdirSync(folder);
});

afterEach(async () => {
  if (client) {
    const running = client;
    client = undefined;
    // A server stuck in a regular expression or a blocking read never answers shutdown: kill it.
    let stuck: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      stuck = setTimeout(() => {
        process.kill(running.pid, 'SIGKILL');
        resolve();
      }, 10_000);
    });
    await Promise.race([running.stop(), killed]);
    clearTimeout(stuck);
  }
  rmSync(base, { recursive: true, force: true });
});

const write = (file: string, text: string) => writeFileSync(file, text);
const ofRule = (params: PublishDiagnosticsParams, ruleId: string) => params.diagnostics.filter((diagnostic) => diagnostic.code === ruleId);

/** The first configuration problem published (at index `since` or later), on whichever file it names. */
function configProblem(c: TestClient, since = 0) {
  return c.waitFor('a configuration problem', () =>
    c.published
      .slice(since)
      .flatMap((params) => params.diagnostics.filter((diagnostic) => diagnostic.code === 'config').map((diagnostic) => ({ uri: params.uri, diagnostic })))
      .at(0),
  );
}

/** The CLI in `cwd`, killed if it runs longer than the test may (a hang fails the test instead of stalling the run). */
function runCli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 45_000, env: { ...process.env, LANG: 'C', NO_COLOR: '1' } });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe('catastrophic regular expressions from configuration', () => {
  /** `(a+)+$` backtracks 2^n times on n letters "a" that end in "!". */
  const EVIL = '(a+)+$';
  const LONG_LINE = `${'a'.repeat(30_000)}!`;
  const CONFIG = [
    'rules:',
    `  boilerplate: [warning, { markers: [{ pattern: "Nguồn ảnh: ${EVIL}", kind: copyright, regex: true }] }]`,
    `  terminology: [warning, { entries: [{ expected: "b", pattern: "/${EVIL}/" }] }]`,
    '',
  ].join('\n');
  /** The trap lines, and at the end the same patterns where they do match (so they surely ran). */
  const DRAFT = `# Tin nhanh\n\nHội chợ khai mạc sáng nay tại Hà Nội.\n\nNguồn ảnh: ${LONG_LINE}\n\n${LONG_LINE}\n\nĐoạn cuối của bài viết.\n\nNguồn ảnh: aaa\n`;

  it('would hang JavaScript\'s own RegExp on the trap line', () => {
    const probe = spawnSync(process.execPath, ['-e', `new RegExp(${JSON.stringify(EVIL)}, 'u').test(${JSON.stringify(LONG_LINE)})`], { timeout: 3_000 });
    expect(probe.signal, 'the RegExp probe was killed, still backtracking').toBe('SIGTERM');
  });

  it('runs the same patterns to the end in the CLI (boilerplate markers and terminology entries)', { timeout: 60_000 }, () => {
    write(path.join(folder, '.copydesk.yml'), CONFIG);
    write(path.join(folder, 'tin.md'), DRAFT);
    const run = runCli(['check', '--format', 'json'], folder);
    expect(run.signal).toBeNull();
    const [report] = JSON.parse(run.stdout);
    expect(report.failures).toEqual([]);
    const found = report.findings.map((finding: { ruleId: string; line: number }) => [finding.ruleId, finding.line]);
    expect(found).toContainEqual(['boilerplate', 11]);
    expect(found).toContainEqual(['terminology', 11]);
    expect(found.filter(([, line]: [string, number]) => line === 5 || line === 7)).toEqual([]);
  });

  it('runs them to the end in the server', { timeout: 60_000 }, async () => {
    write(path.join(folder, '.copydesk.yml'), CONFIG);
    client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } });
    const uri = client.open(path.join(folder, 'tin.md'), DRAFT);
    const published = await client.waitForDiagnostics(uri);
    expect(ofRule(published, 'boilerplate').map((diagnostic) => diagnostic.range.start.line)).toEqual([10]);
    expect(ofRule(published, 'terminology').map((diagnostic) => diagnostic.range.start.line)).toEqual([10]);
  });
});

describe('configuration that points outside the workspace', () => {
  beforeEach(() => {
    write(path.join(base, 'house.yml'), 'rules:\n  date-format: off\n');
    write(path.join(base, 'facts.yml'), 'people:\n  - name: Lê Minh Ngân\n    title: Thứ trưởng Bộ Tài nguyên và Môi trường\n');
    write(path.join(base, 'tu-dien.yml'), 'version: 1\nrules:\n  - expected: Hà Nội\n    pattern: Hanoi\n');
  });

  const DRAFT = `${MIXED_DATES}\nBộ trưởng Bộ Tài nguyên và Môi trường Lê Minh Ngân chủ trì hội nghị tại Hanoi.\n`;
  const CASES = [
    { key: 'extends', config: 'extends: ../house.yml\n', applied: (params: PublishDiagnosticsParams) => ofRule(params, 'date-format').length === 0 },
    { key: 'facts', config: 'facts: ../facts.yml\n', applied: (params: PublishDiagnosticsParams) => ofRule(params, 'person-title').length > 0 },
    {
      key: 'rules.terminology.dictionaries[0]',
      config: 'rules:\n  terminology: [warning, { dictionaries: [../tu-dien.yml] }]\n',
      applied: (params: PublishDiagnosticsParams) => ofRule(params, 'terminology').length > 0,
    },
  ];

  for (const { key, config, applied } of CASES) {
    it(`refuses ${key} outside the workspace with a config diagnostic, unless the user's setting allows it`, async () => {
      const configFile = path.join(folder, '.copydesk.yml');
      write(configFile, config);
      client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } });
      const c = client;
      const uri = c.open(path.join(folder, 'nhap.md'), DRAFT);

      const problem = await c.waitForDiagnostics(uriOf(configFile));
      expect(problem.diagnostics).toHaveLength(1);
      expect(problem.diagnostics[0]).toMatchObject({ severity: 1, code: 'config' });
      expect(problem.diagnostics[0].message).toContain(`${key}: must stay inside the workspace`);
      expect(applied(await c.waitForDiagnostics(uri))).toBe(false);

      let since = c.published.length;
      c.changeConfiguration({ lint: { debounceMs: 0 }, allowConfigOutsideWorkspace: true });
      expect(applied(await c.waitForDiagnostics(uri, () => true, since))).toBe(true);
      expect((await c.waitForDiagnostics(uriOf(configFile), () => true, since)).diagnostics).toEqual([]);

      // An untrusted workspace reads no configuration at all, whatever the setting.
      since = c.published.length;
      c.changeConfiguration({ lint: { debounceMs: 0 }, allowConfigOutsideWorkspace: true, trusted: false });
      expect(applied(await c.waitForDiagnostics(uri, () => true, since))).toBe(false);
    });
  }

  it('follows symbolic links: a link inside the workspace to a file outside it is outside', async () => {
    symlinkSync(path.join(base, 'house.yml'), path.join(folder, 'house.yml'));
    const configFile = path.join(folder, '.copydesk.yml');
    write(configFile, 'extends: ./house.yml\n');
    client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } });
    const uri = client.open(path.join(folder, 'nhap.md'), MIXED_DATES);
    const problem = await client.waitForDiagnostics(uriOf(configFile));
    expect(problem.diagnostics[0].message).toContain('extends: must stay inside the workspace');
    expect(ofRule(await client.waitForDiagnostics(uri), 'date-format')).toHaveLength(1);
  });

  it('reads no FIFO the configuration names or that poses as a draft, which would block the server', async () => {
    const fifo = path.join(folder, 'house.yml');
    for (const name of [fifo, path.join(folder, 'ong-dan.md')]) expect(spawnSync('mkfifo', [name]).status, 'mkfifo works').toBe(0);
    write(path.join(folder, '.copydesk.yml'), 'extends: ./house.yml\n');
    client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } });
    const uri = client.open(path.join(folder, 'nhap.md'), MIXED_DATES);
    const problem = await configProblem(client);
    expect(problem.uri).toBe(uriOf(fifo));
    expect(problem.diagnostic.message).toContain('cannot read the file (not a regular file)');
    expect(ofRule(await client.waitForDiagnostics(uri), 'date-format')).toHaveLength(1);
    // The workspace lint walks past the FIFO draft instead of waiting on it.
    const summary = await client.request('workspace/executeCommand', { command: 'copydesk.lintWorkspace', arguments: [] });
    expect(summary).toMatchObject({ files: expect.any(Number) });
  });
});

describe('nothing from the workspace is run', () => {
  /** A script that leaves `marker` behind if anything ever executes it. */
  const script = (marker: string) => `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { rules: { 'date-format': 'off' } };\n`;

  it('ignores .copydesk.js and friends, even when a config or --config names one', { timeout: 60_000 }, async () => {
    const marker = path.join(base, 'ran.txt');
    for (const name of ['.copydesk.js', '.copydesk.cjs', '.copydesk.mjs', 'copydesk.config.js', 'copydesk.facts.js']) write(path.join(folder, name), script(marker));
    write(path.join(folder, 'tin.md'), MIXED_DATES);

    // Found by neither the CLI nor the server: the defaults apply.
    const cli = runCli(['check', '--format', 'json'], folder);
    expect(JSON.parse(cli.stdout)[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('date-format');
    client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } });
    const uri = client.open(path.join(folder, 'tin.md'), MIXED_DATES);
    expect(ofRule(await client.waitForDiagnostics(uri), 'date-format')).toHaveLength(1);

    // Named explicitly, a script is read as YAML data and refused.
    const named = runCli(['check', '--config', '.copydesk.cjs'], folder);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/invalid configuration: \.copydesk\.cjs/);
    const configFile = path.join(folder, '.copydesk.yml');
    write(configFile, 'extends: ./.copydesk.cjs\n');
    const since = client.published.length;
    client.filesChanged([{ uri: uriOf(configFile), type: 1 }]);
    expect((await configProblem(client, since)).uri).toBe(uriOf(path.join(folder, '.copydesk.cjs')));
    expect(runCli(['check'], folder).code).toBe(2);

    expect(existsSync(marker), 'a workspace script was executed').toBe(false);
  });

  it('does not evaluate YAML tags such as !!js/function in config, facts file or front matter', { timeout: 60_000 }, async () => {
    const marker = path.join(base, 'ran.txt');
    // What js-yaml's unsafe loader would have turned into code: called on load, and when read as text.
    const payload = `(function () { process.mainModule.require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); })()`;
    const tagged = `!!js/function ${JSON.stringify(payload)}`;
    const toStringTrap = `{ toString: !<tag:yaml.org,2002:js/function> ${JSON.stringify(`function () { ${payload}; }`)} }`;
    write(path.join(folder, '.copydesk.yml'), `locale: ${tagged}\nignore: [${toStringTrap}]\n`);
    write(path.join(folder, 'copydesk.facts.yml'), `people:\n  - name: ${tagged}\n    title: ${toStringTrap}\n`);
    const draft = `---\ntitle: ${tagged}\ndate: ${toStringTrap}\n---\n\n${MIXED_DATES}`;
    write(path.join(folder, 'tin.md'), draft);

    const cli = runCli(['check'], folder);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/invalid configuration: \.copydesk\.yml/);

    client = await TestClient.start({ workspace: folder, settings: { lint: { debounceMs: 0 } } });
    const uri = client.open(path.join(folder, 'tin.md'), draft);
    // Config and facts file are refused as data of the wrong shape; the draft is linted with the defaults.
    const config = await client.waitForDiagnostics(uriOf(path.join(folder, '.copydesk.yml')));
    expect(config.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['config']);
    const facts = await client.waitForDiagnostics(uriOf(path.join(folder, 'copydesk.facts.yml')));
    expect(facts.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['config']);
    const linted = await client.waitForDiagnostics(uri);
    expect(ofRule(linted, 'date-format')).toHaveLength(1);
    expect(linted.diagnostics.filter((diagnostic) => String(diagnostic.message).includes('failed'))).toEqual([]);

    expect(existsSync(marker), 'a YAML tag was evaluated').toBe(false);
  });
});
