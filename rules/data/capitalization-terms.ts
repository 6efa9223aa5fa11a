/**
 * Names of offices, bodies and titles with the capitals Vietnamese newsroom
 * style gives them, after Nghị định 30/2020/NĐ-CP (Phụ lục II: agencies
 * capitalise the words that name their kind and function; titles before a
 * person or an organ are capitalised; "Thủ đô Hà Nội" and "Thành phố Hồ Chí
 * Minh" are special cases) and the press's own majority forms (Bộ Chính trị
 * 1,115 : Bộ chính trị 18; Tổng Bí thư 698 : Tổng bí thư 114 in 35,440
 * baomoi articles; see the `capitalization` doc page).
 *
 * Each term is written once, in either tone-mark placement: "Ủy" also matches
 * "Uỷ". A term listed with `notBefore` is not that name when one of those
 * words follows ("Chủ tịch nước sạch Sông Đà" is a company's chairman).
 *
 * Left out on purpose, because in running text they are mostly ordinary
 * nouns: "nhà nước", "chính phủ", "thủ tướng", "bí thư" alone, "bí thư chi
 * bộ" (a cell's secretary, not a named body), "ủy ban nhân dân" ("các ủy ban
 * nhân dân các cấp"). A newsroom that wants them adds them with `terms`.
 */

export interface CapitalizationTerm {
  /** The name as it must be written. */
  term: string;
  /** Words after which the same letters are another phrase. */
  notBefore?: readonly string[];
}

export const CAPITALIZATION_TERMS: readonly CapitalizationTerm[] = [
  { term: 'Bộ Chính trị' },
  { term: 'Ủy viên Bộ Chính trị' },
  { term: 'Ban Bí thư' },
  { term: 'Ủy viên Ban Bí thư' },
  { term: 'Tổng Bí thư' },
  { term: 'Bí thư Trung ương Đảng' },
  { term: 'Trung ương Đảng' },
  { term: 'Ủy viên Trung ương Đảng' },
  { term: 'Ban Chấp hành Trung ương' },
  { term: 'Ban Chấp hành Trung ương Đảng' },
  { term: 'Ủy viên Ban Chấp hành Trung ương' },
  { term: 'Bí thư Thành ủy' },
  { term: 'Phó Bí thư Thành ủy' },
  { term: 'Bí thư Tỉnh ủy' },
  { term: 'Phó Bí thư Tỉnh ủy' },
  { term: 'Chủ tịch nước', notBefore: ['sạch', 'ngoài', 'giải khát', 'khoáng', 'mắm'] },
  { term: 'Phó Chủ tịch nước', notBefore: ['sạch', 'ngoài', 'giải khát', 'khoáng', 'mắm'] },
  { term: 'Văn phòng Chủ tịch nước' },
  { term: 'Thủ tướng Chính phủ' },
  { term: 'Phó Thủ tướng Chính phủ' },
  { term: 'Văn phòng Chính phủ' },
  { term: 'Quốc hội' },
  { term: 'Chủ tịch Quốc hội' },
  { term: 'Phó Chủ tịch Quốc hội' },
  { term: 'Ủy ban Thường vụ Quốc hội' },
  { term: 'Văn phòng Quốc hội' },
  { term: 'Mặt trận Tổ quốc Việt Nam' },
  { term: 'Thủ đô Hà Nội' },
  { term: 'Thành phố Hồ Chí Minh' },
];

/**
 * Nouns that come before a place name and are capitalised one way or the
 * other by house habit ("thủ đô Bắc Kinh" or "Thủ đô Bắc Kinh"): the rule
 * only asks that one document pick one, per place.
 */
export const CONSISTENT_HEADS: readonly string[] = ['thủ đô', 'thành phố'];
