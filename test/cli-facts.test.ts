/**
 * Fact checks across drafts, through the CLI as a process: two drafts that
 * give one person different titles each point at the other (SARIF
 * relatedLocations), and a facts file settles which side is wrong.
 */
import { describe, expect, it } from 'vitest';
import { runCli, workspace } from './helpers/cli.js';

const HOI_NGHI = '# Đà Nẵng tổng kết công tác năm\n\nBí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng chủ trì hội nghị tổng kết.\n';
const KHOI_CONG = '# Đà Nẵng khởi công cầu mới\n\nSáng nay, Phó Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng dự lễ khởi công cầu.\n';

interface SarifResult {
  ruleId: string;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
  relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } }; message: { text: string } }>;
}

function personTitleResults(dir: string, args: string[] = []): SarifResult[] {
  const log = JSON.parse(runCli(['check', '--format', 'sarif', ...args], dir).stdout);
  return log.runs[0].results.filter((result: SarifResult) => result.ruleId === 'person-title');
}

const fileOf = (result: SarifResult) => result.locations[0].physicalLocation.artifactLocation.uri;

describe('cross-document facts in the CLI', () => {
  it('reports a title conflict on both drafts, each with the other draft as a related location', () => {
    const dir = workspace({ 'hoi-nghi.md': HOI_NGHI, 'khoi-cong.md': KHOI_CONG });
    const results = personTitleResults(dir);
    expect(results.map(fileOf).sort()).toEqual(['hoi-nghi.md', 'khoi-cong.md']);
    for (const result of results) {
      const other = fileOf(result) === 'hoi-nghi.md' ? 'khoi-cong.md' : 'hoi-nghi.md';
      const related = result.relatedLocations ?? [];
      expect(related.length).toBeGreaterThan(0);
      expect(related[0].physicalLocation.artifactLocation).toEqual({ uri: other, uriBaseId: '%SRCROOT%' });
      expect(related[0].physicalLocation.region.startLine).toBe(3);
    }
  });

  it('stays silent when each draft is linted alone', () => {
    const dir = workspace({ 'hoi-nghi.md': HOI_NGHI, 'khoi-cong.md': KHOI_CONG });
    expect(personTitleResults(dir, ['hoi-nghi.md'])).toEqual([]);
  });

  it('with a facts file, reports only the draft that contradicts it, quoting the file', () => {
    const dir = workspace({
      'hoi-nghi.md': HOI_NGHI,
      'khoi-cong.md': KHOI_CONG,
      'copydesk.facts.yml': 'people:\n  - name: Nguyễn Văn Quảng\n    title: Bí thư Thành ủy Đà Nẵng\n',
    });
    const results = personTitleResults(dir);
    expect(results.map(fileOf)).toEqual(['khoi-cong.md']);
    const json = JSON.parse(runCli(['check', '--format', 'json', 'khoi-cong.md', 'hoi-nghi.md'], dir).stdout);
    const message = json.flatMap((file: { findings: Array<{ ruleId: string; message: string }> }) => file.findings).find((f: { ruleId: string }) => f.ruleId === 'person-title').message;
    expect(message).toContain('copydesk.facts.yml');
  });

  it('an invalid facts file is a one-line config error, exit 2', () => {
    const dir = workspace({ 'hoi-nghi.md': HOI_NGHI, 'copydesk.facts.yml': 'people:\n  - title: Bí thư\n' });
    const run = runCli(['check'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/copydesk\.facts\.yml.*name/);
  });
});
