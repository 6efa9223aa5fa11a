/**
 * SARIF 2.1.0, for GitHub code scanning and other CI dashboards. Columns are
 * UTF-16 code units (SARIF's default `columnKind`), as in the engine.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, Locale, RuleDefinition, Severity, TextEdit } from '../../engine/types.js';
import { ruleUrl } from '../../engine/rule.js';
import type { FileReport } from '../report.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  rules: readonly RuleDefinition<any>[];
  locale: Locale;
  version: string;
  cwd: string;
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  const results: Sarif.Result[] = [];
  for (const report of reports) {
    for (const finding of report.findings) results.push(toResult(finding, report, ruleIndex));
  }
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Copydesk',
            version: options.version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: options.rules.map((rule) => ({
              id: rule.id,
              name: camelCase(rule.id),
              shortDescription: { text: rule.description[options.locale] },
              fullDescription: { text: rule.description[options.locale] },
              helpUri: ruleUrl(rule.id),
              defaultConfiguration: { level: level(rule.severity) },
              properties: { fixable: rule.fixable, tags: rule.tags ?? [] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toResult(finding: Finding, report: FileReport, ruleIndex: Map<string, number>): Sarif.Result {
  const artifactLocation = { uri: encodeURI(report.relative), uriBaseId: SRCROOT };
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    level: level(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(finding.start, finding.end, report) } }],
  };
  const index = ruleIndex.get(finding.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  if (finding.related.length > 0) {
    result.relatedLocations = finding.related.map((related, id) => ({
      id,
      message: { text: related.message },
      physicalLocation: {
        artifactLocation: related.uri ? relatedArtifact(related.uri, report) : artifactLocation,
        region: related.range
          ? { startLine: related.range.start.line, startColumn: related.range.start.column, endLine: related.range.end.line, endColumn: related.range.end.column }
          : region(related.start, related.end, report),
      },
    }));
  }
  if (finding.fixes.length > 0) {
    result.fixes = finding.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [{ artifactLocation, replacements: fix.edits.map((edit) => replacement(edit, report)) }],
    }));
  }
  return result;
}

/** Another draft, relative to the run's root like every other location. */
function relatedArtifact(uri: string, report: FileReport): Sarif.ArtifactLocation {
  const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  if (!path.isAbsolute(file)) return { uri };
  return { uri: encodeURI(path.relative(report.cwd, file).split(path.sep).join('/')), uriBaseId: SRCROOT };
}

function region(start: number, end: number, report: FileReport): Sarif.Region {
  const range = report.lines.range(start, end);
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function replacement(edit: TextEdit, report: FileReport): Sarif.Replacement {
  return { deletedRegion: region(edit.start, edit.end, report), insertedContent: { text: edit.text } };
}

function level(severity: Severity): Sarif.Result.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function camelCase(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/^\w/, (letter) => letter.toUpperCase());
}
