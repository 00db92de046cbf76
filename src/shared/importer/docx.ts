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
 *   heading is silently left without its number. Bullets draw nothing. Every numbering value
 *   read from the file (start, level, the text around the number) is bounded as Word bounds it
 *   (../limits.ts) and checked before the body is read, and a number is drawn arithmetically, so
 *   drawing it costs no more than its length; a value out of bounds refuses the file.
 * - The text read is bounded too: past the shared text limit the reader stops.
 * - U+E000 and U+E001 (private use) in the body become U+FFFD: they mark a table's line (TABLE_LINE).
 * - Tables become GFM tables (first row as header). A table with merged cells is kept with the
 *   merged text in its first cell and the others empty, and an editorial note says so.
 */

import { MAX_LEVEL_TEXT_CHARS, MAX_LIST_LEVEL, MAX_LIST_NUMBER, MAX_TEXT_BYTES, textTooLong } from '../limits.ts';

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

/** A document this reader refuses: what is wrong and what to do, in Chinese without a final full stop. */
export class DocxRefusal extends Error {
  readonly problem: string;
  readonly fix: string;
  constructor(problem: string, fix: string) {
    super(problem);
    this.problem = problem;
    this.fix = fix;
  }
}

const RESAVE = '请用 Word/WPS 打开确认文件未损坏，再另存为 .docx';
const RENUMBER = '请在 Word/WPS 中重新设置编号（或把自动编号转为文字）后另存为 .docx，再试';
/** At most `n` characters of a value from the file, for a message. */
const quote = (raw: string, n = 20) => ([...raw].length > n ? `${[...raw].slice(0, n).join('')}…` : raw);

/** An integer attribute of numbering within [min, max], or a refusal naming it. */
function bounded(raw: string | undefined, fallback: number, what: string, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = /^\s*[+-]?\d{1,15}\s*$/.test(raw) ? Number(raw) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw new DocxRefusal(`文档自动编号的${what}“${quote(raw)}”超出范围（应为 ${min} 到 ${max} 之间的整数），文件可能已损坏或被改动`, RENUMBER);
}
const levelOf = (raw: string | undefined) => bounded(raw, 0, '级别', 0, MAX_LIST_LEVEL);
const startOf = (raw: string | undefined) => bounded(raw, 1, '起始值', 0, MAX_LIST_NUMBER);

type Attrs = Record<string, string>;
/** `at`, `end`: where the token starts and ends in the XML string (for ../annotate: a character's origin). */
type Tag = { close: boolean; name: string; attrs: Attrs; selfClosing: boolean; at: number; end: number } | { text: string; at: number; end: number };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (ref: string, e: string) => {
        if (e[0] !== '#') return ENTITY[e.toLowerCase()];
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        if (code > 0x10ffff) throw new DocxRefusal(`文档含有无效的字符编码“${quote(ref)}”，文件可能已损坏或被改动`, RESAVE);
        return String.fromCodePoint(code);
      });

/** Attributes of a tag, read from its source text (`raw`) only when asked for: most tags' are never needed. */
class TagToken {
  readonly close: boolean;
  readonly name: string;
  readonly selfClosing: boolean;
  /** Where the tag starts and ends in the XML string. */
  readonly at: number;
  readonly end: number;
  private readonly raw: string;
  private parsed: Attrs | undefined;
  constructor(close: boolean, name: string, raw: string, selfClosing: boolean, at: number, end: number) {
    this.close = close;
    this.name = name;
    this.raw = raw;
    this.selfClosing = selfClosing;
    this.at = at;
    this.end = end;
  }
  get attrs(): Attrs {
    if (!this.parsed) {
      this.parsed = {};
      for (const a of this.raw.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) this.parsed[a[1]] = unescapeXml(a[2] ?? a[3]);
    }
    return this.parsed;
  }
}

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
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[5] !== undefined) yield { text: m[5], at: m.index, end: m.index + m[0].length };
    else if (m[2]) yield new TagToken(m[1] === '/', m[2], m[3], m[4] === '/', m.index, m.index + m[0].length);
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
          currentAbstract.set(levelOf(t.attrs['w:ilvl']), level);
        }
        break;
      case 'w:numFmt':
        if (level) level.numFmt = val ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) {
          level.lvlText = val ?? '';
          if (level.lvlText.length > MAX_LEVEL_TEXT_CHARS) {
            throw new DocxRefusal(`文档自动编号的编号文字长达 ${level.lvlText.length} 字（最多 ${MAX_LEVEL_TEXT_CHARS} 字），文件可能已损坏或被改动`, RENUMBER);
          }
        }
        break;
      case 'w:start':
        if (level) level.start = startOf(val);
        break;
      case 'w:num':
        currentNum = { abstractId: '', overrides: new Map() };
        nums.set(t.attrs['w:numId'], currentNum);
        break;
      case 'w:abstractNumId':
        if (currentNum) currentNum.abstractId = val ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = levelOf(t.attrs['w:ilvl']);
        break;
      case 'w:startOverride':
        if (currentNum) currentNum.overrides.set(overrideLevel, startOf(val));
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
    else if (style && !t.close && t.name === 'w:ilvl') out.set(style, { numId: out.get(style)?.numId ?? '', ilvl: levelOf(t.attrs['w:val']) });
  }
  return out;
}

const DIGITS = '〇一二三四五六七八九';
const UNITS = ['', '十', '百', '千', '万'];
/**
 * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五, 1010 → 一千零一十, 32767 → 三万二千七百六十七:
 * the counting Word's chineseCounting draws, digit by digit (numbers here are at most MAX_LIST_NUMBER).
 */
export function chineseCounting(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n >= 100_000) return String(n);
  const digits = [...String(n)].map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i];
    if (d === 0) zero = true;
    else {
      out += `${zero ? '零' : ''}${d === 1 && unit === '十' && i === 0 ? '' : DIGITS[d]}${unit}`;
      zero = false;
    }
  });
  return out;
}

const ROMAN = [
  ['', 'c', 'cc', 'ccc', 'cd', 'd', 'dc', 'dcc', 'dccc', 'cm'],
  ['', 'x', 'xx', 'xxx', 'xl', 'l', 'lx', 'lxx', 'lxxx', 'xc'],
  ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'],
];
/** 1994 → mcmxciv: thousands as m, then one table entry per digit. */
const roman = (n: number) => 'm'.repeat(Math.floor(n / 1000)) + ROMAN[0][Math.floor(n / 100) % 10] + ROMAN[1][Math.floor(n / 10) % 10] + ROMAN[2][n % 10];
/** a … z, then aa … zz, aaa …: the letter of (n − 1) mod 26, written ⌊(n − 1) / 26⌋ + 1 times. */
const letter = (n: number) => (n < 1 ? '' : String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1));

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
    if (counts[ilvl] > MAX_LIST_NUMBER) {
      throw new DocxRefusal(`文档的一个自动编号列表编到了第 ${counts[ilvl]} 项，超出范围（最多 ${MAX_LIST_NUMBER} 项），文件可能已损坏或被改动`, RENUMBER);
    }
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

/** What a paragraph's text may not hold: the private-use pair that marks a table's line. */
const TABLE_MARK_CHARS = /[\uE000\uE001]/g;

/**
 * Called once per paragraph, in the order the paragraphs' texts enter DocxText (a text box's
 * paragraphs before the one holding the box): the paragraph's text and, for each UTF-16 unit, its
 * offset in document.xml (a w:t character, or the w:tab/w:br element) or -1 for a number Word draws.
 * docxPlainText's text is these texts in this order, one separator character between two.
 */
export type ParagraphTrace = (text: string, origins: number[]) => void;

/**
 * Reads the body text (see the file comment). Throws NumberingError for an unknown number format,
 * DocxRefusal for a numbering value out of bounds, a broken table or too much text.
 */
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
  // UTF-16 code units read so far: each takes at least a byte of UTF-8, so past MAX_TEXT_BYTES the text is too long.
  let read = 0;

  const endParagraph = (p: Para) => {
    const style = p.style ? styleNumbering.get(p.style) : undefined;
    const numId = p.numId ?? style?.numId;
    const marker = numId ? counters.next(numId, p.ilvl ?? style?.ilvl ?? 0) : '';
    // A title set in lines with manual breaks (GB/T 9704 7.3.1: 梯形 or 菱形) is still one title.
    const title = p.style && /^title$/i.test(p.style);
    // U+E000/U+E001 become U+FFFD, one unit for one: the origins below still line up.
    const text = marker + (title ? p.text.replace(/\n/g, '') : p.text).replace(TABLE_MARK_CHARS, '\uFFFD');
    read += text.length + 1;
    if (read > MAX_TEXT_BYTES) {
      const { problem, fix } = textTooLong();
      throw new DocxRefusal(problem, fix);
    }
    trace?.(text, new Array<number>(marker.length).fill(-1).concat(title ? p.origins.filter((_, i) => p.text[i] !== '\n') : p.origins));
    const open = tableStack.at(-1);
    if (open?.cell) open.cell.push(text);
    else lines.push(text);
  };
  /** The innermost open table, with the row (and cell) `what` needs open; a refusal when the table structure is broken. */
  const openTable = (what: 'table' | 'row' | 'cell') => {
    const open = tableStack.at(-1);
    if (!open || (what !== 'table' && !open.row) || (what === 'cell' && !open.cell)) {
      throw new DocxRefusal('文档的表格结构已损坏（有表格行或单元格不在表格里）', RESAVE);
    }
    return open;
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
      else if (t.name === 'w:p') {
        const open = paraStack.pop();
        if (open) endParagraph(open); // a stray </w:p> closes nothing
      } else if (t.name === 'w:tc') {
        const open = openTable('cell');
        open.row!.push(open.cell!.join('\n'));
        open.cell = undefined;
      } else if (t.name === 'w:tr') {
        const open = openTable('row');
        open.table.rows.push(open.row!);
        open.row = undefined;
      } else if (t.name === 'w:tbl') {
        const { table } = openTable('table');
        tableStack.pop();
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
        if (p) p.ilvl = levelOf(t.attrs['w:val']);
        break;
      case 'w:tbl':
        tableStack.push({ table: { rows: [], merged: false }, row: undefined, cell: undefined });
        break;
      case 'w:tr':
        openTable('table').row = [];
        break;
      case 'w:tc':
        openTable('row').cell = [];
        break;
      case 'w:gridSpan':
        if (Number(t.attrs['w:val'] ?? 1) > 1) openTable('table').table.merged = true;
        break;
      case 'w:vMerge':
      case 'w:hMerge':
        openTable('table').table.merged = true;
        break;
    }
  }
  return { text: lines.join('\n'), tables };
}
