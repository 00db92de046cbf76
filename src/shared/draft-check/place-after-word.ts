/**
 * A place name right after a word (法制梧冈, 法制青山湖区), recognised because the draft names that place elsewhere as a
 * unit (中共梧冈县委, 青山湖区人民政府): the place's own name, 2 to 4 characters, then its level (县, 市, 区…), and then an
 * organ or a stop. A word that merely ends like a place (工作区域, 宣传月) is no unit named.
 */
import { escapeRegExp } from '../escape-regexp.ts';

/** The level a place name ends with. */
const LEVEL = '(?:自治县|自治州|街道|新区|县|市|区|镇|乡|省|州|旗)';
/** What follows a unit's name: an organ of it, its people, or a stop. */
const UNIT_AFTER = '(?:委|政府|人民|党|司法|法院|检察|公安|财政|城|全|各|境内|建设|[，,。；、：:）)”\\s]|$)';

/**
 * The place name starting at `at` (without its level when the draft writes it without: 法制梧冈), or null. A name the
 * draft uses only right where it is read (法制梧冈县, nowhere else) is not counted, since any word could be so read.
 */
export function placeNameAt(text: string, at: number): string | null {
  for (let length = 2; length <= 4; length++) {
    const name = text.slice(at, at + length);
    if (!/^[\u4e00-\u9fff]+$/.test(name) || name.length < length) return null;
    const unit = new RegExp(`${escapeRegExp(name)}${LEVEL}${UNIT_AFTER}`, 'gu');
    for (const m of text.matchAll(unit)) if (m.index !== at) return name;
  }
  return null;
}
