/** The dictionary matcher: prh semantics on re2js, Vietnamese word boundaries, and a search that finds every match however long the text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_TERMS } from '../rules/data/terminology-vi.js';
import { followCase, TermDictionary, type TermEntry } from '../rules/lib/term-dictionary.js';
import { RE2JS } from 're2js';
import { prefilterSource, splitPattern } from '../rules/lib/term-pattern.js';

const apply = (entries: TermEntry[], text: string) => new TermDictionary(entries).apply(text);

describe('splitPattern', () => {
  it('splits alternatives and cuts leading lookbehinds and trailing lookaheads off the core', () => {
    const [first, second] = splitPattern('(?<!tiềm )năng xuất(?! khẩu)(?! hiện)|(?P<w>a)b');
    expect(first).toMatchObject({
      core: 'năng xuất',
      lookbehinds: [{ negative: true, body: 'tiềm ' }],
      lookaheads: [{ negative: true, body: ' khẩu' }, { negative: true, body: ' hiện' }],
      coreGroups: 0,
    });
    expect(second).toMatchObject({ core: '(a)b', lookbehinds: [], lookaheads: [], coreGroups: 1 });
  });

  it('leaves "|", "(" and ")" inside classes and escapes alone', () => {
    expect(splitPattern('[|(]\\)\\|x').map((branch) => branch.core)).toEqual(['[|(]\\)\\|x']);
    expect(splitPattern('[]a|]b')).toHaveLength(1);
  });
});

describe('prefilterSource', () => {
  const readable = (core: string) => prefilterSource(core)?.replace(/\\u\{([0-9a-f]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

  it('keeps the longest stretch of characters, with blanks repeated only between characters', () => {
    expect(readable('thứ[\\s\\x{00a0}]+tưởng')).toBe('thứ[\\s\u00a0]+tưởng');
    expect(readable('[\\s]+abc[\\s]+')).toBe('[\\s]abc[\\s]');
    expect(readable('a\\s+\\s+b')).toBe('a\\s');
    expect(readable('bàc[\\s]+(s[ĩỹ])')).toBe('bàc[\\s]');
  });

  it('leaves out what may be missing or cannot be read: optional atoms, groups, other escapes and classes', () => {
    expect(readable('abc?de')).toBe('ab');
    expect(readable('ab(c|d)efg')).toBe('efg');
    expect(readable('x\\pLyz')).toBe('yz');
    expect(readable('\\101bc')).toBe('bc');
    expect(readable('[^a]bcd')).toBe('bcd');
    expect(readable('[a-z\\s]+xy')).toBe('xy');
    expect(readable('C\\+\\+')).toBe('C++');
    expect(readable('a{,3}')).toBe('a{,3}');
    expect(prefilterSource('a|b')).toBeUndefined();
    expect(prefilterSource('(a)\\d+')).toBeUndefined();
  });

  it('matches every text the RE2 pattern matches (case-insensitive included)', () => {
    const cores = ['thứ[\\s\\x{00a0}]+tưởng', 'dấu[\\s]+[dg]iếm', 'a[b-d]+\\.e?f', 'x[\\s]*y[\\s]+z', 'k(?:s|t)[ä-ü]\\x41'];
    const pieces = ['thứ', 'THỨ', 'tưởng', 'Tưởng', ' ', '\u00a0', '\n', '\t', 'dấu', 'Giếm', 'diếm', 'a', 'b', 'C', 'd', '.', 'e', 'f', 'x', 'y', 'z', 'K', 'k', 's', 'ö', 'A'];
    for (const core of cores) {
      for (const flags of ['', 'i']) {
        const re2 = RE2JS.compile(`(?${flags || 'm'}:${core})`);
        const prefilter = new RegExp(prefilterSource(core)!, 'iu');
        fc.assert(
          fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
            const text = parts.join('');
            return !re2.test(text) || prefilter.test(text);
          }),
          { numRuns: 300 },
        );
      }
    }
  });
});

describe('TermDictionary', () => {
  it('treats Vietnamese letters as letters at word boundaries (where \\b would not)', () => {
    const entries = [{ expected: 'đến', pattern: 'đển', options: { wordBoundary: true } }];
    expect(apply(entries, 'đển, (đển) đểnh ăđển')).toBe('đến, (đến) đểnh ăđển');
  });

  it('keeps exact UTF-16 offsets after astral characters', () => {
    const [hit] = new TermDictionary([{ expected: 'xử lý', pattern: 'sử lý' }]).scan('😀 🇻🇳 sử lý');
    expect(hit).toMatchObject({ start: 8, end: 13, text: 'sử lý', replacement: 'xử lý' });
  });

  it('lets an entry turned down by its lookaround leave the place to a later entry', () => {
    const entries = [
      { expected: 'năng suất', pattern: '/năng xuất(?! khẩu)/' },
      { expected: 'NĂNG-XK', pattern: '/năng xuất khẩu/' },
    ];
    expect(apply(entries, 'năng xuất cao; năng xuất khẩu')).toBe('năng suất cao; NĂNG-XK');
  });

  it('gives a place to the earlier entry when two match there', () => {
    const entries = [
      { expected: 'A', pattern: 'ab' },
      { expected: 'B', pattern: 'abc' },
    ];
    expect(apply(entries, 'abc')).toBe('Ac');
    expect(apply([...entries].reverse(), 'abc')).toBe('B');
  });

  it('expands $n like prh, across all patterns of an entry', () => {
    const entries = [{ expected: '$2-$1 $3 $0 $9', patterns: ['/(a)/', '/(b)(c)/'] }];
    expect(apply(entries, 'a bc')).toBe('-a  $0 $9 b- c $0 $9');
  });

  it('reads on after a match regexpMustEmpty drops, not one letter on', () => {
    const entries = [{ expected: 'ソフトウェア', pattern: '/(日経)?ソフトウエア/', regexpMustEmpty: '$1' }];
    expect(apply(entries, '日経ソフトウエア ソフトウエア')).toBe('日経ソフトウエア ソフトウェア');
  });

  it('does not report a match that already is the expected text', () => {
    expect(new TermDictionary([{ expected: 'Hà Nội', pattern: '/Hà [Nn]ội/' }]).scan('Hà Nội, Hà nội')).toHaveLength(1);
  });

  it('ignoreCase: matches any case and gives the replacement the case of the text', () => {
    const entries = [{ expected: 'xổ số', pattern: 'sổ số', options: { ignoreCase: true } }];
    expect(apply(entries, 'sổ số, Sổ số, SỔ SỐ, sỔ sỐ')).toBe('xổ số, Xổ số, XỔ SỐ, xổ số');
    expect(followCase('TP.HCM', 'tp hcm')).toBe('TP.HCM');
  });

  it('finds matches anywhere in a long paragraph, however the text is halved', () => {
    const filler = 'Các doanh nghiệp trong khu công nghiệp tiếp tục mở rộng sản xuất. '.repeat(400);
    const text = `${filler}sử lý ${filler.slice(0, 333)} năng xuất lao động ${filler}tiềm năng xuất khẩu ${filler.slice(0, 77)} sử lý`;
    const hits = new TermDictionary(VIETNAMESE_TERMS).scan(text);
    expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.replacement])).toEqual([
      ['sử lý', 'xử lý'],
      ['năng xuất', 'năng suất'],
      ['sử lý', 'xử lý'],
    ]);
  });

  it('finds a match longer than the halving overlap', () => {
    const long = 'x'.repeat(700);
    const text = `${'y '.repeat(2000)}${long}${' z'.repeat(2000)}`;
    const hits = new TermDictionary([{ expected: 'X', pattern: '/x{600,}/' }]).scan(text);
    expect(hits).toHaveLength(1);
    expect(hits[0].end - hits[0].start).toBe(700);
  });

  it('finds the same matches in a text wherever it sits in a long document', () => {
    const dictionary = new TermDictionary(VIETNAMESE_TERMS);
    const phrases = VIETNAMESE_TERMS.flatMap((entry) => (entry.specs ?? []).map((spec) => spec.from));
    const padding = 'Ông cho biết kế hoạch năm nay đã hoàn thành. ';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...phrases), { minLength: 1, maxLength: 6 }), fc.nat(60), fc.nat(60), (picked, before, after) => {
        const body = picked.join('. ');
        const prefix = padding.repeat(before);
        const shifted = dictionary.scan(`${prefix}${body}. ${padding.repeat(after)}`).map((hit) => [hit.start - prefix.length, hit.replacement]);
        expect(shifted).toEqual(dictionary.scan(body).map((hit) => [hit.start, hit.replacement]));
      }),
      { numRuns: 60 },
    );
  });
});
