/**
 * Finds and caches the configuration that applies to each linted file, the
 * same way for the CLI and the language server: an explicit config file if
 * given, else the nearest `.copydesk.yml`/`.copydesk.json` above the file,
 * else the built-in defaults.
 */
import path from 'node:path';
import { defaultConfig, findConfigFile, loadConfigFile, type ResolvedConfig } from '../config/config.js';
import type { RuleDefinition } from '../engine/types.js';
import { findFactsFile, loadFactsFile, type FactsFile } from '../facts/facts-file.js';

export interface ConfigResolverOptions {
  rules: readonly RuleDefinition<any>[];
  /** A config file that applies to every file (the CLI's --config). */
  explicitConfig?: string;
  /** The workspace folder: config lookup stops here, and extends/facts may not leave it. */
  root?: string;
  allowOutsideRoot?: boolean;
}

export class ConfigResolver {
  /** Loaded configs by config file path ('' = defaults). */
  private readonly byConfigFile = new Map<string, ResolvedConfig>();
  /** Config file path (or '') by folder, so each folder is looked up once. */
  private readonly byFolder = new Map<string, string>();
  private readonly factsByFile = new Map<string, FactsFile>();
  private readonly factsFileByFolder = new Map<string, string>();

  constructor(private readonly options: ConfigResolverOptions) {}

  /** The configuration for one file; throws ConfigError when the config is invalid. */
  forFile(file: string): ResolvedConfig {
    const configFile = this.configFileFor(path.dirname(path.resolve(file)));
    let config = this.byConfigFile.get(configFile);
    if (!config) {
      config = configFile
        ? loadConfigFile(configFile, { rules: this.options.rules, root: this.options.root, allowOutsideRoot: this.options.allowOutsideRoot })
        : defaultConfig();
      this.byConfigFile.set(configFile, config);
    }
    return config;
  }

  /** The config file that applies to files in `folder` ('' for the defaults). */
  configFileFor(folder: string): string {
    if (this.options.explicitConfig) return path.resolve(this.options.explicitConfig);
    let found = this.byFolder.get(folder);
    if (found === undefined) {
      found = findConfigFile(folder, this.options.root) ?? '';
      this.byFolder.set(folder, found);
    }
    return found;
  }

  /**
   * The facts file for one file: the config's `facts:` if set, else the
   * nearest copydesk.facts.yml. Throws ConfigError when it is invalid.
   */
  factsFor(file: string, config: ResolvedConfig): FactsFile | undefined {
    const factsFile = config.facts ?? this.nearestFactsFile(path.dirname(path.resolve(file)));
    if (!factsFile) return undefined;
    let facts = this.factsByFile.get(factsFile);
    if (!facts) {
      facts = loadFactsFile(factsFile);
      this.factsByFile.set(factsFile, facts);
    }
    return facts;
  }

  private nearestFactsFile(folder: string): string | undefined {
    let found = this.factsFileByFolder.get(folder);
    if (found === undefined) {
      found = findFactsFile(folder, this.options.root) ?? '';
      this.factsFileByFolder.set(folder, found);
    }
    return found || undefined;
  }

  /** Forget everything (a config file changed). */
  clear(): void {
    this.byConfigFile.clear();
    this.byFolder.clear();
    this.factsByFile.clear();
    this.factsFileByFolder.clear();
  }
}
