/**
 * The configuration and facts file that apply to each document, cached until
 * one of those files changes. Lookup is the CLI's (ConfigResolver, stopping
 * at the workspace folder). A broken file is remembered as a problem — shown
 * on the file itself — and the document is linted with the defaults.
 */
import path from 'node:path';
import { CONFIG_NAMES, ConfigError, defaultConfig, type ResolvedConfig } from '../config/config.js';
import type { RuleDefinition } from '../engine/types.js';
import { FACTS_FILE_NAMES, type FactsFile } from '../facts/facts-file.js';
import { ConfigResolver } from '../shell/config-resolver.js';

export interface FileConfiguration {
  config: ResolvedConfig;
  facts?: FactsFile;
  /** The config file that applies (whether or not it loaded), or undefined for the defaults. */
  configFile?: string;
}

const WATCHED_NAMES = new Set([...CONFIG_NAMES, ...FACTS_FILE_NAMES]);

/** What the user lets a workspace's configuration do. */
export interface ConfigAccess {
  /** False in an untrusted workspace: built-in defaults only, no file is read. */
  trusted: boolean;
  /** `extends`, `facts:` and rule file options may name files outside the workspace folder. */
  allowOutsideWorkspace: boolean;
}

export class ConfigStore {
  private readonly resolvers = new Map<string, ConfigResolver>();
  /** Broken config files, by the config file that was looked up (the error may name a file it extends). */
  private readonly configFailures = new Map<string, ConfigError>();
  /** Broken facts files, by the folder of the documents they apply to. */
  private readonly factsFailures = new Map<string, ConfigError>();
  /** Every config and facts file read, so a change to any of them (an `extends` target too) invalidates. */
  private readonly filesRead = new Set<string>();

  constructor(private readonly rules: readonly RuleDefinition<any>[]) {}

  /** `root` is the workspace folder holding the file; files outside it are refused unless `access` allows them. */
  forFile(file: string, root: string | undefined, access: ConfigAccess): FileConfiguration {
    if (!access.trusted) return { config: defaultConfig() };
    const resolver = this.resolverFor(root, access.allowOutsideWorkspace);
    const configFile = this.configFileFor(file, root);
    const config = this.loadConfig(resolver, file, configFile);
    const facts = this.loadFacts(resolver, file, config);
    return { config, facts, configFile };
  }

  /** The config file that applies to `file` (loaded or not), or undefined when none does. */
  configFileFor(file: string, root: string | undefined): string | undefined {
    return this.resolverFor(root).configFileFor(path.dirname(path.resolve(file))) || undefined;
  }

  /** The current problems with config and facts files, one per broken file. */
  problems(): ConfigError[] {
    const errors = [...this.configFailures.values(), ...this.factsFailures.values()];
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
    this.factsFailures.clear();
    this.filesRead.clear();
  }

  /**
   * One resolver per workspace folder and access; the failures remembered
   * below do not tell the accesses apart, so the server clears the store when
   * the settings change.
   */
  private resolverFor(root: string | undefined, allowOutsideRoot = false): ConfigResolver {
    const key = `${allowOutsideRoot ? 'outside' : 'inside'}:${root ?? ''}`;
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver({ rules: this.rules, root, allowOutsideRoot });
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

  private loadFacts(resolver: ConfigResolver, file: string, config: ResolvedConfig): FactsFile | undefined {
    const folder = path.dirname(path.resolve(file));
    if (this.factsFailures.has(folder)) return undefined;
    try {
      const facts = resolver.factsFor(file, config);
      if (facts) this.filesRead.add(path.resolve(facts.file));
      return facts;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.factsFailures.set(folder, error);
      this.filesRead.add(path.resolve(error.file));
      return undefined;
    }
  }
}
