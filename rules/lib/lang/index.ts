/**
 * The language packs of the fact extractors. A document uses the pack named
 * by its front matter (`lang:` or `language:`), else Vietnamese.
 */
import type { RuleContext } from '../../../server/src/engine/types.js';
import type { FactsLanguagePack } from './types.js';
import { vi } from './vi.js';

export type { FactsLanguagePack, TitleSpec } from './types.js';

const PACKS: ReadonlyMap<string, FactsLanguagePack> = new Map([[vi.id, vi]]);

export const DEFAULT_PACK = vi;

export function packFor(frontMatter: RuleContext['frontMatter']): FactsLanguagePack {
  const declared = frontMatter?.data?.lang ?? frontMatter?.data?.language;
  if (typeof declared !== 'string') return DEFAULT_PACK;
  return PACKS.get(declared.toLowerCase().split(/[-_]/)[0]) ?? DEFAULT_PACK;
}
