/**
 * What the shell hands the fact rules in `context.environment`: the
 * workspace index (`workspace`) and the facts file (`facts`). Both may be
 * absent; then the rules compare within the document only. Duck-typed, so a
 * shell bundled apart from the rules still passes usable values.
 */
import type { FactsFile } from '../../server/src/facts/facts-file.js';
import type { WorkspaceIndex } from '../../server/src/facts/workspace-index.js';
import type { LintEnvironment } from '../../server/src/engine/types.js';

export function workspaceFrom(environment: LintEnvironment): WorkspaceIndex | undefined {
  const value = environment.workspace as Partial<WorkspaceIndex> | undefined;
  return value && typeof value.peopleNamed === 'function' && typeof value.countsOf === 'function' ? (value as WorkspaceIndex) : undefined;
}

export function factsFrom(environment: LintEnvironment): FactsFile | undefined {
  const value = environment.facts as Partial<FactsFile> | undefined;
  return value && typeof value.file === 'string' && Array.isArray(value.people) ? (value as FactsFile) : undefined;
}
