/**
 * A document model laid out as a 公文 (GB/T 9704-2012) in a `docx` Document. Pure: no DOM, no
 * Node APIs, no files. The edges pack the result (Packer.toBlob in the browser, Packer.toBuffer
 * in a CLI). Numbers and their sources: ../shared/reference/gbt9704-layout.md.
 */
import {
  AlignmentType,
  BuilderElement,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import { formatDate, textWidth, titleLines, type YMD } from './text.ts';
import { xmlText } from '../xml-text.ts';

export { formatDate, textWidth, type YMD };

/** One block of the body. Heading levels are 一、 （一） 1. （1）; the text carries its own marker. */
/**
 * A Word comment on a block's whole text: its lines, one paragraph each. The outline puts what to
 * write and the suggested wording here, so none of it can pass for body text.
 */
export type BlockComment = { comment?: string[] };
/**
 * Spans of a block's text the writer must replace (a 示范稿's illustrative facts), as UTF-16
 * offsets: written in the character style TO_REPLACE_STYLE, which Word shows highlighted.
 */
export type BlockMarks = { toReplace?: { start: number; end: number }[] };
export type Block =
  | ({ heading: 1 | 2 | 3 | 4; text: string } & BlockComment & BlockMarks)
  | ({ paragraph: string } & BlockComment & BlockMarks)
  | { table: string[][] }
  /** 主送机关: flush left, one line, as written (with its colon). */
  | ({ addressee: string } & BlockComment);

/** Who the comments are from, as Word shows them in the review pane. */
export const COMMENT_AUTHOR = '述法参考';

export interface GongwenModel {
  title: string;
  blocks: Block[];
  /** 落款: the organ's name, or several names (one line each) for a joint document. */
  organ?: string | string[];
  /** 成文日期: written 2027年1月15日; a string is written as given (e.g. a 〔成文日期〕 slot). */
  date?: Date | YMD | string;
  /** A line in the page header of every page (e.g. the 示范稿 label); no header when absent. */
  header?: string;
}

/** The character style of text the writer must replace: its name is what Word's style list shows. */
export const TO_REPLACE_STYLE = { id: 'ToReplace', name: '待替换' } as const;

// ---- Layout numbers (twips; 1 mm ≈ 56.69 twips) -------------------------------------------

/** A4. — GB/T 9704 5.1 */
export const PAGE = { width: 11906, height: 16838 } as const;
/**
 * 天头 37 mm and 订口 28 mm are the standard's (5.2.1); bottom and right are derived from the
 * 156 × 225 mm 版心, which the standard states and the margins must leave.
 */
export const MARGIN = { top: 2098, left: 1587, bottom: 1984, right: 1474 } as const;
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845 = 156 mm
export const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom; // 12756 = 225 mm
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/**
 * Fixed line spacing: the 版心 divided by 22, rounded down so that 22 lines always fit
 * (579 twips = 28.95 pt; 29 pt would leave room for only 21). The standard gives no figure in
 * points, only 22 lines in the 版心.
 */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
/** Body size: 3号 = 16 pt, in half-points. */
export const BODY_SIZE = 32;
/**
 * 28 characters per line. 28 characters of 3号 are 448 pt, wider than the 442 pt 版心, so every
 * character is set 0.25 pt closer (run spacing, in twips): 15.75 pt × 28 fits, 29 do not.
 * A linesAndChars document grid with a negative charSpace (−842) does the same in Word, but
 * LibreOffice gives each 16 pt character two 15.8 pt grid cells (14 per line), so no grid is used.
 */
export const CHARACTER_SPACING = -Math.ceil((CHARS_PER_LINE * BODY_SIZE * 10 - TEXT_WIDTH) / CHARS_PER_LINE); // −5
export const CHAR_PITCH = BODY_SIZE * 10 + CHARACTER_SPACING; // 315 twips = 15.75 pt
/** Title: 2号 (22 pt) with the body's tightened spacing, so at most 20 characters a line. — 7.3.1 */
const TITLE_SIZE = 44;
export const TITLE_CHARS_PER_LINE = Math.floor(TEXT_WIDTH / (TITLE_SIZE * 10 + CHARACTER_SPACING));
/** Two characters, for first-line indents and the 落款, in twips (Word reads the *Chars value first). */
const TWO_CHARS = Math.round(2 * CHAR_PITCH);
/** Page number: 4号 (14 pt), its dashes 7 mm below the 版心; the footer line is exactly 14 pt. */
const PAGE_NUMBER_SIZE = 28;
const PAGE_NUMBER_LINE = 280;
const SEVEN_MM = 397;
export const FOOTER_DISTANCE = MARGIN.bottom - SEVEN_MM - PAGE_NUMBER_LINE; // 1307 twips from the page edge

// ---- Fonts ------------------------------------------------------------------------------

/**
 * Fonts as Word names them, with alternative names Word can use to find the same face
 * (w:altName in the font table): the newer Windows names, the English names and the macOS
 * equivalents. Word puts 宋体 in for a missing 方正小标宋简体, so 宋体 is its last alternative.
 */
export const FONTS = {
  fangsong: { name: '仿宋_GB2312', altName: '仿宋,FangSong_GB2312,FangSong,STFangsong' },
  kaiti: { name: '楷体_GB2312', altName: '楷体,KaiTi_GB2312,KaiTi,STKaiti' },
  heiti: { name: '黑体', altName: 'SimHei,Heiti SC,STHeiti' },
  xiaobiaosong: { name: '方正小标宋简体', altName: 'FZXiaoBiaoSong-B05S,宋体,SimSun' },
  songti: { name: '宋体', altName: 'SimSun,STSong' },
} as const;
type FontKey = keyof typeof FONTS;

/** The same face for every script slot, so digits and Latin letters match the Chinese text. */
const font = (key: FontKey) => {
  const name = FONTS[key].name;
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
};

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * docx writes a font table only for embedded fonts and has no option for altName, so the
 * table is replaced by one listing our fonts. `fontTable` is docx's own field (9.x); the
 * unit test reads word/fontTable.xml back, so a docx upgrade that renames it fails there.
 */
function fontTable(): BuilderElement {
  const child = (name: string, value: string) => new BuilderElement({ name, attributes: { val: { key: 'w:val', value } } });
  return new BuilderElement({
    name: 'w:fonts',
    attributes: { w: { key: 'xmlns:w', value: W_NS } },
    children: Object.values(FONTS).map(
      (f) =>
        new BuilderElement({
          name: 'w:font',
          attributes: { name: { key: 'w:name', value: f.name } },
          // 86 is the GB2312 character set.
          children: [child('w:altName', f.altName), child('w:charset', '86'), child('w:family', 'auto'), child('w:pitch', 'variable')],
        }),
    ),
  });
}

// ---- Styles -----------------------------------------------------------------------------

const exactLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const twoCharIndent = { firstLineChars: 200, firstLine: TWO_CHARS };
const black = { color: '000000' };

/** Built-in Word heading styles (Heading 1–4), so the navigation pane and 目录 work. */
const HEADING_FONTS: Record<1 | 2 | 3 | 4, FontKey> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };
const headingStyle = (level: 1 | 2 | 3 | 4): IParagraphStyleOptions => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'BodyText',
  quickFormat: true,
  run: { font: font(HEADING_FONTS[level]), size: BODY_SIZE, bold: false, italics: false, ...black },
  paragraph: { indent: twoCharIndent, spacing: exactLine, keepNext: true, outlineLevel: level - 1, alignment: AlignmentType.JUSTIFIED },
});

const STYLES = {
  default: {
    document: {
      run: { font: font('fangsong'), size: BODY_SIZE, language: { value: 'zh-CN', eastAsia: 'zh-CN' }, ...black },
    },
  },
  paragraphStyles: [
    // Normal carries no first-line indent: a document-wide indent would leak into the title,
    // table cells and page numbers.
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: { font: font('fangsong'), size: BODY_SIZE, characterSpacing: CHARACTER_SPACING, ...black },
      // Widow control off: every full page keeps 22 lines (LibreOffice turns it on when unset).
      // docx writes it for a style, but its style type leaves it out.
      // Punctuation: see punctuationInsideTextArea.
      paragraph: { spacing: exactLine, alignment: AlignmentType.JUSTIFIED, ...({ widowControl: false } as object) },
    },
    {
      id: 'BodyText',
      name: 'Body Text',
      basedOn: 'Normal',
      quickFormat: true,
      paragraph: { indent: twoCharIndent, spacing: exactLine, alignment: AlignmentType.JUSTIFIED },
    },
    {
      id: 'Title',
      name: 'Title',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: font('xiaobiaosong'), size: TITLE_SIZE, bold: false, ...black },
      // One blank line under the title is common practice, not a figure of the standard.
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, left: 0, right: 0 }, spacing: { ...exactLine, after: LINE_PITCH } },
    },
    headingStyle(1),
    headingStyle(2),
    headingStyle(3),
    headingStyle(4),
    {
      id: 'Footer',
      name: 'footer',
      basedOn: 'Normal',
      run: { font: font('songti'), size: PAGE_NUMBER_SIZE, characterSpacing: 0, ...black },
      paragraph: { indent: { firstLine: 0 }, spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
    {
      id: 'Header',
      name: 'header',
      basedOn: 'Normal',
      run: { font: font('fangsong'), size: PAGE_NUMBER_SIZE, characterSpacing: 0, ...black },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
    },
  ] satisfies IParagraphStyleOptions[],
  // Yellow highlight (w:highlight), as Word's own 突出显示: seen at once, and removed with the text.
  characterStyles: [{ ...TO_REPLACE_STYLE, basedOn: 'DefaultParagraphFont', quickFormat: true, run: { highlight: 'yellow' as const } }],
};

// ---- Blocks -----------------------------------------------------------------------------

/** A run of text, without the characters XML does not allow (they would make the file unreadable). */
const run = (text: string) => new TextRun(xmlText(text));

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  // Odd pages: right, one 4号 character in; even pages: left, one character in.
  const odd = side === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_LINE, firstLine: 0 } : { left: PAGE_NUMBER_LINE, firstLine: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

function table(rows: string[][]): Table {
  const columns = Math.max(1, ...rows.map((r) => r.length));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns)),
    rows: rows.map(
      (row) =>
        new TableRow({
          children: Array.from(
            { length: columns },
            (_, i) =>
              new TableCell({
                width: { size: Math.floor(TEXT_WIDTH / columns), type: WidthType.DXA },
                // Normal: no first-line indent inside cells.
                children: [new Paragraph({ style: 'Normal', alignment: AlignmentType.LEFT, children: [run(row[i] ?? '')] })],
              }),
          ),
        }),
    ),
  });
}

/** A block's text as runs: the spans to replace in the 待替换 style, the rest plain. */
function runs(text: string, marks: BlockMarks['toReplace']): TextRun[] {
  if (!marks?.length) return [run(text)];
  const out: TextRun[] = [];
  let at = 0;
  for (const { start, end } of [...marks].sort((a, b) => a.start - b.start)) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) out.push(run(text.slice(at, start)));
    out.push(new TextRun({ text: xmlText(text.slice(start, end)), style: TO_REPLACE_STYLE.id }));
    at = end;
  }
  if (at < text.length) out.push(run(text.slice(at)));
  return out;
}

/** A block's text as runs, wrapped in its comment's range when it has one (the comment's id is its index in `comments`). */
function commented(text: string, lines: string[] | undefined, comments: string[][], marks?: BlockMarks['toReplace']): (TextRun | CommentRangeStart | CommentRangeEnd)[] {
  if (!lines?.length) return runs(text, marks);
  const id = comments.push(lines) - 1;
  return [new CommentRangeStart(id), ...runs(text, marks), new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
}

/** `keepNext` on the body's last paragraph keeps its last line on the page of the 落款; comments collect in `comments`. */
function block(b: Block, comments: string[][], keepNext = false): Paragraph | Table {
  if ('heading' in b) return new Paragraph({ style: `Heading${b.heading}`, children: commented(b.text, b.comment, comments, b.toReplace) });
  if ('table' in b) return table(b.table);
  if ('addressee' in b) return new Paragraph({ style: 'Normal', alignment: AlignmentType.LEFT, children: commented(b.addressee, b.comment, comments) });
  return new Paragraph({ style: 'BodyText', keepNext, children: commented(b.paragraph, b.comment, comments, b.toReplace) });
}

/** The page header: one centred line, the same on odd and even pages. */
const headerLine = (text: string) => new Header({ children: [new Paragraph({ style: 'Header', children: [run(text)] })] });

/** The title in balanced lines that break between words (GB/T 9704 7.3.1), one paragraph. */
function title(text: string): Paragraph {
  const lines = titleLines(xmlText(text), TITLE_CHARS_PER_LINE);
  return new Paragraph({ style: 'Title', children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 })) });
}

/**
 * 落款 without a seal: one blank line below the body, the name ending two characters in from the
 * right, the date on the next line starting two characters right of the name's first character.
 * When the date is the longer, the reference gives no rule; here the date keeps two characters
 * to the right and the name moves left to keep the two-character offset.
 */
function signature(organ: string | string[] | undefined, date: GongwenModel['date']): Paragraph[] {
  const names = (Array.isArray(organ) ? organ : organ ? [organ] : []).filter((n) => n.trim());
  const dateText = date === undefined ? undefined : formatDate(date);
  if (!names.length && !dateText) return [];
  const nameWidth = Math.max(0, ...names.map(textWidth));
  const dateWidth = dateText ? textWidth(dateText) : 0;
  // Right blanks, in characters.
  let nameRight = 2;
  let dateRight = nameWidth - dateWidth;
  if (!names.length) dateRight = 2;
  else if (dateRight < 2) {
    dateRight = 2;
    nameRight = 4 + dateWidth - nameWidth;
  }
  // Every line but the last keeps with the next, so the organ and the date share a page.
  const line = (text: string, right: number, first: boolean, last = false) =>
    new Paragraph({
      style: 'Normal',
      alignment: AlignmentType.RIGHT,
      keepNext: !last,
      keepLines: true,
      indent: { right: Math.round(right * CHAR_PITCH), firstLine: 0 },
      spacing: first ? { ...exactLine, before: LINE_PITCH } : exactLine,
      children: [run(text)],
    });
  const out = names.map((n, i) => line(n, nameRight, i === 0));
  if (dateText) out.push(line(dateText, dateRight, out.length === 0, true));
  else out[out.length - 1] = line(names[names.length - 1], nameRight, names.length === 1, true);
  return out;
}

/**
 * w:overflowPunct on in Normal, which every paragraph inherits. Word and WPS read it as their own
 * default for Chinese (允许标点溢出边界), so nothing changes there. LibreOffice reads the element the
 * other way round (DomainMapper.cxx: hanging = value == 0) and hangs a closing mark in the right
 * margin when it is absent; with it on, the mark moves down with the character before it and the
 * line is spread, so the 版心 holds every character (bench:docx counts the lines that overflow).
 * docx writes the element for a style only through its paragraph options, which the style type
 * leaves out, so it is put into the style's w:pPr here, after w:widowControl as the schema orders
 * them; the unit test reads word/styles.xml back.
 */
function punctuationInsideTextArea(doc: Document): void {
  type Node = { rootKey?: string; root?: unknown };
  const styles = ((doc as unknown as { Styles: Node }).Styles.root ?? []) as Node[];
  for (const style of styles) {
    const children = style.root as Node[];
    if (style.rootKey !== 'w:style' || (children[0].root as { styleId?: string }).styleId !== 'Normal') continue;
    const pPr = children.find((c) => c.rootKey === 'w:pPr')?.root as Node[] | undefined;
    const at = pPr?.findIndex((c) => c.rootKey === 'w:widowControl') ?? -1;
    if (pPr && at >= 0) pPr.splice(at + 1, 0, new BuilderElement({ name: 'w:overflowPunct', attributes: { val: { key: 'w:val', value: '1' } } }) as unknown as Node);
  }
}

/** The model as a Word document in the GB/T 9704 layout. Never writes anything. */
export function gongwenDocument(model: GongwenModel): Document {
  const signatureLines = signature(model.organ, model.date);
  const signed = signatureLines.length > 0;
  const comments: string[][] = [];
  const body = model.blocks.map((b, i) => block(b, comments, signed && i === model.blocks.length - 1));
  const doc = new Document({
    creator: '述法参考',
    ...(comments.length
      ? { comments: { children: comments.map((lines, id) => ({ id, author: COMMENT_AUTHOR, initials: '述', children: lines.map((l) => new Paragraph({ children: [run(l)] })) })) } }
      : {}),
    title: xmlText(model.title),
    evenAndOddHeaderAndFooters: true,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: 851, footer: FOOTER_DISTANCE, gutter: 0 },
          },
          // No snapping grid: fixed line spacing alone gives the 22 lines, and LibreOffice would
          // snap the 2号 title onto two grid lines.
          grid: { linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        ...(model.header ? { headers: { default: headerLine(model.header), even: headerLine(model.header) } } : {}),
        children: [
          title(model.title),
          ...body,
          ...signatureLines,
        ],
      },
    ],
  });
  (doc.FontTable as unknown as { fontTable: BuilderElement }).fontTable = fontTable();
  punctuationInsideTextArea(doc);
  return doc;
}
