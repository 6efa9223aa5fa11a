/** date-format: the style it picks, what it says, where it points, and when it offers no fix. */
import { describe, expect, it } from 'vitest';
import { lint, type Locale, type RuleSetting } from '../server/src/engine/index.js';
import { validateRuleOptions } from '../server/src/config/validate.js';
import dateFormat from '../rules/date-format.js';

function run(text: string, options: Record<string, unknown> = {}, locale: Locale = 'en') {
  const settings = new Map<string, RuleSetting>([[dateFormat.id, { severity: 'warning', options }]]);
  return lint(text, { rules: [dateFormat], settings, locale }).findings;
}

describe('date-format', () => {
  it('names the form found and the form to write, and points at the first date in the majority style', () => {
    const text = 'Sáng 27/9 họp. Chiều 28/9 ký. Tối 29-9 bế mạc.';
    const [finding] = run(text);
    expect(finding.message).toBe('Date "29-9" is written with "-", but this document writes dates as "27/9" — write "29/9"');
    expect(text.slice(finding.start, finding.end)).toBe('29-9');
    expect(finding.related).toMatchObject([{ start: text.indexOf('27/9'), end: text.indexOf('27/9') + 4, message: 'This document writes dates like this' }]);
    expect(finding.fixes[0].edits).toEqual([{ start: finding.start, end: finding.end, text: '29/9' }]);
  });

  it('speaks Vietnamese', () => {
    const [finding] = run('Sáng 27/9 họp. Chiều 28/9 ký. Tối 29.9 bế mạc.', {}, 'vi');
    expect(finding.message).toBe('Ngày "29.9" được viết với dấu ".", nhưng bài này viết ngày như "27/9" — hãy viết "29/9"');
  });

  it('gives a tie to the form used first', () => {
    const findings = run('Ngày 27-9 họp, ngày 28/9 ký.');
    expect(findings.map((finding) => finding.message)).toEqual(['Date "28/9" is written with "/", but this document writes dates as "27-9" — write "28-9"']);
  });

  it('reports leading zeros both ways', () => {
    expect(run('Ngày 1/9/2023, ngày 2/9/2023 và ngày 03/09/2023.')[0].message).toBe(
      'Date "03/09/2023" has a leading zero, but this document writes dates without one, as "1/9/2023" — write "3/9/2023"',
    );
    expect(run('Ngày 01/09/2023, ngày 02/09/2023 và ngày 3/9/2023.')[0].message).toBe(
      'Date "3/9/2023" has no leading zero, but this document pads days and months with one, as "01/09/2023" — write "03/09/2023"',
    );
  });

  it('applies the house style to every date once it is set, even when the whole document agrees', () => {
    const findings = run('Ngày 27/9 họp, ngày 28/9 ký, ngày 05-10 bế mạc.', { separator: '-', leadingZero: false });
    expect(findings.map((finding) => finding.message)).toEqual([
      'Date "27/9" is written with "/", but the house style writes dates with "-" — write "27-9"',
      'Date "28/9" is written with "/", but the house style writes dates with "-" — write "28-9"',
      'Date "05-10" has a leading zero, but the house style writes days and months without one — write "5-10"',
    ]);
    expect(run('Ngày 7/9/2023 và ngày 8/9/2023.', { leadingZero: true }).map((finding) => finding.fixes[0].edits[0].text)).toEqual(['07/09/2023', '08/09/2023']);
  });

  it('uses one message when several traits differ', () => {
    const findings = run('Ngày 7/9/2023, ngày 8/9/2023 và ngày 09-09-2023.');
    expect(findings.map((finding) => finding.message)).toEqual(['Date "09-09-2023" is not written like the other dates in this document — write "9/9/2023"']);
  });

  it('offers no fix when a dash separator would run into a range dash', () => {
    const [finding] = run('Sáng 2-10 họp; hai ngày 25-26/10 tiếp dân; ngày 30-10 bế mạc.');
    expect(finding.message).toMatch(/^Date "26\/10" is written with "\/"/);
    expect(finding.fixes).toEqual([]);
  });

  it('widens a 2-digit year only when the document shows one century', () => {
    expect(run('Ngày 1/9/2023, ngày 2/9/2023, ngày 3/9/23.')[0].fixes[0].edits[0].text).toBe('3/9/2023');
    expect(run('Ngày 7/5/1954, ngày 7/5/2024, ngày 8/5/24.')).toEqual([]);
  });

  it('leaves page timestamps out of the vote and the report', () => {
    expect(run('Ngày 7/2 đội tập.\n\nThể thao Việt Nam | 21:00 06/02/2017')).toEqual([]);
  });

  it('accepts the documented options and rejects anything else', () => {
    expect(validateRuleOptions(dateFormat, { separator: '.', leadingZero: true })).toBeUndefined();
    expect(validateRuleOptions(dateFormat, { separator: ',' })).toBeDefined();
    expect(validateRuleOptions(dateFormat, { yearDigits: 4 })).toBeDefined();
  });
});
