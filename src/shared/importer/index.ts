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
import { detectAuthorRole, detectDate, detectReportType, detectYear, isReportType } from './meta.ts';
import { ORGAN_LEVELS, type OrganLevel, type ReportType } from '../schemas/vocab.ts';

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
type Block = { kind: 'heading'; depth: number; text: string } | { kind: 'paragraph'; text: string };

/** Cleans the raw text into a title and blocks, counting what each rule did for the editorial notes. */
export function cleanReport(raw: string, file = '输入') {
  const paywall = stripPaywallMarkers(raw.replace(/\r\n?/g, '\n'));
  const rawLines = paywall.text.split('\n');
  let footers = 0;
  const lines: string[] = [];
  for (const rawLine of rawLines) {
    if (isPageFooter(rawLine)) {
      footers++;
      continue;
    }
    const line = normalizePunctuation(normalizeWhitespace(rawLine));
    if (line) lines.push(line);
  }
  const han = (lines.join('').match(/\p{Script=Han}/gu) ?? []).length;
  if (han < MIN_HAN) {
    throw new ImportError(file, `正文只有 ${han} 个汉字，不像一份报告`, `请确认选对了文件；报告正文至少应有 ${MIN_HAN} 个汉字`);
  }
  const rejoined = rejoinBrokenLines(lines);
  const [title, ...rest] = rejoined.lines;
  const blocks: Block[] = [];
  for (const line of rest) {
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
export function importReport(raw: string, options: ImportOptions = {}, file = '输入'): ImportedReport {
  const { title: rawTitle, blocks, stats } = cleanReport(raw, file);
  const counts = { restored: 0, redacted: 0, emptied: 0 };
  const levels = headingLevels(blocks.filter((b) => b.kind === 'heading').map((b) => (b as { depth: number }).depth));
  let h = 0;
  const body = blocks
    .map((b) => (b.kind === 'heading' ? `${'#'.repeat(levels[h++])} ${markInline(b.text, counts)}` : markInline(b.text, counts)))
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
  notes.push(...(options.notes ?? []));

  const typeGiven = options.type;
  if (typeGiven && !isReportType(typeGiven)) {
    throw new ImportError(file, `--type “${typeGiven}” 不是已知的报告类型`, `请从以下选择：${['述法报告', '履行推进法治建设第一责任人职责述职报告', '法治政府建设年度报告', '法治建设工作自查报告'].join('、')}`);
  }
  if (options.level && !(ORGAN_LEVELS as readonly string[]).includes(options.level)) {
    throw new ImportError(file, `--level “${options.level}” 不是已知的层级`, `请从以下选择：${ORGAN_LEVELS.join('、')}`);
  }
  const frontmatter: ImportedReport['frontmatter'] = {
    title: titleRestored,
    reportType: (typeGiven as ReportType | undefined) ?? detectReportType(rawTitle),
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
  return { frontmatter, body, missing };
}

/** The content file: YAML frontmatter (undefined fields left out) and the body. */
export function toMarkdownFile(report: ImportedReport): string {
  const fm = Object.fromEntries(Object.entries(report.frontmatter).filter(([, v]) => v !== undefined));
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n\n${report.body}\n`;
}
