/**
 * A broken `.copydesk.yml` (or facts file) is shown where it can be fixed:
 * as an error on the file itself, at the offending line when known.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { ConfigError } from '../config/config.js';
import type { Locale } from '../engine/types.js';
import { serverMessage } from './messages.js';
import { SOURCE } from './to-diagnostic.js';
import { uriFromPath } from './uri.js';

export const CONFIG_DIAGNOSTIC_CODE = 'config';

export function configErrorToDiagnostic(error: ConfigError, fileText: string | undefined, locale: Locale): Diagnostic {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const lineLength = fileText?.split('\n')[line]?.replace(/\r$/, '').length ?? 0;
  const problem = `${error.key ? `${error.key}: ` : ''}${error.expected}`;
  return {
    range: { start: { line, character: 0 }, end: { line, character: lineLength } },
    severity: DiagnosticSeverity.Error,
    code: CONFIG_DIAGNOSTIC_CODE,
    source: SOURCE,
    message: serverMessage('configProblem', locale, { problem }),
  };
}

/** Publishes the current config problems and clears the files that are no longer broken. */
export class ConfigProblemPublisher {
  /** Published message per config file URI, to skip republishing what did not change. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly publish: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly readText: (file: string) => string | undefined,
  ) {}

  sync(errors: readonly ConfigError[], locale: Locale): void {
    const current = new Map<string, Diagnostic>();
    for (const error of errors) {
      current.set(uriFromPath(error.file), configErrorToDiagnostic(error, this.readText(error.file), locale));
    }
    for (const uri of this.published.keys()) {
      if (!current.has(uri)) {
        this.publish(uri, []);
        this.published.delete(uri);
      }
    }
    for (const [uri, diagnostic] of current) {
      const key = JSON.stringify(diagnostic);
      if (this.published.get(uri) === key) continue;
      this.publish(uri, [diagnostic]);
      this.published.set(uri, key);
    }
  }
}
