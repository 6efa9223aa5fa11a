/** rules/lib/vietnamese.ts: reading syllables and moving their tone marks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  correctTonePosition,
  isWellFormedSyllable,
  iyVariant,
  matchCase,
  moveToneMark,
  readSyllable,
  setTone,
  toneOfMark,
  tonePlacementOf,
  withTonePlacement,
} from '../rules/lib/vietnamese.js';

describe('readSyllable', () => {
  it.each([
    ['Thủy', { initial: 'th', rhyme: 'uy', tone: 3, toneIndex: 2, tonePositions: [2, 3] }],
    ['quý', { initial: 'qu', rhyme: 'y', tone: 2, toneIndex: 2, tonePositions: [2] }],
    ['người', { initial: 'ng', rhyme: 'ươi', tone: 1, toneIndex: 3, tonePositions: [3] }],
    ['giếng', { initial: 'gi', rhyme: 'iêng', tone: 2, toneIndex: 2, tonePositions: [2] }],
    ['gìn', { initial: 'gi', rhyme: 'in', tone: 1, toneIndex: 1, tonePositions: [1] }],
    ['hoàn', { initial: 'h', rhyme: 'oan', tone: 1, toneIndex: 2, tonePositions: [2] }],
    ['Ủy', { initial: '', rhyme: 'uy', tone: 3, toneIndex: 0, tonePositions: [0, 1] }],
  ])('reads %s as initial + rhyme + tone', (word, expected) => {
    expect(readSyllable(word)).toMatchObject({ ...expected, problem: undefined });
  });

  it('reports a misplaced mark as a problem and gives no syllable for foreign letters', () => {
    expect(readSyllable('qúy')?.problem).toEqual({ kind: 'tone-position', expected: 'quý' });
    expect(readSyllable('Müller')).toBeUndefined();
    expect(readSyllable('Hµ')).toBeUndefined();
  });
});

describe('isWellFormedSyllable', () => {
  it.each(['Việt', 'Nội', 'người', 'hòa', 'hoà', 'khuỷu', 'quyết', 'bé', 'tụi', 'gì', 'ĐÀ'])('accepts %s', (word) => {
    expect(isWellFormedSyllable(word)).toBe(true);
  });

  it.each(['Néi', 'bàc', 'ngöôøi', 'cé', 'ghà', 'khơng', 'Cafộ', 'µm', 'qúy', 'hòan'])('rejects %s', (word) => {
    expect(isWellFormedSyllable(word)).toBe(false);
  });
});

describe('tone placement of open oa/oe/uy', () => {
  it.each([
    ['hòa', 'oa', 'o-u'],
    ['hoà', 'oa', 'a-e-y'],
    ['khỏe', 'oe', 'o-u'],
    ['khoẻ', 'oe', 'a-e-y'],
    ['Thủy', 'uy', 'o-u'],
    ['Uỷ', 'uy', 'a-e-y'],
  ])('%s is %s with the mark on %s', (word, rhyme, placement) => {
    expect(tonePlacementOf(word)).toEqual({ rhyme, placement });
  });

  it.each(['hoàn', 'khoác', 'quyết', 'ngoài', 'khuya', 'xoáy', 'khuỷu', 'thuế', 'thuở', 'quý', 'quỳ', 'qúy', 'hoa', 'Hà'])(
    'has no choice of placement in %s',
    (word) => {
      expect(tonePlacementOf(word)).toBeUndefined();
      expect(withTonePlacement(word, 'a-e-y')).toBe(word);
      expect(withTonePlacement(word, 'o-u')).toBe(word);
    },
  );

  it('moves the mark and keeps the capitals', () => {
    expect(withTonePlacement('HÒA', 'a-e-y')).toBe('HOÀ');
    expect(withTonePlacement('Ủy', 'a-e-y')).toBe('Uỷ');
    expect(withTonePlacement('khoẻ', 'o-u')).toBe('khỏe');
    expect(withTonePlacement('Thuỵ', 'o-u')).toBe('Thụy');
  });

  it('round-trips every initial, rhyme, tone and capitalisation', () => {
    const initials = ['', 'h', 'kh', 'th', 'x', 't', 'l', 'ng', 'Th', 'H', 'TH'];
    const rhymes = ['oa', 'oe', 'uy', 'OA', 'UY'];
    const tones = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    fc.assert(
      fc.property(fc.constantFrom(...initials), fc.constantFrom(...rhymes), fc.constantFrom(...tones), (initial, rhyme, tone) => {
        const onFirst = `${initial}${rhyme[0]}${tone}${rhyme.slice(1)}`.normalize('NFC');
        const onSecond = `${initial}${rhyme}${tone}`.normalize('NFC');
        expect(tonePlacementOf(onFirst)?.placement).toBe('o-u');
        expect(tonePlacementOf(onSecond)?.placement).toBe('a-e-y');
        expect(withTonePlacement(onFirst, 'a-e-y')).toBe(onSecond);
        expect(withTonePlacement(onSecond, 'o-u')).toBe(onFirst);
      }),
    );
  });
});

describe('moving and setting tone marks', () => {
  it('corrects a mark in a place the spelling never allows', () => {
    expect(correctTonePosition('qúy')).toBe('quý');
    expect(correctTonePosition('Qủa')).toBe('Quả');
    expect(correctTonePosition('đôị')).toBe('đội');
    expect(correctTonePosition('hòan')).toBe('hoàn');
    expect(correctTonePosition('hòa')).toBeUndefined();
    expect(correctTonePosition('hoà')).toBeUndefined();
  });

  it('puts a tone where it belongs, or refuses when the final forbids it', () => {
    expect(setTone('thi', 5)).toBe('thị');
    expect(setTone('Lang', 5)).toBe('Lạng');
    expect(setTone('hoa', 1)).toBe('hòa');
    expect(setTone('hoa', 1, 'a-e-y')).toBe('hoà');
    expect(setTone('bac', 1)).toBeUndefined();
    expect(setTone('Müller', 2)).toBeUndefined();
  });

  it('moves a mark to a given letter', () => {
    expect(moveToneMark('Hòa', 2)).toBe('Hoà');
    expect(moveToneMark('hoa', 2)).toBe('hoa');
  });

  it('knows the tone of each combining mark', () => {
    expect(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323', '\u0302'].map(toneOfMark)).toEqual([1, 2, 3, 4, 5, undefined]);
  });
});

describe('iyVariant', () => {
  it.each([
    ['kỹ', { initial: 'k', vowel: 'y', tone: 4, other: 'kĩ', key: 'k4' }],
    ['Lí', { initial: 'l', vowel: 'i', tone: 2, other: 'Lý', key: 'l2' }],
    ['TỶ', { initial: 't', vowel: 'y', tone: 3, other: 'TỈ', key: 't3' }],
    ['quí', { initial: 'qu', vowel: 'i', tone: 2, other: 'quý', key: 'qu2' }],
    ['ty', { initial: 't', vowel: 'y', tone: 0, other: 'ti', key: 't0' }],
  ])('pairs %s with its other spelling', (word, expected) => {
    expect(iyVariant(word)).toEqual(expected);
  });

  it.each(['thi', 'kim', 'yêu', 'Vy', 'tiên', 'gì'])('has no pair for %s', (word) => {
    expect(iyVariant(word)).toBeUndefined();
  });
});

describe('matchCase', () => {
  it('copies capitals letter by letter', () => {
    expect(matchCase('HÒA', 'hoà')).toBe('HOÀ');
    expect(matchCase('Thủy', 'thuỷ')).toBe('Thuỷ');
    expect(matchCase('qúy', 'QUÝ')).toBe('quý');
  });
});
