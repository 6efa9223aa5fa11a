/**
 * The JSON Schema of `.copydesk.yml`. `scripts/generate.mjs` adds each rule's
 * options to it and writes `schema/copydesk.schema.json`, the file editors
 * use for completion.
 */
import type { JsonSchema } from '../engine/types.js';

export const SEVERITY_VALUES = ['off', 'info', 'warning', 'error', 'hint'];

export function ruleEntrySchema(optionsSchema: JsonSchema = { type: 'object' }): JsonSchema {
  return {
    oneOf: [
      { enum: SEVERITY_VALUES },
      { type: 'array', prefixItems: [{ enum: SEVERITY_VALUES }, optionsSchema], minItems: 1, maxItems: 2, items: false },
    ],
  };
}

export function configSchema(ruleSchemas: Record<string, JsonSchema> = {}): JsonSchema {
  const hasRules = Object.keys(ruleSchemas).length > 0;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/copydesk/copydesk/blob/main/schema/copydesk.schema.json',
    title: 'Copydesk configuration (.copydesk.yml)',
    type: 'object',
    additionalProperties: false,
    properties: {
      extends: {
        description: 'Configuration files this one builds on (paths relative to this file); this file wins.',
        oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      locale: { description: 'Language of the messages.', enum: ['en', 'vi'] },
      facts: { description: 'Path of the facts file (copydesk.facts.yml), relative to this file.', type: 'string' },
      ignore: { description: 'Glob patterns of files not to lint.', type: 'array', items: { type: 'string' } },
      maxFileSize: { description: 'Files larger than this many bytes are skipped with a message.', type: 'integer', minimum: 1 },
      rules: {
        description: 'Rule id: off | info | warning | error, or [severity, {options}].',
        type: 'object',
        ...(hasRules
          ? {
              properties: Object.fromEntries(Object.entries(ruleSchemas).map(([id, schema]) => [id, ruleEntrySchema(schema)])),
              additionalProperties: false,
            }
          : { additionalProperties: ruleEntrySchema() }),
      },
    },
  };
}
