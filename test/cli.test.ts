/** The CLI as a process: formats, exit codes, fixes, bad input, configuration. */
import { cpSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json' with { type: 'json' };
import { REPO, runCli, workspace } from './helpers/cli.js';
import { rules } from '../rules/index.js';

// The SARIF schema is JSON Schema draft 04; ajv-draft-04 is CommonJS with both a default and a module export.
const AjvDraft04 = ((ajvDraft04 as unknown as { default?: unknown }).default ?? ajvDraft04) as typeof ajvDraft04.default;

/** Two dates written with "/" and one with "-": the "-" one is the minority. */
const MIXED_DATES = '# Họp báo\n\nSáng 27/9, đoàn đến Hà Nội. Chiều 28/9, đoàn làm việc với thành phố.\n\nTối 29-9, đoàn về nước.\n';

describe('copydesk check', () => {
  it('reports findings with file:line:column and exits 0 when there are only warnings', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    const run = runCli(['check'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('draft.md');
    expect(run.stdout).toMatch(/5:5\s+warning\s+.*29-9.*date-format/);
  });

  it('exits 1 when a finding is an error, and with --max-warnings exceeded', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES, '.copydesk.yml': 'rules:\n  date-format: error\n' });
    expect(runCli(['check'], dir).code).toBe(1);
    const warnings = workspace({ 'draft.md': MIXED_DATES });
    expect(runCli(['check', '--max-warnings', '0'], warnings).code).toBe(1);
    expect(runCli(['check', '--max-warnings', '5'], warnings).code).toBe(0);
  });

  it('--quiet reports errors only', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    expect(runCli(['check', '--quiet'], dir).stdout).not.toContain('date-format');
  });

  it('prints JSON with 1-based positions and fixes', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    const [file] = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout);
    expect(file.file).toBe('draft.md');
    const finding = file.findings.find((f: { ruleId: string }) => f.ruleId === 'date-format');
    expect(finding).toMatchObject({ line: 5, column: 5, endLine: 5, endColumn: 9, severity: 'warning' });
    expect(finding.fixes[0].edits[0].text).toBe('29/9');
  });

  it('prints valid SARIF 2.1.0 with rules, regions, fixes and relative URIs', () => {
    const dir = workspace({ 'sub/draft.md': MIXED_DATES });
    const run = runCli(['check', '--format', 'sarif'], dir);
    const log = JSON.parse(run.stdout);
    const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.id));
    for (const rule of sarifRun.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`rules/${rule.id}\\.md$`));
    const result = sarifRun.results.find((r: { ruleId: string }) => r.ruleId === 'date-format');
    expect(result.level).toBe('warning');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('sub/draft.md');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 5, startColumn: 5, endLine: 5, endColumn: 9 });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('29/9');
  });

  it('on the bundled examples, prints valid SARIF with findings of every rule', () => {
    const log = JSON.parse(runCli(['check', '--format', 'sarif', 'examples/'], REPO).stdout);
    const validate = new AjvDraft04({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const found = new Set(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId));
    expect([...found].sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('prints GitHub workflow annotations', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    const run = runCli(['check', '--format', 'github'], dir);
    expect(run.stdout).toMatch(/^::warning file=draft\.md,line=5,col=5,endLine=5,endColumn=9,title=copydesk\(date-format\)::.*29-9/m);
  });

  it('honours .gitignore and skips node_modules when walking folders', () => {
    const dir = workspace({
      'keep.md': MIXED_DATES,
      'drafts/old/skip.md': MIXED_DATES,
      'node_modules/pkg/readme.md': MIXED_DATES,
      '.gitignore': 'drafts/old/\n',
    });
    const files = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout).map((f: { file: string }) => f.file);
    expect(files).toEqual(['keep.md']);
  });
});

describe('copydesk check --fix', () => {
  it('writes the fixes, leaves nothing fixable, and changes no byte outside the fixed range', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    const fixed = runCli(['check', '--fix'], dir);
    expect(fixed.code).toBe(0);
    const text = readFileSync(path.join(dir, 'draft.md'), 'utf8');
    expect(text).toBe(MIXED_DATES.replace('29-9', '29/9'));
    const again = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout);
    expect(again[0].findings.filter((f: { fixes: unknown[] }) => f.fixes.length > 0)).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    const run = runCli(['check', '--fix-dry-run'], dir);
    expect(run.stdout).toContain('--- a/draft.md');
    expect(run.stdout).toContain('-Tối 29-9, đoàn về nước.');
    expect(run.stdout).toContain('+Tối 29/9, đoàn về nước.');
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(MIXED_DATES);
  });

  it('fixes a copy of the examples so that a second check finds nothing fixable', () => {
    const dir = workspace({});
    cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
    runCli(['check', '--fix'], dir);
    const after = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout);
    for (const file of after) expect(file.findings.filter((f: { fixes: unknown[] }) => f.fixes.length > 0), file.file).toEqual([]);
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = '\uFEFF' + MIXED_DATES.replace(/\n/g, '\r\n');
    const dir = workspace({ 'draft.md': crlf });
    runCli(['check', '--fix'], dir);
    expect(readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(crlf.replace('29-9', '29/9'));
  });
});

describe('bad input and configuration: one line on stderr, exit 2', () => {
  it('a malformed YAML config', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES, '.copydesk.yml': 'rules:\n  date-format: [warning\n' });
    const run = runCli(['check'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^copydesk: invalid configuration: \.copydesk\.yml(:\d+)?: .*YAML/);
  });

  it('a config with an unknown rule, a bad severity, or a bad option names the key', () => {
    const cases: Array<[string, RegExp]> = [
      ['rules:\n  no-such-rule: warning\n', /rules\.no-such-rule: unknown rule/],
      ['rules:\n  date-format: loud\n', /rules\.date-format: must be off, info, warning, error/],
      ['rules:\n  date-format: [warning, {separator: "|"}]\n', /rules\.date-format\.separator: must be one of/],
      ['rulez: {}\n', /unknown key "rulez"/],
    ];
    for (const [config, message] of cases) {
      const run = runCli(['check'], workspace({ 'draft.md': MIXED_DATES, '.copydesk.yml': config }));
      expect(run.code, config).toBe(2);
      expect(run.stderr, config).toMatch(message);
      expect(run.stderr.trim().split('\n'), config).toHaveLength(1);
    }
  });

  it('a missing file', () => {
    const run = runCli(['check', 'missing.md'], workspace({}));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('copydesk: missing.md: does not exist\n');
  });

  it('a folder of binaries, a binary .md, UTF-16 and broken UTF-8 each get a clear line', () => {
    const dir = workspace({
      'bin/a.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'bad/binary.md': Buffer.from([0x23, 0x20, 0, 0xff]),
      'bad/utf16.md': Buffer.from('\uFEFF# hi', 'utf16le'),
      'bad/latin1.md': Buffer.from([0x23, 0x20, 0x48, 0xe0, 0x20, 0x4e]),
    });
    expect(runCli(['check', 'bin'], dir)).toMatchObject({ code: 2, stderr: 'copydesk: bin: no Markdown files (*.md, *.markdown) in this folder\n' });
    const run = runCli(['check', 'bad'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad/binary.md: is a binary file (NUL byte at offset 2)');
    expect(run.stderr).toContain('bad/utf16.md: is UTF-16 text');
    expect(run.stderr).toContain('bad/latin1.md: is not valid UTF-8 (first bad byte at offset 3)');
  });

  it('a symbolic link loop does not hang the walk', () => {
    const dir = workspace({ 'a/draft.md': MIXED_DATES });
    symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'loop'));
    const run = runCli(['check', '--format', 'json'], dir);
    expect(JSON.parse(run.stdout).map((f: { file: string }) => f.file)).toEqual(['a/draft.md']);
  });

  it('an unknown option or format', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    expect(runCli(['check', '--bogus'], dir).code).toBe(2);
    const run = runCli(['check', '--format', 'xml'], dir);
    expect(run).toMatchObject({ code: 2 });
    expect(run.stderr).toContain('--format must be one of stylish, json, sarif, github');
  });
});

describe('configuration', () => {
  it('the nearest config applies, extends chains merge, and --config overrides', () => {
    const dir = workspace({
      'house.yml': 'rules:\n  date-format: error\n',
      '.copydesk.yml': 'extends: house.yml\n',
      'desk/.copydesk.yml': 'rules:\n  date-format: "off"\n',
      'draft.md': MIXED_DATES,
      'desk/draft.md': MIXED_DATES,
      'loose.yml': 'rules:\n  date-format: info\n',
    });
    const byFile = (args: string[]) =>
      Object.fromEntries(
        JSON.parse(runCli(['check', '--format', 'json', ...args], dir).stdout).map((f: { file: string; findings: Array<{ ruleId: string; severity: string }> }) => [
          f.file,
          f.findings.filter((finding) => finding.ruleId === 'date-format').map((finding) => finding.severity),
        ]),
      );
    expect(byFile([])).toEqual({ 'draft.md': ['error'], 'desk/draft.md': [] });
    expect(byFile(['--config', 'loose.yml'])).toEqual({ 'draft.md': ['info'], 'desk/draft.md': ['info'] });
  });

  it('messages follow --locale, then the config locale', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES });
    const english = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)[0].findings[0].message;
    const vietnamese = JSON.parse(runCli(['check', '--format', 'json', '--locale', 'vi'], dir).stdout)[0].findings[0].message;
    expect(english).not.toBe(vietnamese);
    writeFileSync(path.join(dir, '.copydesk.yml'), 'locale: vi\n');
    expect(JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)[0].findings[0].message).toBe(vietnamese);
  });

  it('inline comments switch rules off', () => {
    const dir = workspace({ 'draft.md': MIXED_DATES.replace('Tối 29-9', '<!-- copydesk-disable-next-line date-format -->\nTối 29-9') });
    const [file] = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout);
    expect(file.findings.filter((f: { ruleId: string }) => f.ruleId === 'date-format')).toEqual([]);
  });
});

describe('copydesk rules and help', () => {
  it('lists every rule with severity, fixability and description', () => {
    const listed = JSON.parse(runCli(['rules', '--format', 'json'], REPO).stdout);
    expect(listed.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.id));
    const table = runCli(['rules'], REPO).stdout;
    for (const rule of rules) expect(table).toContain(rule.id);
  });

  it('every rule has its doc page', () => {
    const pages = readdirSync(path.join(REPO, 'rules')).filter((name) => name.endsWith('.md'));
    for (const rule of rules) expect(pages).toContain(`${rule.id}.md`);
  });

  it('--help prints usage and exits 0', () => {
    const run = runCli(['--help'], REPO);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: copydesk');
  });
});

describe('scale: --cache, --shard, merge-sarif', () => {
  it('--cache reuses findings of unchanged files and relints changed ones', () => {
    const dir = workspace({ 'a.md': MIXED_DATES, 'b.md': MIXED_DATES });
    const first = runCli(['check', '--cache', '--format', 'json'], dir);
    const cacheFile = path.join(dir, '.copydesk-cache', 'cache.json');
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(Object.keys(cached.entries)).toHaveLength(2);
    // A poisoned entry proves the second run reads the cache instead of linting.
    const aKey = Object.keys(cached.entries).find((key) => key.endsWith('a.md'))!;
    cached.entries[aKey].findings[0].message = 'from the cache';
    writeFileSync(cacheFile, JSON.stringify(cached));
    // b.md changes, but not in anything cross-document rules compare, so a.md stays cached.
    writeFileSync(path.join(dir, 'b.md'), MIXED_DATES.replace('29-9', '30-9'));
    const second = JSON.parse(runCli(['check', '--cache', '--format', 'json'], dir).stdout);
    expect(second[0].findings[0].message).toBe('from the cache');
    expect(second[1].findings[0].message).toContain('30-9');
    expect(JSON.parse(first.stdout)[0].findings[0].message).not.toBe('from the cache');
  });

  it('--cache reuses an unchanged draft\'s own findings and facts, and cross-document checks still see every current draft', () => {
    const person = (title: string) => `\n${title} Thành ủy Đà Nẵng Nguyễn Văn Quảng chủ trì hội nghị.\n`;
    const dir = workspace({ 'a.md': MIXED_DATES + person('Bí thư'), 'b.md': `# Khởi công\n${person('Bí thư')}` });
    runCli(['check', '--cache', '--format', 'json'], dir);
    const cacheFile = path.join(dir, '.copydesk-cache', 'cache.json');
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const aKey = Object.keys(cached.entries).find((key) => key.endsWith('a.md'))!;
    expect(cached.entries[aKey].facts.people.map((person: { name: string }) => person.name)).toContain('Nguyễn Văn Quảng');
    cached.entries[aKey].findings[0].message = 'from the cache';
    // Nothing changes: even the cross-document findings come from the last run (no index is built).
    expect(cached.workspaceDigest).toEqual(expect.any(String));
    cached.entries[aKey].workspaceFindings.push({ ...cached.entries[aKey].findings[0], ruleId: 'person-title', message: 'cross-document, from the cache' });
    writeFileSync(cacheFile, JSON.stringify(cached));
    const unchanged = JSON.parse(runCli(['check', '--cache', '--format', 'json'], dir).stdout);
    expect(unchanged[0].findings[0].message).toBe('from the cache');
    expect(unchanged[0].findings.map((finding: { message: string }) => finding.message)).toContain('cross-document, from the cache');
    // Another title for the same person in b.md: a.md is not relinted, yet its cross-document finding appears.
    writeFileSync(path.join(dir, 'b.md'), `# Khởi công\n${person('Phó Bí thư')}`);
    const changed = JSON.parse(runCli(['check', '--cache', '--format', 'json'], dir).stdout);
    expect(changed[0].findings[0].message).toBe('from the cache');
    expect(changed[0].findings.map((finding: { message: string }) => finding.message)).not.toContain('cross-document, from the cache');
    expect(changed[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('person-title');
    // And a run without the cache agrees on everything but the poisoned message.
    const cold = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout);
    expect(cold[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toEqual(changed[0].findings.map((finding: { ruleId: string }) => finding.ruleId));
  });

  it('--workers gives the same report, in the same order, as the main thread alone', () => {
    const person = (title: string) => `\n${title} Thành ủy Đà Nẵng Nguyễn Văn Quảng chủ trì hội nghị.\n`;
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d${String(i).padStart(2, '0')}.md`, MIXED_DATES + person(i % 7 === 0 ? 'Phó Bí thư' : 'Bí thư')]));
    const dir = workspace(files);
    const alone = runCli(['check', '--format', 'json'], dir);
    const threaded = runCli(['check', '--workers', '3', '--format', 'json'], dir);
    expect(threaded.code).toBe(alone.code);
    expect(threaded.stdout).toBe(alone.stdout);
    expect(JSON.parse(alone.stdout).flatMap((file: { findings: Array<{ ruleId: string }> }) => file.findings.map((finding) => finding.ruleId))).toContain('person-title');
    expect(runCli(['check', '--workers', '0'], dir).code).toBe(2);
  });

  it('--shard splits the files into disjoint shares that cover them all', () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${i}.md`, MIXED_DATES]));
    const dir = workspace(files);
    const shares = [1, 2, 3].map((i) => JSON.parse(runCli(['check', '--shard', `${i}/3`, '--format', 'json'], dir).stdout).map((f: { file: string }) => f.file));
    expect(shares.flat().sort()).toEqual(Object.keys(files).sort());
    expect(new Set(shares.flat()).size).toBe(12);
    expect(runCli(['check', '--shard', '4/3'], dir).code).toBe(2);
  });

  it('merge-sarif combines shard reports into one valid run', () => {
    const dir = workspace(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`d${i}.md`, MIXED_DATES])));
    for (const i of [1, 2]) runCli(['check', '--shard', `${i}/2`, '--format', 'sarif', '--output', `s${i}.sarif`], dir);
    const merged = JSON.parse(runCli(['merge-sarif', 's1.sarif', 's2.sarif'], dir).stdout);
    const whole = JSON.parse(runCli(['check', '--format', 'sarif'], dir).stdout);
    expect(merged.runs).toHaveLength(1);
    const uris = (log: { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }) =>
      log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).sort();
    expect(uris(merged)).toEqual(uris(whole));
    expect(runCli(['merge-sarif', 'missing.sarif'], dir).code).toBe(2);
  });
});

describe('prh dictionaries named in the config', () => {
  const HOUSE = 'version: 1\nimports:\n  - path: shared/base.yml\n    ignoreRules: [{ expected: tòa soạn }]\nrules:\n  - expected: Thành phố Hồ Chí Minh\n    patterns: [TPHCM, TP HCM]\n    specs:\n      - { from: về TPHCM, to: về Thành phố Hồ Chí Minh }\n';
  const BASE = 'version: 1\nrules:\n  - expected: e-mail\n    pattern: email\n  - expected: tòa soạn\n    pattern: toà soạn\n';

  it('loads them, with imports and ignoreRules, relative to the config file', () => {
    const dir = workspace({
      '.copydesk.yml': 'rules:\n  terminology: [warning, { dictionaries: [dicts/house.yml] }]\n',
      'dicts/house.yml': HOUSE,
      'dicts/shared/base.yml': BASE,
      'draft.md': '# Tin\n\nĐoàn về TPHCM, gửi email cho toà soạn.\n',
    });
    const findings = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout)[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'terminology');
    expect(findings.map((f: { fixes: Array<{ edits: Array<{ text: string }> }> }) => f.fixes[0].edits[0].text)).toEqual(['Thành phố Hồ Chí Minh', 'e-mail']);
  });

  it('a dictionary whose spec fails, or that cannot be read, is a config error naming the key', () => {
    const broken = workspace({
      '.copydesk.yml': 'rules:\n  terminology: [warning, { dictionaries: [house.yml, missing.yml] }]\n',
      'house.yml': 'version: 1\nrules:\n  - expected: xử lý\n    pattern: sử lý\n    specs: [{ from: sử lý, to: sử lý }]\n',
      'draft.md': '# Tin\n',
    });
    const run = runCli(['check'], broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rules\.terminology\.dictionaries\[0\]: .*spec/);
    const missing = workspace({ '.copydesk.yml': 'rules:\n  terminology: [warning, { dictionaries: [missing.yml] }]\n', 'draft.md': '# Tin\n' });
    expect(runCli(['check'], missing).stderr).toMatch(/rules\.terminology\.dictionaries\[0\]: cannot read .*missing\.yml \(ENOENT\)/);
  });
});

describe('ignore: in the config', () => {
  it('skips the drafts its patterns match, relative to the config file', () => {
    const dir = workspace({ '.copydesk.yml': 'ignore: [archive/**]\n', 'archive/old.md': MIXED_DATES, 'new.md': MIXED_DATES });
    expect(JSON.parse(runCli(['check', '--format', 'json'], dir).stdout).map((f: { file: string }) => f.file)).toEqual(['new.md']);
  });
});
