/** The Vietnamese syllable grammar and the attested-syllable table. */
import { describe, expect, it } from 'vitest';
import { attestedSyllables, isAttested, nearestAttested, parseTable } from '../rules/lib/attested-syllables.js';
import {
  analyseSyllable,
  decompose,
  isVietnameseLooking,
  placeTone,
  splitSyllable,
  toneMarkPositions,
  withTone,
  type Tone,
} from '../rules/lib/syllable-structure.js';

const problemOf = (word: string) => analyseSyllable(word)?.problem;

describe('decompose', () => {
  it('separates letters, tone and the letter that carries the mark', () => {
    expect(decompose('Đển')).toEqual({ base: 'đên', tone: 3, toneIndex: 1 });
    expect(decompose('người')).toEqual({ base: 'ngươi', tone: 1, toneIndex: 3 });
    expect(decompose('hoà')).toEqual({ base: 'hoa', tone: 1, toneIndex: 2 });
    expect(decompose('an')).toEqual({ base: 'an', tone: 0, toneIndex: -1 });
  });

  it('reads decomposed (NFD) input like composed input', () => {
    expect(decompose('người'.normalize('NFD'))).toEqual(decompose('người'));
  });

  it('refuses letters outside the Vietnamese alphabet and doubled tone marks', () => {
    for (const word of ['café', 'José', 'Müller', 'wifi', 'zalo', 'Özil', 'naïve', 'Vieät', 'Thuỵ\u0323', 'Hµ']) {
      expect(decompose(word), word).toBeUndefined();
    }
  });
});

describe('splitSyllable', () => {
  it('takes the longest initial', () => {
    expect(splitSyllable('nghiêng')).toMatchObject({ initial: 'ngh', rhyme: 'iêng' });
    expect(splitSyllable('nguyên')).toMatchObject({ initial: 'ng', rhyme: 'uyên' });
    expect(splitSyllable('thuy')).toMatchObject({ initial: 'th', rhyme: 'uy' });
    expect(splitSyllable('quôc')).toMatchObject({ initial: 'qu', rhyme: 'ôc' });
    expect(splitSyllable('yêu')).toMatchObject({ initial: '', rhyme: 'yêu' });
  });

  it('shares the i of gi when no other vowel follows, and before ê', () => {
    expect(splitSyllable('gi')).toMatchObject({ initial: 'gi', rhyme: 'i', rhymeStart: 1 });
    expect(splitSyllable('gin')).toMatchObject({ initial: 'gi', rhyme: 'in', rhymeStart: 1 });
    expect(splitSyllable('giêng')).toMatchObject({ initial: 'gi', rhyme: 'iêng', rhymeStart: 1 });
    expect(splitSyllable('gia')).toMatchObject({ initial: 'gi', rhyme: 'a', rhymeStart: 2 });
  });
});

describe('well-formedness', () => {
  it('accepts ordinary syllables, including the look-alikes of the confusable pairs', () => {
    const words = 'tiềm năng xuất khẩu cảnh sát nhập cư nhân sinh đẹp đẽ được người nghiêng quốc quý gì gìn giếng khuỷu ngoài yêu uyên oái thuở hươu Ủy kỹ kĩ lý lí'.split(' ');
    for (const word of words) expect(problemOf(word), word).toBeUndefined();
  });

  it('accepts both tone-mark placements in open oa, oe, uy', () => {
    for (const word of ['hòa', 'hoà', 'khỏe', 'khoẻ', 'thủy', 'thuỷ', 'Ủy', 'Uỷ', 'tòa', 'toà']) {
      expect(problemOf(word), word).toBeUndefined();
    }
  });

  it('lets p, t, c, ch finals take only sắc or nặng', () => {
    for (const word of ['bàc', 'bảt', 'sãch', 'hồp', 'bac', 'môt']) expect(problemOf(word), word).toEqual({ kind: 'stop-tone' });
    for (const word of ['bác', 'bạc', 'sách', 'hộp', 'một', 'mốt']) expect(problemOf(word), word).toBeUndefined();
  });

  it('applies the c/k, g/gh, ng/ngh and qu spelling rules', () => {
    expect(problemOf('cính')).toEqual({ kind: 'spelling', expected: 'kính' });
    expect(problemOf('kon')).toEqual({ kind: 'spelling', expected: 'con' });
    expect(problemOf('ghà')).toEqual({ kind: 'spelling', expected: 'gà' });
    expect(problemOf('gế')).toEqual({ kind: 'spelling', expected: 'ghế' });
    expect(problemOf('ngiêm')).toEqual({ kind: 'spelling', expected: 'nghiêm' });
    expect(problemOf('nghành')).toEqual({ kind: 'spelling', expected: 'ngành' });
    expect(problemOf('coá')).toEqual({ kind: 'spelling', expected: 'quá' });
    expect(problemOf('cuyết')).toEqual({ kind: 'spelling', expected: 'quyết' });
  });

  it('rejects rhymes the language does not have', () => {
    for (const word of ['nguời', 'đuợc', 'iêu', 'quông', 'biêt']) {
      const problem = problemOf(word);
      expect(problem?.kind, word).toBe(word === 'biêt' ? 'stop-tone' : 'rhyme');
    }
  });

  it('finds a tone mark on the wrong letter and says where it goes', () => {
    expect(problemOf('hòan')).toEqual({ kind: 'tone-position', expected: 'hoàn' });
    expect(problemOf('ngươì')).toEqual({ kind: 'tone-position', expected: 'người' });
    expect(problemOf('gìa')).toEqual({ kind: 'tone-position', expected: 'già' });
    expect(problemOf('qúy')).toEqual({ kind: 'tone-position', expected: 'quý' });
    expect(problemOf('muà')).toEqual({ kind: 'tone-position', expected: 'mùa' });
  });

  it('calls foreign shapes shape, not a spelling error', () => {
    for (const word of ['Mátxcơva', 'Đắk', 'crôm', 'André', 'Pleiku']) expect(problemOf(word)?.kind, word).toBe('shape');
  });
});

describe('tone mark positions', () => {
  it('puts the mark on the main vowel', () => {
    expect(toneMarkPositions('ươi')).toEqual([1]);
    expect(toneMarkPositions('oai')).toEqual([1]);
    expect(toneMarkPositions('ia')).toEqual([0]);
    expect(toneMarkPositions('uyên')).toEqual([2]);
    expect(toneMarkPositions('oa')).toEqual([0, 1]);
    expect(toneMarkPositions('oan')).toEqual([1]);
  });

  it('writes a tone in either placement', () => {
    expect(placeTone('hoa', 1)).toBe('hòa');
    expect(placeTone('hoa', 1, true)).toBe('hoà');
    expect(placeTone('ngươi', 1)).toBe('người');
    expect(withTone('đên', 2, 1)).toBe('đến');
  });
});

describe('isVietnameseLooking', () => {
  it('counts words with Vietnamese letters or tone marks, not plain Latin or foreign words', () => {
    expect(isVietnameseLooking('được')).toBe(true);
    expect(isVietnameseLooking('Đển')).toBe(true);
    expect(isVietnameseLooking('ăn')).toBe(true);
    expect(isVietnameseLooking('hot')).toBe(false);
    expect(isVietnameseLooking('José')).toBe(false);
  });
});

describe('attested syllables', () => {
  it('reads the table format and refuses a malformed entry', () => {
    const table = parseTable('-: a:zf\nb: ac*\nđ: ên:fs');
    expect([...table]).toEqual([['a', 0b11], ['bac', (1 << 2) | (1 << 5)], ['đên', (1 << 1) | (1 << 2)]]);
    expect(() => parseTable('b: ac:q')).toThrow(/cannot read entry/);
  });

  it('lists only syllables the grammar accepts, in every tone it lists', () => {
    const bad: string[] = [];
    for (const [base, mask] of attestedSyllables()) {
      for (let tone = 0 as Tone; tone <= 5; tone = (tone + 1) as Tone) {
        if (!((mask >> tone) & 1)) continue;
        const word = placeTone(base, tone);
        if (analyseSyllable(word)?.problem !== undefined) bad.push(word);
      }
    }
    expect(bad).toEqual([]);
    expect(attestedSyllables().size).toBeGreaterThan(1500);
  });

  it('knows the common syllables and not the well-formed non-words', () => {
    for (const word of ['đến', 'đền', 'để', 'người', 'Nguyễn', 'những', 'được', 'thuỷ', 'khoẻ', 'quốc', 'sẽ', 'yếu']) {
      const { base, tone } = decompose(word)!;
      expect(isAttested(base, tone), word).toBe(true);
    }
    for (const word of ['đển', 'đễ', 'gồn', 'phầm', 'chêu', 'diếm']) {
      const { base, tone } = decompose(word)!;
      expect(isAttested(base, tone), word).toBe(false);
    }
  });

  it('suggests the nearest attested syllables: same letters first, then a likely slip, then one letter', () => {
    expect(nearestAttested('đên', 3, false).slice(0, 3)).toEqual(['đền', 'đến', 'để']);
    expect(nearestAttested('chêu', 0, false)).toContain('trêu');
    expect(nearestAttested('diêm', 2, false)).toContain('giếm');
    expect(nearestAttested('ngương', 3, false)[0]).toBe('ngưỡng');
  });
});
