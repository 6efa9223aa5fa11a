/**
 * The configuration and facts file that apply to each document, cached until
 * one of those files changes. Lookup is the CLI's (ConfigResolver, stopping
 * at the workspace folder). A broken file is remembered as a problem — shown
 * on the file itself — and the document is linted with the defaults.
 */
import path from 'node:path';
import { CONFIG_NAMES, ConfigError, defaultConfig, type ResolvedConfig } from '../config/config.js';
import type { RuleDefinition } from '../engine/types.js';
import { FACTS_FILE_NAMES, findFactsFile, loadFactsFile, type FactsFile } from '../facts/facts-file.js';
import { ConfigResolver } from '../shell/config-resolver.js';

export interface FileConfiguration {
  config: ResolvedConfig;
  facts?: FactsFile;
  /** The config file that applies (whether or not it loaded), or undefined for the defaults. */
  configFile?: string;
}

const WATCHED_NAMES = new Set([...CONFIG_NAMES, ...FACTS_FILE_NAMES]);

export class ConfigStore {
  private readonly resolvers = new Map<string, ConfigResolver>();
  /** Broken config files, by the config file that was looked up (the error may name a file it extends). */
  private readonly configFailures = new Map<string, ConfigError>();
  private readonly factsByFile = new Map<string, FactsFile | ConfigError>();
  private readonly factsFileByFolder = new Map<string, string>();
  /** Every config and facts file read, so a change to any of them (an `extends` target too) invalidates. */
  private readonly filesRead = new Set<string>();

  constructor(private readonly rules: readonly RuleDefinition<any>[]) {}

  /** `root` is the workspace folder holding the file; `trusted` false means built-in defaults only. */
  forFile(file: string, root: string | undefined, trusted: boolean): FileConfiguration {
    if (!trusted) return { config: defaultConfig() };
    const folder = path.dirname(path.resolve(file));
    const configFile = this.configFileFor(file, root);
    const config = this.loadConfig(this.resolverFor(root), file, configFile);
    const facts = this.loadFacts(config.facts ?? this.nearestFactsFile(folder, root));
    return { config, facts, configFile };
  }

  /** The config file that applies to `file` (loaded or not), or undefined when none does. */
  configFileFor(file: string, root: string | undefined): string | undefined {
    return this.resolverFor(root).configFileFor(path.dirname(path.resolve(file))) || undefined;
  }

  /** The current problems with config and facts files, one per broken file. */
  problems(): ConfigError[] {
    const errors = [...this.configFailures.values()];
    for (const value of this.factsByFile.values()) if (value instanceof ConfigError) errors.push(value);
    const byFile = new Map(errors.map((error) => [path.resolve(error.file), error]));
    return [...byFile.values()];
  }

  /** True for a file whose change must drop the cache (a config or facts file, by name or because it was read). */
  affects(file: string): boolean {
    return WATCHED_NAMES.has(path.basename(file)) || this.filesRead.has(path.resolve(file));
  }

  clear(): void {
    this.resolvers.clear();
    this.configFailures.clear();
    this.factsByFile.clear();
    this.factsFileByFolder.clear();
    this.filesRead.clear();
  }

  private resolverFor(root: string | undefined): ConfigResolver {
    const key = root ?? '';
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver({ rules: this.rules, root });
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  private loadConfig(resolver: ConfigResolver, file: string, configFile: string | undefined): ResolvedConfig {
    if (!configFile || this.configFailures.has(configFile)) return defaultConfig();
    try {
      const config = resolver.forFile(file);
      for (const read of config.files) this.filesRead.add(path.resolve(read));
      return config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.configFailures.set(configFile, error);
      this.filesRead.add(path.resolve(configFile));
      this.filesRead.add(path.resolve(error.file));
      return defaultConfig();
    }
  }

  private nearestFactsFile(folder: string, root: string | undefined): string | undefined {
    let found = this.factsFileByFolder.get(folder);
    if (found === undefined) {
      found = findFactsFile(folder, root) ?? '';
      this.factsFileByFolder.set(folder, found);
    }
    return found || undefined;
  }

  private loadFacts(factsFile: string | undefined): FactsFile | undefined {
    if (!factsFile) return undefined;
    let facts = this.factsByFile.get(factsFile);
    if (!facts) {
      this.filesRead.add(path.resolve(factsFile));
      try {
        facts = loadFactsFile(factsFile);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        facts = error;
      }
      this.factsByFile.set(factsFile, facts);
    }
    return facts instanceof ConfigError ? undefined : facts;
  }
}
