import { stringify } from 'yaml';
import { ImportError } from './errors.ts';
import {
  EMPTY_BRACKETS,
  MASKED_NAMES,
  REDACTION,
  escapeMarkdown,
  headingDepth,
  headingLevels,
  isPageFooter,
  normalizePunctuation,
  normalizeWhitespace,
  rejoinBrokenLines,
  splitRunInHeading,
  stripPaywallMarkers,
} from './rules.ts';
import { detectAuthorRole, detectDate, detectReportType, detectYear } from './meta.ts';
import { ORGAN_LEVELS, REPORT_TYPES, reportTypeOf, type OrganLevel, type ReportType } from '../schemas/vocab.ts';
import { reportSchema } from '../schemas/report.ts';
import { TABLE_LINE_PATTERN, type DocxTable } from './docx.ts';
import { textSizeRefusal } from '../limits.ts';

/** What the maintainer tells the importer by flag; flags win over detection. */
export interface ImportOptions {
  type?: string;
  organ?: string;
  level?: string;
  year?: number;
  date?: string;
  authorRole?: string;
  place?: string;
  source?: string;
  notes?: string[];
}

export interface ImportedReport {
  frontmatter: {
    title: string;
    reportType?: ReportType;
    organKind?: string;
    organLevel?: OrganLevel;
    year?: number;
    date?: string;
    authorRole?: string;
    place: string;
    source: string;
    editorialNotes: string[];
  };
  /** Markdown body. */
  body: string;
  /** Required fields neither detected nor given, with the flag that supplies each. */
  missing: { field: string; flag: string }[];
}

/** Fewer Chinese characters than this and the input is not a report. */
const MIN_HAN = 200;

/** One block of the cleaned report. */
export type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  /** A .docx table: cells cleaned like lines (a cell's paragraphs as its lines); text is all cells, for detection. */
  | { kind: 'table'; rows: string[][][]; merged: boolean; text: string };

/** The text to import: a string, or what the reader got from a .docx (tables stand in the text as TABLE_LINEs). */
export type Source = string | { text: string; tables: DocxTable[] };

/** One line through the line rules (whitespace, punctuation width). */
const cleanLine = (line: string) => normalizePunctuation(normalizeWhitespace(line));

/** A source line longer than this is not a paragraph but a text that lost its line breaks. */
export const MAX_LINE_CHARS = 6000;
/** Fewer lines than this (title, a heading or two, paragraphs) and the text has no structure to import. */
const MIN_LINES = 3;

/** Cleans the raw text into a title and blocks, counting what each rule did for the editorial notes. */
export function cleanReport(source: Source, file = '输入') {
  const raw = typeof source === 'string' ? source : source.text;
  const tables = typeof source === 'string' ? [] : source.tables;
  // The shared readers refuse such text already (../limits.ts); text given directly is bounded here.
  const tooLong = textSizeRefusal(raw);
  if (tooLong) throw new ImportError(file, tooLong.problem, tooLong.fix);
  const paywall = stripPaywallMarkers(raw.replace(/\r\n?/g, '\n'));
  const rawLines = paywall.text.split('\n');
  let footers = 0;
  const lines: string[] = [];
  for (const rawLine of rawLines) {
    if (isPageFooter(rawLine)) {
      footers++;
      continue;
    }
    const line = cleanLine(rawLine);
    if (line) lines.push(line);
  }
  const han = (lines.join('').match(/\p{Script=Han}/gu) ?? []).length;
  if (han < MIN_HAN) {
    throw new ImportError(file, `正文只有 ${han} 个汉字，不像一份报告`, `请确认选对了文件；报告正文至少应有 ${MIN_HAN} 个汉字`);
  }
  const longest = lines.reduce((best, line, i) => (line.length > lines[best].length ? i : best), 0);
  if (lines.length < MIN_LINES || lines[longest].length > MAX_LINE_CHARS) {
    throw new ImportError(
      file,
      lines.length < MIN_LINES ? `全文只有 ${lines.length} 行，没有分行` : `有一行长达 ${lines[longest].length} 字，原文的分行丢失了`,
      '请让标题、各级小标题和每个段落各占一行后再导入（从网页或 PDF 复制时保留换行，或改用原始的 .docx）',
    );
  }
  const rejoined = rejoinBrokenLines(lines);
  const [title, ...rest] = rejoined.lines;
  const blocks: Block[] = [];
  for (const line of rest) {
    // Only a .docx has tables; the same characters in a .txt are text.
    const table = tables[Number(TABLE_LINE_PATTERN.exec(line)?.[1])];
    if (table) {
      const { rows, merged } = table;
      const cleaned = rows.map((row) => row.map((cell) => cell.split('\n').map(cleanLine).filter(Boolean)));
      blocks.push({ kind: 'table', rows: cleaned, merged, text: cleaned.flat(2).join('') });
      continue;
    }
    const depth = headingDepth(line);
    if (!depth) {
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const { heading, rest: after } = splitRunInHeading(line);
    blocks.push({ kind: 'heading', depth, text: heading });
    if (after) blocks.push({ kind: 'paragraph', text: after });
  }
  return { title, blocks, stats: { paywall: paywall.removed, footers, joined: rejoined.joined } };
}

/** Restorations, redactions and emptied brackets in one pass: one alternative per kind. */
const INLINE_MARKS = new RegExp(
  [`(?<restored>${MASKED_NAMES.map((m) => m.pattern.source).join('|')})`, `(?<redacted>${REDACTION.source})`, `(?<emptied>${EMPTY_BRACKETS.source})`].join('|'),
  'gu',
);

/** A GFM table: the first row is the header; short rows are padded; cells are already escaped (| included). */
function gfmTable(rows: string[][]): string {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}

/** Marks restorations and redactions inline and escapes the rest (rule 8); counts marks for the notes. */
function markInline(text: string, counts: { restored: number; redacted: number; emptied: number }): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE_MARKS)) {
    out += escapeMarkdown(text.slice(last, m.index));
    last = m.index + m[0].length;
    const shown = escapeMarkdown(m[0]);
    if (m.groups!.restored) {
      counts.restored++;
      const name = MASKED_NAMES.find((n) => new RegExp(`^(?:${n.pattern.source})`, 'u').test(text.slice(m.index)))!.name;
      out += `<ins class="restored" title="原文作“${shown}”，编者补为“${name}”">${name}</ins>`;
    } else if (m.groups!.redacted) {
      counts.redacted++;
      out += `<span class="redaction" title="原文在此隐去了数字或地名">${shown}</span>`;
    } else {
      counts.emptied++;
      out += `<span class="redaction" title="原文删去了括号中的文字（如人名），只留下空括号">${shown}</span>`;
    }
  }
  return out + escapeMarkdown(text.slice(last));
}

/** The text a reader sees for one cleaned line: restorations applied, markers kept as written. */
export function restorePlain(text: string): string {
  return MASKED_NAMES.reduce((t, { pattern, name }) => t.replace(pattern, name), text);
}


/** Turns raw report text into frontmatter and Markdown. Throws ImportError on non-report input. */
export function importReport(raw: Source, options: ImportOptions = {}, file = '输入'): ImportedReport {
  const { title: rawTitle, blocks, stats } = cleanReport(raw, file);
  const counts = { restored: 0, redacted: 0, emptied: 0 };
  const levels = headingLevels(blocks.filter((b) => b.kind === 'heading').map((b) => (b as { depth: number }).depth));
  let h = 0;
  const mergedTables: number[] = [];
  let tableNumber = 0;
  const body = blocks
    .map((b) => {
      if (b.kind === 'heading') return `${'#'.repeat(levels[h++])} ${markInline(b.text, counts)}`;
      if (b.kind === 'paragraph') return markInline(b.text, counts);
      tableNumber++;
      if (b.merged) mergedTables.push(tableNumber);
      return gfmTable(b.rows.map((row) => row.map((cell) => cell.map((line) => markInline(line, counts)).join('<br>'))));
    })
    .join('\n\n');
  const titleRestored = restorePlain(rawTitle);
  const texts = blocks.map((b) => b.text);

  const notes: string[] = [];
  if (stats.paywall) notes.push(`删除了来源网站插入的付费阅读标记 ${stats.paywall} 处。`);
  if (stats.footers) notes.push(`删除了 PDF 页码行 ${stats.footers} 行。`);
  if (stats.joined) notes.push(`合并了 PDF 转换时在句中断开的行 ${stats.joined} 处。`);
  if (counts.restored) notes.push(`原文用字母“A”隐去了“习近平”，共 ${counts.restored} 处，编者已补全，正文中以下划线标出。`);
  if (counts.redacted) notes.push(`原文隐去了 ${counts.redacted} 处数字或地名（以 *、X 表示），本站照录，正文中以灰底标出。`);
  if (counts.emptied) notes.push(`原文删去了括号中的文字（如人名）${counts.emptied} 处，只留下空括号，本站照录，正文中以灰底标出。`);
  if (mergedTables.length) {
    notes.push(`原文第 ${mergedTables.join('、')} 个表格有合并的单元格，网页表格不能合并单元格：合并格的文字列在它的第一格，其余格留空。`);
  }
  notes.push(...(options.notes ?? []));

  // A former type's name (履行推进法治建设第一责任人职责述职报告) is accepted and filed as the type it is now.
  const typeGiven = reportTypeOf(options.type);
  if (options.type && !typeGiven) {
    throw new ImportError(file, `--type “${options.type}” 不是已知的报告类型`, `请从以下选择：${REPORT_TYPES.join('、')}`);
  }
  if (options.level && !(ORGAN_LEVELS as readonly string[]).includes(options.level)) {
    throw new ImportError(file, `--level “${options.level}” 不是已知的层级`, `请从以下选择：${ORGAN_LEVELS.join('、')}`);
  }
  const frontmatter: ImportedReport['frontmatter'] = {
    title: titleRestored,
    // An empty --type is still a given value: the schema refuses it with the list of types.
    reportType: typeGiven ?? (options.type !== undefined ? (options.type as ReportType) : detectReportType(rawTitle)),
    organKind: options.organ,
    organLevel: options.level as OrganLevel | undefined,
    year: options.year ?? detectYear(rawTitle, texts),
    date: options.date ?? detectDate(texts),
    authorRole: options.authorRole ?? detectAuthorRole(texts),
    place: options.place ?? '匿名',
    source: options.source ?? '范文网站转载的文本，经本站导入程序清理。',
    editorialNotes: notes,
  };
  const required: [keyof ImportedReport['frontmatter'], string][] = [
    ['reportType', '--type'],
    ['organKind', '--organ'],
    ['organLevel', '--level'],
    ['year', '--year'],
    ['authorRole', '--author-role'],
  ];
  const missing = required.filter(([k]) => frontmatter[k] === undefined).map(([field, flag]) => ({ field, flag }));
  validateFrontmatter(frontmatter, missing.length > 0, file);
  return { frontmatter, body, missing };
}

/** The flag that sets each frontmatter field, named in the problem so the fix is one flag away. */
const FLAG_OF: Record<string, string> = {
  title: '原文第一行（标题）',
  reportType: '--type',
  organKind: '--organ',
  organLevel: '--level',
  year: '--year',
  date: '--date',
  authorRole: '--author-role',
  place: '--place',
  source: '--source',
  editorialNotes: '--note',
};

/**
 * Checks the frontmatter with the build's own schema (src/shared/schemas/report.ts), so the
 * importer never writes a file the build rejects. While required fields are still missing (the
 * caller lists those), only the fields present are checked. Throws the first problem as an ImportError.
 */
export function validateFrontmatter(frontmatter: ImportedReport['frontmatter'], partial: boolean, file: string): void {
  const present = Object.fromEntries(Object.entries(frontmatter).filter(([, v]) => v !== undefined));
  const result = (partial ? reportSchema.partial() : reportSchema).safeParse(present);
  if (result.success) return;
  const issue = result.error.issues[0];
  const field = String(issue.path[0] ?? '');
  const flag = FLAG_OF[field] ?? field;
  const [problem, fix = '请检查原文'] = issue.message.split('。修正方法：');
  const value = (present as Record<string, unknown>)[field];
  const isFlag = flag.startsWith('--');
  // The schema's fix speaks of the YAML field; the importer's user sets it by flag: "如 2023" → "如 --year 2023".
  const example = /如 ([^、（，]+)/.exec(fix)?.[1];
  throw new ImportError(
    file,
    `${problem}（现为“${String(value)}”）`,
    isFlag ? `用 ${flag} 重新指定${example ? `，如 ${flag} ${example}` : ''}` : fix,
    `字段 ${field}${isFlag ? `（${flag}）` : ''}`,
  );
}

/** The content file: YAML frontmatter (undefined fields left out) and the body. */
export function toMarkdownFile(report: ImportedReport): string {
  const fm = Object.fromEntries(Object.entries(report.frontmatter).filter(([, v]) => v !== undefined));
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${report.body}\n`;
}
