/**
 * The VS Code manifest (package.json) and the client agree: every command the
 * client registers is contributed, every setting the server reads is declared
 * with a description, activation stays on Markdown, and the files the
 * manifest points at exist. (The packaged .vsix itself is checked by the
 * real-VS-Code run, scripts/e2e/run.mjs.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_COMMANDS } from '../client/src/command-ids.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const settings: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

describe('extension manifest', () => {
  it('activates only on Markdown and starts the bundled client', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown']);
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(manifest.extensionKind).toEqual(['workspace']);
    expect(manifest.categories).toContain('Linters');
  });

  it('contributes every command the client registers, with a title', () => {
    const contributed = manifest.contributes.commands.map((command: { command: string; title: string }) => {
      expect(command.title).toBeTruthy();
      return command.command;
    });
    expect([...contributed].sort()).toEqual([...CLIENT_COMMANDS].sort());
  });

  it('declares each setting with a description and a default', () => {
    expect(Object.keys(settings).sort()).toEqual([
      'copydesk.allowConfigOutsideWorkspace',
      'copydesk.enable',
      'copydesk.lint.debounceMs',
      'copydesk.lint.run',
      'copydesk.lint.timeBudgetMs',
      'copydesk.locale',
      'copydesk.plaintext',
      'copydesk.rules',
      'copydesk.trace.server',
    ]);
    for (const [key, setting] of Object.entries(settings)) {
      expect(setting.description ?? setting.markdownDescription, key).toBeTruthy();
      expect(setting, key).toHaveProperty('default');
    }
    expect(settings['copydesk.lint.run'].enum).toEqual(['onType', 'onSave']);
    expect(settings['copydesk.lint.debounceMs'].default).toBe(200);
    expect(settings['copydesk.locale'].enum).toEqual(['auto', 'en', 'vi']);
    // Only the user, never a workspace, may let config files reach outside the workspace.
    expect(settings['copydesk.allowConfigOutsideWorkspace'].scope).toBe('application');
  });

  it('runs limited in untrusted workspaces, where copydesk.rules is not taken from the workspace', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['copydesk.rules']);
  });

  it('points at files that exist: icon (128×128 PNG), schemas, licence', () => {
    const icon = readFileSync(manifest.icon);
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The IHDR chunk holds width and height as big-endian integers.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
    const validations = [...manifest.contributes.jsonValidation, ...manifest.contributes.yamlValidation];
    for (const validation of validations) expect(existsSync(validation.url), validation.url).toBe(true);
    expect(existsSync('LICENSE')).toBe(true);
    expect(manifest.license).toBe('MIT');
  });
});
