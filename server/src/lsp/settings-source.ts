/**
 * Where the settings come from: `workspace/configuration` (per document, so
 * folder settings apply) when the client supports it, else what the client
 * pushed in initializationOptions or didChangeConfiguration.
 */
import type { Connection } from 'vscode-languageserver/node';
import { readSettings, sectionFromPushedSettings, type ServerSettings } from './settings.js';

export class SettingsSource {
  private pushed: unknown;
  private readonly cache = new Map<string, Promise<ServerSettings>>();

  constructor(
    private readonly connection: Connection,
    private readonly canPull: boolean,
    initializationOptions: unknown,
  ) {
    this.pushed = sectionFromPushedSettings(initializationOptions);
  }

  /** Settings for one document, fetched once and kept until the configuration changes. */
  forDocument(uri: string): Promise<ServerSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: a pulling client sends no values, only the signal to ask again. */
  changed(pushedSettings: unknown): void {
    if (!this.canPull && pushedSettings !== undefined && pushedSettings !== null) {
      this.pushed = sectionFromPushedSettings(pushedSettings);
    }
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async fetch(uri: string): Promise<ServerSettings> {
    if (!this.canPull) return readSettings(this.pushed);
    try {
      const pulled: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'copydesk' });
      // Clients that have no such section answer null; fall back to what was pushed.
      return readSettings(typeof pulled === 'object' && pulled !== null ? pulled : this.pushed);
    } catch (error) {
      this.connection.console.warn(`copydesk: cannot read the settings (${String(error)}); using the defaults`);
      return readSettings(this.pushed);
    }
  }
}
