/** The prh YAML loader: textlint-rule-prh's documented format loads unchanged, specs run, bad files say why. */
import { describe, expect, it } from 'vitest';
import { loadPrhDictionary, PrhDictionaryError, withoutIgnoredRules } from '../rules/lib/prh.js';
import { TermDictionary } from '../rules/lib/term-dictionary.js';

/** Written the way textlint-rule-prh's README and prh's sample prh.yml write a dictionary. */
const TEXTLINT_STYLE = `
# prh version
version: 1
imports:
  - ./common.yml
  - path: ./vendor.yml
    disableImports: true
    ignoreRules:
      - /jquery/i
      - expected: Cookie
rules:

  # format case-sensitive
  - expected: Cookie
  # Write test to \`expect\`
  - expected: jQuery
    specs:
      - from: jquery
        to:   jQuery
      - from: ＪＱＵＥＲＹ
        to:   jQuery

  # pattern => expected
  - expected: default
    pattern:  deflaut

  - expected: ハードウェア
    patterns:
      - ハードウエアー
      - ハードウェアー
      - ハードウエア

  - expected: （$1）
    pattern:  /\\(([^)]+)\\)/
    specs:
      - from: (そのとおり)
        to:   （そのとおり）

  - expected: ソフトウェア
    pattern:  /(日経)?ソフトウエア/
    regexpMustEmpty: $1
    specs:
      - from: 広義のソフトウエア
        to:   広義のソフトウェア
      - from: 日経ソフトウエア
        to:   日経ソフトウエア

  - expected: サーバー
    pattern:  /サーバ(?!ー)/
    specs:
      - from: サーバ
        to:   サーバー
      - from: サーバー
        to:   サーバー

  - expected: js
    options:
      wordBoundary: true
    specs:
      - from: foo JS bar
        to:   foo js bar
      - from: foo altJS bar
        to:   foo altJS bar

  - expected: xử lý
    pattern: /(?<!lịch )sử lý/
    options:
      wordBoundary: true
    specs:
      - from: cần sử lý ngay
        to:   cần xử lý ngay
      - from: lịch sử lý giải
        to:   lịch sử lý giải
`;

describe('loadPrhDictionary', () => {
  const dictionary = loadPrhDictionary(TEXTLINT_STYLE, 'prh.yml');

  it('reads version, imports and every rule as written', () => {
    expect(dictionary.version).toBe(1);
    expect(dictionary.imports).toEqual([
      { path: './common.yml', disableImports: false, ignoreRules: [] },
      { path: './vendor.yml', disableImports: true, ignoreRules: [{ pattern: '/jquery/i' }, { expected: 'Cookie' }] },
    ]);
    expect(dictionary.rules.map((rule) => rule.expected)).toEqual(['Cookie', 'jQuery', 'default', 'ハードウェア', '（$1）', 'ソフトウェア', 'サーバー', 'js', 'xử lý']);
    expect(dictionary.rules[3].patterns).toEqual(['ハードウエアー', 'ハードウェアー', 'ハードウエア']);
  });

  it('gives rules that behave as prh documents them', () => {
    const terms = new TermDictionary(dictionary.rules);
    expect(terms.apply('cookie, COOKIE and Cookie; deflaut')).toBe('Cookie, Cookie and Cookie; default');
    expect(terms.apply('ハードウエアー と ハードウエア')).toBe('ハードウェア と ハードウェア');
    expect(terms.apply('(注) 日経ソフトウエア と ソフトウエア, サーバ と サーバー')).toBe('（注） 日経ソフトウエア と ソフトウェア, サーバー と サーバー');
    expect(terms.apply('Cần sử lý ngay, lịch sử lý giải')).toBe('Cần xử lý ngay, lịch sử lý giải');
  });

  it('accepts a bare string as a rule, and an empty file', () => {
    expect(loadPrhDictionary('rules:\n  - jQuery\n').rules).toEqual([{ expected: 'jQuery' }]);
    expect(loadPrhDictionary('')).toEqual({ version: 1, imports: [], rules: [] });
  });

  it('fails like prh when a spec fails, naming the file, the rule and the spec', () => {
    const text = 'version: 1\nrules:\n  - expected: JavaScript\n    specs:\n      - from: JAVASCRIPT\n        to:   JavaScprit\n';
    expect(() => loadPrhDictionary(text, 'team.yml')).toThrow(
      'team.yml: rules[0]: spec of "JavaScript" failed: "JAVASCRIPT" should become "JavaScprit" but became "JavaScript"',
    );
  });

  it('refuses patterns the linear-time engine cannot run, with the reason', () => {
    const load = (pattern: string) => () => loadPrhDictionary(`rules:\n  - expected: x\n    pattern: ${JSON.stringify(pattern)}\n`, 'bad.yml');
    expect(load('/(a)\\1/')).toThrow(/bad\.yml: rules\[0\]: \(expected "x"\) pattern \/\(a\)\\1\/ cannot run on the linear-time engine \(re2js\)/);
    expect(load('/a(?!b)c/')).toThrow(/lookahead|must come at the end/);
    expect(load('/a(?<!b)c/')).toThrow(/must come at the start/);
    expect(load('/(?<n>a)\\k<n>/')).toThrow(/back-references/);
    expect(load('/a/q')).toThrow(/unknown flag "q"/);
    expect(load('/(a/')).toThrow(/pattern \/\(a\/: missing "\)"/);
  });

  it('says which key is malformed', () => {
    expect(() => loadPrhDictionary('rules: 3', 'f.yml')).toThrow('f.yml: rules: must be a list');
    expect(() => loadPrhDictionary('rules:\n  - pattern: x\n', 'f.yml')).toThrow('f.yml: rules[0].expected: is required and must be a string');
    expect(() => loadPrhDictionary('rules:\n  - expected: x\n    specs:\n      - from: a\n', 'f.yml')).toThrow(/rules\[0\]\.specs\[0\]: must have non-empty "from" and "to"/);
    expect(() => loadPrhDictionary('rules:\n  - expected: x\n    options: {wordBoundary: yes please}\n', 'f.yml')).toThrow(/options\.wordBoundary: must be true or false/);
    expect(() => loadPrhDictionary('rules: [', 'f.yml')).toThrow(PrhDictionaryError);
  });

  it('drops the rules an importer ignores, by expected form or by pattern as written', () => {
    const vendor = loadPrhDictionary('rules:\n  - expected: jQuery\n    pattern: /jquery/i\n  - Cookie\n  - expected: email\n    pattern: e-mail\n');
    expect(withoutIgnoredRules(vendor, dictionary.imports[1].ignoreRules).rules.map((rule) => rule.expected)).toEqual(['email']);
  });
});
