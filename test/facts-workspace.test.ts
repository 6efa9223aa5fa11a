/**
 * Across drafts, at engine level: two drafts in one WorkspaceIndex, each
 * linted with the index in its environment, each reporting the other's
 * location; the facts file settling a conflict; the index's own bookkeeping.
 */
import { describe, expect, it } from 'vitest';
import { lint, type Finding, type RuleDefinition } from '../server/src/engine/index.js';
import type { FactsFile } from '../server/src/facts/facts-file.js';
import { WorkspaceIndex } from '../server/src/facts/workspace-index.js';
import nameConsistency from '../rules/name-consistency.js';
import numberConsistency from '../rules/number-consistency.js';
import personTitle from '../rules/person-title.js';
import { foldMarks, nameKey, phraseKey } from '../rules/lib/fact-text.js';

const A = 'file:///desk/da-nang-hoi-nghi.md';
const B = 'file:///desk/da-nang-cong-trinh.md';

const draftA = [
  '---',
  'date: 2024-03-04',
  '---',
  '',
  '# Đà Nẵng tổng kết công tác năm',
  '',
  'Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng chủ trì hội nghị.',
  '',
  'Tại hội nghị, hai bên đã ký 6 bản ghi nhớ hợp tác. Ông Doãn Lực, Giám đốc Công ty Cảng Đà Nẵng, và ông Doãn Lực cùng dự.',
  '',
].join('\n');

const draftB = [
  '---',
  'date: 2024-03-06',
  '---',
  '',
  '# Đà Nẵng khởi công cầu mới',
  '',
  'Sáng nay, Phó Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng dự lễ khởi công.',
  '',
  'Trước đó, hai bên đã ký 5 bản ghi nhớ hợp tác. Ông Doãn Lục, Giám đốc Công ty Cảng Đà Nẵng, cho biết cảng sẽ mở rộng.',
  '',
].join('\n');

function workspace(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.update(A, draftA);
  index.update(B, draftB);
  return index;
}

const run = (uri: string, source: string, environment: Record<string, unknown>, rule: RuleDefinition<any> = personTitle): Finding[] =>
  lint(source, { rules: [rule], uri, locale: 'en', environment }).findings;

describe('facts across drafts', () => {
  it('reports a title conflict on each side, with the other draft\'s location', () => {
    const index = workspace();
    const [onA] = run(A, draftA, { workspace: index });
    const [onB] = run(B, draftB, { workspace: index });
    expect(draftA.slice(onA.start, onA.end)).toBe('Bí thư Thành ủy Đà Nẵng');
    expect(onA.message).toContain('"Phó Bí thư Thành ủy Đà Nẵng" in 1 other draft');
    expect(onA.related).toEqual([
      {
        uri: B,
        start: draftB.indexOf('Phó Bí thư'),
        end: draftB.indexOf(' Nguyễn Văn Quảng'),
        range: { start: { line: 7, column: 11 }, end: { line: 7, column: 38 } },
        message: 'Nguyễn Văn Quảng is "Phó Bí thư Thành ủy Đà Nẵng" in this draft',
      },
    ]);
    expect(draftB.slice(onB.start, onB.end)).toBe('Phó Bí thư Thành ủy Đà Nẵng');
    expect(onB.related.map((related) => [related.uri, related.range?.start.line])).toEqual([[A, 7]]);
  });

  it('compares within the draft only when there is no index', () => {
    expect(run(A, draftA, {})).toEqual([]);
  });

  it('lets the facts file settle the conflict: only the contradicting draft is reported', () => {
    const facts: FactsFile = { file: '/desk/copydesk.facts.yml', people: [{ name: 'Nguyễn Văn Quảng', titles: ['Bí thư Thành ủy Đà Nẵng'], line: 3 }] };
    const index = workspace();
    expect(run(A, draftA, { workspace: index, facts })).toEqual([]);
    const [onB] = run(B, draftB, { workspace: index, facts });
    expect(onB.message).toBe('Nguyễn Văn Quảng is "Bí thư Thành ủy Đà Nẵng" in copydesk.facts.yml:3, not "Phó Bí thư Thành ủy Đà Nẵng". Write "Bí thư Thành ủy Đà Nẵng" or update the facts file.');
    expect(onB.related).toEqual([]);
  });

  it('reports a count said differently in two drafts on each side', () => {
    const index = workspace();
    const [onA] = run(A, draftA, { workspace: index }, numberConsistency);
    const [onB] = run(B, draftB, { workspace: index }, numberConsistency);
    expect(draftA.slice(onA.start, onA.end)).toBe('6 bản ghi nhớ hợp tác');
    expect(onA.related.map((related) => [related.uri, related.message])).toEqual([[B, '"5 bản ghi nhớ hợp tác" here']]);
    expect(onB.related.map((related) => related.uri)).toEqual([A]);
  });

  it('leaves counts of drafts written far apart alone', () => {
    const index = new WorkspaceIndex();
    index.update(A, draftA);
    index.update(B, draftB.replace('date: 2024-03-06', 'date: 2024-06-06'));
    expect(run(A, draftA, { workspace: index }, numberConsistency)).toEqual([]);
  });

  it('leaves counts of the same noun said with different words in two drafts alone', () => {
    const index = new WorkspaceIndex();
    const first = '# Bức chân dung\n\nTranh chân dung của ông luôn có đủ 10 ngón tay.\n';
    const second = '# Tảng đá\n\nNếu có người hỏi giá, ngươi cứ giơ 2 ngón tay ra.\n';
    index.update('file:///a.md', first);
    index.update('file:///b.md', second);
    expect(run('file:///a.md', first, { workspace: index }, numberConsistency)).toEqual([]);
    expect(run('file:///b.md', second, { workspace: index }, numberConsistency)).toEqual([]);
  });

  it('reports a name spelled two ways on the rarer spelling only', () => {
    const index = workspace();
    expect(run(A, draftA, { workspace: index }, nameConsistency)).toEqual([]);
    const [onB] = run(B, draftB, { workspace: index }, nameConsistency);
    expect(draftB.slice(onB.start, onB.end)).toBe('Doãn Lục');
    expect(onB.message).toBe('"Doãn Lục" here, but "Doãn Lực" 2× in other drafts. If this is the same person, write "Doãn Lực".');
    expect(onB.related.every((related) => related.uri === A && related.range !== undefined)).toBe(true);
  });

  it('finds the other spellings of a name by its folded form, and forgets a spelling no draft uses any more', () => {
    const index = workspace();
    const folded = foldMarks(nameKey('Doãn Lực'));
    const spellings = (exceptUri: string, exceptKeys: string[]) => index.peopleFolded(folded, exceptUri, new Set(exceptKeys)).map((person) => `${person.uri} ${person.name}`);
    expect(spellings(B, [nameKey('Doãn Lục')])).toEqual([`${A} Doãn Lực`, `${A} Doãn Lực`]);
    expect(spellings(A, [nameKey('Doãn Lực')])).toEqual([`${B} Doãn Lục`]);
    expect(spellings(A, [nameKey('Doãn Lực'), nameKey('Doãn Lục')])).toEqual([]);
    index.remove(B);
    expect(spellings(A, [nameKey('Doãn Lực')])).toEqual([]);
    index.update(B, draftB);
    expect(spellings(A, [nameKey('Doãn Lực')])).toEqual([`${B} Doãn Lục`]);
  });

  it('leaves out, on request, the drafts whose counts of a noun all say one number, and keeps index order', () => {
    const index = new WorkspaceIndex();
    const draft = (n: number) => `# Tin\n\nHai bên đã ký ${n} bản ghi nhớ hợp tác.\n`;
    const uris = ['file:///c.md', 'file:///a.md', 'file:///d.md', 'file:///b.md'];
    [6, 5, 6, 7].forEach((n, i) => index.update(uris[i], draft(n)));
    const key = phraseKey('bản ghi nhớ');
    const found = (unlessAll?: number) => index.countsOf(key, undefined, unlessAll).map((count) => `${count.uri} ${count.value}`);
    expect(found()).toEqual(['file:///c.md 6', 'file:///a.md 5', 'file:///d.md 6', 'file:///b.md 7']);
    expect(found(6)).toEqual(['file:///a.md 5', 'file:///b.md 7']);
    // A draft that says two numbers is always read; a re-indexed one moves to the end.
    index.update('file:///c.md', `${draft(6)}\nSau đó ký thêm 2 bản ghi nhớ.\n`);
    expect(found(6)).toEqual(['file:///a.md 5', 'file:///b.md 7', 'file:///c.md 6', 'file:///c.md 2']);
    index.remove('file:///a.md');
    expect(found(6)).toEqual(['file:///b.md 7', 'file:///c.md 6', 'file:///c.md 2']);
  });

  it('keeps its maps in step with updates and removals', () => {
    const index = workspace();
    expect(index.size).toBe(2);
    expect(index.has(A)).toBe(true);
    expect(index.peopleNamed(nameKey('Nguyễn Văn Quảng'), A).map((person) => person.uri)).toEqual([B]);
    index.update(B, '# Tin khác\n\nKhông có ai.\n');
    expect(index.peopleNamed(nameKey('Nguyễn Văn Quảng'), A)).toEqual([]);
    expect(index.countsOf(phraseKey('bản ghi nhớ'), B).map((count) => count.uri)).toEqual([A]);
    index.remove(A);
    expect(index.has(A)).toBe(false);
    expect(index.size).toBe(1);
    expect(index.countsOf(phraseKey('bản ghi nhớ'))).toEqual([]);
    index.remove('file:///never-indexed.md');
    expect(index.size).toBe(1);
  });
});
