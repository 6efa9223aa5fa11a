/**
 * headline-consistency over every corpus draft. The drafts carry their title
 * as the H1 only, and a reading of the articles found no body line that is a
 * near-variant of its headline (the closest were a subhead made of the
 * title's last words and a caption that repeats the title with an image
 * widget's label): the band is kept near zero so a rule that starts matching
 * related headlines or sentences fails here. The real headlines are also put
 * into front matter, as-is and with the H1 shortened by one word, so the
 * title comparison and its fix run on real punctuation, quotes and stray
 * invisible characters.
 */
import { describe, expect, it } from 'vitest';
import { lint, type RuleSetting } from '../../server/src/engine/index.js';
import headlineConsistency from '../../rules/headline-consistency.js';
import { CORPUS_MISSING, corpusAvailable, loadCorpusDrafts } from '../helpers/corpus.js';
import { describeFindings, runRuleOverCorpus } from '../helpers/corpus-rule.js';

const settings = new Map<string, RuleSetting>([[headlineConsistency.id, { severity: 'warning', options: {} }]]);
const lintText = (text: string) => lint(text, { rules: [headlineConsistency], settings });

/** The draft with its H1 also given as the front-matter title. */
function withTitle(markdown: string, title: string): string {
  const field = `title: ${JSON.stringify(title)}\n`;
  return markdown.startsWith('---\n') ? markdown.replace('---\n', `---\n${field}`) : `---\n${field}---\n\n${markdown}`;
}

describe.skipIf(!corpusAvailable())(corpusAvailable() ? 'headline-consistency over the corpus' : CORPUS_MISSING, () => {
  const runs = corpusAvailable() ? runRuleOverCorpus(headlineConsistency) : [];
  const drafts = corpusAvailable() ? loadCorpusDrafts().map((draft) => ({ ...draft, h1: /^# (.*)$/m.exec(draft.markdown)?.[1] ?? '' })) : [];

  it('never throws', () => {
    expect(runs.filter((run) => run.failures.length > 0).map((run) => `${run.id}: ${run.failures}`)).toEqual([]);
  });

  it('keeps its finding count within the band measured on the corpus', () => {
    const count = runs.reduce((sum, run) => sum + run.findings.length, 0);
    expect(count, describeFindings(runs)).toBeLessThanOrEqual(2);
  });

  it('finds nothing when the front-matter title is the H1', () => {
    const noisy = drafts.flatMap((draft) => lintText(withTitle(draft.markdown, draft.h1)).findings.map((finding) => `${draft.id}: ${finding.message}`));
    expect(noisy).toEqual([]);
  });

  it('rewrites an H1 shortened by a word back to the title, idempotently and touching nothing else', () => {
    let checked = 0;
    for (const draft of drafts) {
      const words = draft.h1.split(' ');
      // Dropping a number makes a wholly different headline on purpose; drop a word instead.
      if (words.length < 8 || /\d/u.test(words[words.length - 1])) continue;
      const expected = withTitle(draft.markdown, draft.h1);
      const shortened = expected.replace(`# ${draft.h1}`, `# ${words.slice(0, -1).join(' ')}`);
      const findings = lintText(shortened).findings;
      expect(findings.map((finding) => finding.messageId), draft.id).toEqual(['h1Variant']);
      if (findings[0].fixes.length === 0) continue; // inline Markdown in the headline
      const fixed = shortened.slice(0, findings[0].start) + findings[0].fixes[0].edits[0].text + shortened.slice(findings[0].end);
      // The fixed text is the draft with its title, which the test above lints clean: idempotent.
      expect(fixed, draft.id).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
