import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { configSchema } from './schema.js';
import type { RuleDefinition } from '../engine/types.js';

const ajv = new Ajv2020({ allErrors: false, strict: false });
let shapeValidator: ValidateFunction | undefined;
const optionValidators = new WeakMap<RuleDefinition<any>, ValidateFunction>();

export interface SchemaProblem {
  /** Dotted path of the offending key, starting with "." (empty for the root). */
  path: string;
  message: string;
}

export function validateConfigShape(value: unknown): SchemaProblem | undefined {
  shapeValidator ??= ajv.compile(configSchema());
  if (shapeValidator(value)) return undefined;
  const error = shapeValidator.errors![0];
  const keyPath = dotted(error.instancePath);
  if (/^\.rules\.[^.]+/.test(keyPath)) {
    return { path: keyPath.split('.').slice(0, 3).join('.'), message: 'must be off, info, warning, error, or [severity, {options}]' };
  }
  return { path: keyPath, message: describe(error) };
}

export function validateRuleOptions(rule: RuleDefinition<any>, options: unknown): SchemaProblem | undefined {
  let validator = optionValidators.get(rule);
  if (!validator) {
    validator = ajv.compile(rule.optionsSchema);
    optionValidators.set(rule, validator);
  }
  if (validator(options)) return undefined;
  const error = validator.errors![0];
  return { path: dotted(error.instancePath), message: describe(error) };
}

function dotted(instancePath: string): string {
  return instancePath.replace(/\//g, '.');
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(params.additionalProperty)}"`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'type':
      return `must be ${article(String(params.type))}`;
    default:
      return error.message ?? 'is not valid';
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
