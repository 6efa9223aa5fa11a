/**
 * The one registry of rules. Each rule is one file in this folder with a doc
 * page beside it (`<id>.md`); add new rules here, in alphabetical order.
 */
import type { RuleDefinition } from '../server/src/engine/types.js';
import boilerplate from './boilerplate.js';
import capitalization from './capitalization.js';
import dateFormat from './date-format.js';
import headlineConsistency from './headline-consistency.js';
import invalidDate from './invalid-date.js';
import nameConsistency from './name-consistency.js';
import numberConsistency from './number-consistency.js';
import personTitle from './person-title.js';
import syllable from './syllable.js';
import terminology from './terminology.js';
import toneMarkStyle from './tone-mark-style.js';
import unicodeNormalization from './unicode-normalization.js';
import weekdayMismatch from './weekday-mismatch.js';
import yearArithmetic from './year-arithmetic.js';

export const rules: readonly RuleDefinition<any>[] = [
  boilerplate,
  capitalization,
  dateFormat,
  headlineConsistency,
  invalidDate,
  nameConsistency,
  numberConsistency,
  personTitle,
  syllable,
  terminology,
  toneMarkStyle,
  unicodeNormalization,
  weekdayMismatch,
  yearArithmetic,
];

export function findRule(id: string): RuleDefinition<any> | undefined {
  return rules.find((rule) => rule.id === id);
}
