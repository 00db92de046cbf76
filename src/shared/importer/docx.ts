/**
 * The text of a .docx body from its XML parts (word/document.xml, word/numbering.xml,
 * word/styles.xml), pure: ./docx-file.ts unzips (for the importer, npm run check and the
 * 报告体检 page alike), this reads.
 *
 * - Paragraphs become lines; w:tab and w:br become a tab and a line break, except that the
 *   breaks of a Title-style paragraph are dropped (a long title set in lines); deleted text
 *   (tracked changes) and field codes are left out, as Word shows them.
 * - Automatic numbering (Word's 多级列表): the number Word draws before a paragraph is not in
 *   its text. It is rebuilt from numbering.xml, the level's number format (chineseCounting →
 *   一, decimal → 1, …) and its lvlText (e.g. "%1、", "（%1）"), so 一、 and （一） headings keep
 *   their markers. A format this reader cannot draw stops the import with a message; no
 *   heading is silently left without its number. Bullets draw nothing.
 * - Tables become GFM tables (first row as header). A table with merged cells is kept with the
 *   merged text in its first cell and the others empty, and an editorial note says so.
 */

/** A table of the body, its cells as text (paragraphs of a cell joined by a line break). */
export interface DocxTable {
  rows: string[][];
  /** True when some cell spans columns (gridSpan) or rows (vMerge). */
  merged: boolean;
}

export interface DocxText {
  /** The body, one paragraph a line; each table is one line, TABLE_LINE(i). */
  text: string;
  tables: DocxTable[];
}

/** The line that stands for table i in DocxText.text: private-use characters, never in a report. */
export const TABLE_LINE = (i: number) => `\uE000${i}\uE001`;
export const TABLE_LINE_PATTERN = /^\uE000(\d+)\uE001$/u;

/** A numbering format this reader cannot draw: the import stops rather than drop the number. */
export class NumberingError extends Error {}

type Attrs = Record<string, string>;
/** `at`, `end`: where the token starts and ends in the XML string (for ../annotate: a character's origin). */
type Tag = { close: boolean; name: string; attrs: Attrs; selfClosing: boolean; at: number; end: number } | { text: string; at: number; end: number };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e],
  );

/** unescapeXml of a text token at `at`, with each UTF-16 unit's offset in the XML (an entity's units: its '&'). */
function unescapeTraced(raw: string, at: number): { text: string; origins: number[] } {
  let text = '';
  const origins: number[] = [];
  for (const m of raw.matchAll(/&(?:#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);|[^&]+|&/gi)) {
    const piece = m[0][0] === '&' && m[0].length > 1 ? unescapeXml(m[0]) : m[0];
    for (let i = 0; i < piece.length; i++) origins.push(at + m.index + (piece === m[0] ? i : 0));
    text += piece;
  }
  return { text, origins };
}

/** A flat stream of tags and text; enough for WordprocessingML, which has no mixed content outside w:t. */
export function* tokens(xml: string): Generator<Tag> {
  const re = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<[?!][^>]*>|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    if (m[5] !== undefined) yield { text: m[5], at: m.index, end: m.index + m[0].length };
    else if (m[2]) {
      const attrs: Attrs = {};
      for (const a of m[3].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = unescapeXml(a[2] ?? a[3]);
      yield { close: m[1] === '/', name: m[2], attrs, selfClosing: m[4] === '/', at: m.index, end: m.index + m[0].length };
    }
  }
}

/** One level of a list definition. */
interface Level {
  numFmt: string;
  lvlText: string;
  start: number;
}

/** numbering.xml: for each numId, its abstract list and the levels (with start overrides). */
export function readNumbering(xml: string): Map<string, { abstractId: string; levels: Map<number, Level>; restarts: boolean }> {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  let currentAbstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let currentNum: { abstractId: string; overrides: Map<number, number> } | undefined;
  let overrideLevel = -1;
  for (const t of tokens(xml)) {
    if ('text' in t) continue;
    const val = t.attrs['w:val'];
    if (t.close) {
      if (t.name === 'w:abstractNum') currentAbstract = undefined;
      if (t.name === 'w:lvl') level = undefined;
      if (t.name === 'w:num') currentNum = undefined;
      continue;
    }
    switch (t.name) {
      case 'w:abstractNum':
        currentAbstract = new Map();
        abstract.set(t.attrs['w:abstractNumId'], currentAbstract);
        break;
      case 'w:lvl':
        if (currentAbstract) {
          level = { numFmt: 'decimal', lvlText: '', start: 1 };
          currentAbstract.set(Number(t.attrs['w:ilvl'] ?? 0), level);
        }
        break;
      case 'w:numFmt':
        if (level) level.numFmt = val ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.lvlText = val ?? '';
        break;
      case 'w:start':
        if (level) level.start = Number(val ?? 1);
        break;
      case 'w:num':
        currentNum = { abstractId: '', overrides: new Map() };
        nums.set(t.attrs['w:numId'], currentNum);
        break;
      case 'w:abstractNumId':
        if (currentNum) currentNum.abstractId = val ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(t.attrs['w:ilvl'] ?? 0);
        break;
      case 'w:startOverride':
        if (currentNum) currentNum.overrides.set(overrideLevel, Number(val ?? 1));
        break;
    }
  }
  const out = new Map<string, { abstractId: string; levels: Map<number, Level>; restarts: boolean }>();
  for (const [id, num] of nums) {
    const base = abstract.get(num.abstractId);
    if (!base) continue;
    const levels = new Map([...base].map(([i, l]) => [i, num.overrides.has(i) ? { ...l, start: num.overrides.get(i)! } : l]));
    out.set(id, { abstractId: num.abstractId, levels, restarts: num.overrides.size > 0 });
  }
  return out;
}

/** styles.xml: paragraph styles that carry numbering (Word's 标题 1 linked to a 多级列表). */
export function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  let style: string | undefined;
  for (const t of tokens(xml)) {
    if ('text' in t) continue;
    if (t.name === 'w:style') style = t.close ? undefined : t.attrs['w:styleId'];
    else if (style && !t.close && t.name === 'w:numId') out.set(style, { numId: t.attrs['w:val'], ilvl: out.get(style)?.ilvl ?? 0 });
    else if (style && !t.close && t.name === 'w:ilvl') out.set(style, { numId: out.get(style)?.numId ?? '', ilvl: Number(t.attrs['w:val'] ?? 0) });
  }
  return out;
}

const DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五: the counting Word's chineseCounting draws. */
export function chineseCounting(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseCounting(rest)}` : chineseCounting(rest)}`;
  }
  return String(n);
}

const roman = (n: number) => {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
};
const letter = (n: number) => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/** The number as Word draws it in a format; undefined for a format this reader does not know. */
export function formatNumber(n: number, numFmt: string): string | undefined {
  switch (numFmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? '甲乙丙丁戊己庚辛壬癸'[n - 1] : undefined;
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? '子丑寅卯辰巳午未申酉戌亥'[n - 1] : undefined;
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return undefined;
  }
}

/** Counts list items as Word does: per list definition, a level's counter restarting under its parent. */
class Counters {
  private readonly counts = new Map<string, number[]>();
  private readonly seenNums = new Set<string>();
  private readonly numbering: ReturnType<typeof readNumbering>;
  constructor(numbering: ReturnType<typeof readNumbering>) {
    this.numbering = numbering;
  }

  /** The marker Word draws for the next paragraph at (numId, ilvl), e.g. （二）; '' when none. */
  next(numId: string, ilvl: number): string {
    const num = this.numbering.get(numId);
    const level = num?.levels.get(ilvl);
    if (!num || !level) return ''; // numId 0 or an unknown list: Word draws no number
    // Lists sharing a definition continue its count; a w:num with a start override restarts it.
    if (!this.counts.has(num.abstractId) || (num.restarts && !this.seenNums.has(numId))) this.counts.set(num.abstractId, []);
    this.seenNums.add(numId);
    const counts = this.counts.get(num.abstractId)!;
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1; // deeper levels restart
    return level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = num.levels.get(i);
      const value = counts[i] ?? l?.start ?? 1;
      const drawn = formatNumber(value, i === ilvl ? level.numFmt : (l?.numFmt ?? 'decimal'));
      if (drawn === undefined) throw new NumberingError(l?.numFmt ?? level.numFmt);
      return drawn;
    });
  }
}

/**
 * Called once per paragraph, in the order the paragraphs' texts enter DocxText (a text box's
 * paragraphs before the one holding the box): the paragraph's text and, for each UTF-16 unit, its
 * offset in document.xml (a w:t character, or the w:tab/w:br element) or -1 for a number Word draws.
 * docxPlainText's text is these texts in this order, one separator character between two.
 */
export type ParagraphTrace = (text: string, origins: number[]) => void;

/** Reads the body text (see the file comment). Throws NumberingError for an unknown number format. */
export function docxText(documentXml: string, numberingXml = '', stylesXml = '', trace?: ParagraphTrace): DocxText {
  const counters = new Counters(readNumbering(numberingXml));
  const styleNumbering = readStyleNumbering(stylesXml);
  const lines: string[] = [];
  const tables: DocxTable[] = [];
  /** Open tables, innermost last (a table in a cell is read as text of that cell). */
  const tableStack: { table: DocxTable; row: string[] | undefined; cell: string[] | undefined }[] = [];
  type Para = { text: string; numId?: string; ilvl?: number; style?: string; origins: number[] };
  const paraStack: Para[] = [];
  let inText = false;
  let inTabs = false;
  let skip = 0; // depth inside parts Word does not show: deleted or moved-away text, fallbacks, field codes
  const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:instrText', 'w:delText']);

  const endParagraph = (p: Para) => {
    const style = p.style ? styleNumbering.get(p.style) : undefined;
    const numId = p.numId ?? style?.numId;
    const marker = numId ? counters.next(numId, p.ilvl ?? style?.ilvl ?? 0) : '';
    // A title set in lines with manual breaks (GB/T 9704 7.3.1: 梯形 or 菱形) is still one title.
    const title = p.style && /^title$/i.test(p.style);
    const text = marker + (title ? p.text.replace(/\n/g, '') : p.text);
    trace?.(text, new Array<number>(marker.length).fill(-1).concat(title ? p.origins.filter((_, i) => p.text[i] !== '\n') : p.origins));
    const open = tableStack.at(-1);
    if (open?.cell) open.cell.push(text);
    else lines.push(text);
  };

  for (const t of tokens(documentXml)) {
    if ('text' in t) {
      if (inText && !skip && paraStack.length) {
        const p = paraStack[paraStack.length - 1];
        if (trace) {
          const traced = unescapeTraced(t.text, t.at);
          p.text += traced.text;
          for (const o of traced.origins) p.origins.push(o);
        } else p.text += unescapeXml(t.text);
      }
      continue;
    }
    if (SKIPPED.has(t.name)) {
      if (!t.selfClosing) skip += t.close ? -1 : 1;
      continue;
    }
    if (skip) continue;
    const p = paraStack.at(-1);
    if (t.close) {
      if (t.name === 'w:t') inText = false;
      else if (t.name === 'w:tabs') inTabs = false;
      else if (t.name === 'w:p') endParagraph(paraStack.pop()!);
      else if (t.name === 'w:tc') {
        const open = tableStack.at(-1)!;
        open.row!.push(open.cell!.join('\n'));
        open.cell = undefined;
      } else if (t.name === 'w:tr') {
        const open = tableStack.at(-1)!;
        open.table.rows.push(open.row!);
        open.row = undefined;
      } else if (t.name === 'w:tbl') {
        const { table } = tableStack.pop()!;
        const outer = tableStack.at(-1);
        if (outer?.cell) {
          outer.cell.push(...table.rows.map((r) => r.join(' ')));
          outer.table.merged ||= table.merged;
        } else {
          lines.push(TABLE_LINE(tables.length));
          tables.push(table);
        }
      }
      continue;
    }
    switch (t.name) {
      case 'w:p':
        if (!t.selfClosing) paraStack.push({ text: '', origins: [] });
        else endParagraph({ text: '', origins: [] });
        break;
      case 'w:t':
        inText = !t.selfClosing;
        break;
      case 'w:tab':
        if (p && !inTabs) (p.text += '\t'), p.origins.push(t.at); // inside w:tabs (paragraph properties) it is a tab stop, not text
        break;
      case 'w:br':
      case 'w:cr':
        if (p) (p.text += '\n'), p.origins.push(t.at);
        break;
      case 'w:tabs':
        inTabs = !t.selfClosing;
        break;
      case 'w:pStyle':
        if (p) p.style = t.attrs['w:val'];
        break;
      case 'w:numId':
        if (p) p.numId = t.attrs['w:val'];
        break;
      case 'w:ilvl':
        if (p) p.ilvl = Number(t.attrs['w:val'] ?? 0);
        break;
      case 'w:tbl':
        tableStack.push({ table: { rows: [], merged: false }, row: undefined, cell: undefined });
        break;
      case 'w:tr':
        tableStack.at(-1)!.row = [];
        break;
      case 'w:tc':
        tableStack.at(-1)!.cell = [];
        break;
      case 'w:gridSpan':
        if (Number(t.attrs['w:val'] ?? 1) > 1) tableStack.at(-1)!.table.merged = true;
        break;
      case 'w:vMerge':
      case 'w:hMerge':
        tableStack.at(-1)!.table.merged = true;
        break;
    }
  }
  return { text: lines.join('\n'), tables };
}
