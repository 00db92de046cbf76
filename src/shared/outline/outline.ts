/**
 * 起草提纲: the outline of a report from the guide data and the phrase bank, the same for the
 * /draft/ page and the CLI. Pure: the guides, phrases and topics come in as plain data (the
 * frontmatter and YAML as written), and nothing here reads files, the DOM or the clock.
 */
import { PUBLIC_REPORT_LEVELS, PUBLIC_REPORT_LEVEL_SLUGS, REPORT_TYPE_SLUGS, reportTypeOf, type PublicReportLevel, type ReportType } from '../schemas/vocab.ts';
import type { Block, GongwenModel } from './gongwen-docx.ts';
import { OUTLINE_MARKERS, markerNote, markerSlot } from './markers.ts';

/** Levels the outline offers: the site's organ levels plus 部门, as the public-report catalogue has them (one list, in vocab.ts). */
export const OUTLINE_LEVELS = PUBLIC_REPORT_LEVELS;
export type OutlineLevel = PublicReportLevel;
/** URL keys for levels: the same slugs as the catalogue's level facet. */
export const OUTLINE_LEVEL_SLUGS = PUBLIC_REPORT_LEVEL_SLUGS;

/** The longest organ name an outline takes, in characters: the longest real names (e.g. 某某自治州某某县人民代表大会常务委员会机关) are about 25. */
export const ORGAN_MAX = 40;
/** The years an outline can be for. */
export const OUTLINE_YEARS = { min: 2000, max: 2100 } as const;

/** Control characters (C0, DEL, C1), U+FFFE, U+FFFF and lone surrogates: nothing an organ's name holds. */
const NOT_NAME = /[\u0000-\u001f\u007f-\u009f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** An organ name as an outline uses it: trimmed, without control characters, at most ORGAN_MAX characters. */
export function organName(raw: string): string {
  return [...raw.replace(NOT_NAME, '').trim()].slice(0, ORGAN_MAX).join('').trim();
}

export interface OutlineChoices {
  type: ReportType;
  level: OutlineLevel;
  /** The year reported on. */
  year: number;
  /** The organ's name; empty leaves a 〔机关名称〕 slot. */
  organ: string;
  /** Ids of optional sections switched off. Required sections cannot be. */
  off?: string[];
  /** Ids of ticked phrases. Undefined means the default: the bank's first phrase for each move. */
  phrases?: string[];
}

// ---- Input data: the content files as written ---------------------------------------------

export interface GuideSectionData {
  id: string;
  title: string;
  /** rule (规定要求) or practice (参考做法). */
  basis: string;
  rule?: string;
  cover: string[];
  strongFacts: string[];
  topics?: string[];
}
export interface GuideData {
  id?: string;
  title: string;
  reportTypes: string[];
  submitTo?: { text: string };
  sections: GuideSectionData[];
}
export interface PhraseData {
  id: string;
  text: string;
  topics: string[];
  sections: string[];
  move: string;
  pattern: string;
  status?: string;
  note?: string;
  /** For 期满 (expired) phrases: the plan period, first and last year. */
  period?: [number, number];
}
export interface TopicData {
  id: string;
  name: string;
  moves: { id: string; name: string; description?: string }[];
}
export interface OutlineData {
  guides: GuideData[];
  /** The bank in its rank order; the outline keeps that order within each move. */
  phrases: PhraseData[];
  /** Topics give the moves their names and order; without them moves keep the phrases' order. */
  topics?: TopicData[];
}

// ---- Output ------------------------------------------------------------------------------

export interface OutlinePhrase {
  id: string;
  text: string;
  pattern: string;
  status: 'current' | 'expired';
  note?: string;
  period?: [number, number];
  ticked: boolean;
}
export interface OutlineMove {
  id: string;
  name: string;
  description?: string;
  phrases: OutlinePhrase[];
}
export interface OutlineSection {
  id: string;
  /** The guide's title for the section. */
  title: string;
  /** The heading the report uses, with the year filled in; the opening has none. */
  heading?: string;
  /** 规定要求 sections are required and cannot be switched off. */
  required: boolean;
  included: boolean;
  rule?: string;
  cover: string[];
  evidence: string[];
  moves: OutlineMove[];
}
export interface Outline {
  choices: OutlineChoices;
  guideId?: string;
  guideTitle: string;
  title: string;
  addressee: string;
  submitTo?: string;
  sections: OutlineSection[];
}

// ---- Rules -------------------------------------------------------------------------------

/**
 * The section role (phrase `sections`) that each guide section's phrases must fit. Sections not
 * listed take 履职情况 phrases: they report what was done.
 */
const SECTION_ROLES: Record<string, string[]> = {
  opening: ['opening'],
  rectification: ['rectification'],
  problems: ['problems'],
  'shortcomings-and-causes': ['problems'],
  'next-steps': ['next-steps', 'closing'],
  'next-year-plan': ['next-steps', 'closing'],
  'other-matters': ['performance', 'rectification'],
};
const rolesOf = (sectionId: string) => SECTION_ROLES[sectionId] ?? ['performance'];

/**
 * Wording written for one kind of report, found in its text: the report's own name or the title
 * of one of its sections (推进法治政府建设的主要举措和成效 is the annual report's, 现将本人……述职报告如下
 * the 述法报告's). Keys are guide ids. Such wording is never suggested for another kind.
 */
const WRITTEN_FOR: Record<string, RegExp> = {
  'law-based-government-annual-report': /法治政府建设(?:工作)?(?:情况|年度)?报告|法治政府建设的主要举措和成效/,
  'shufa-report': /述职报告|述法报告|第一责任人职责(?:情况)?(?:述职)?报告/,
  'self-inspection-report': /自查(?:情况)?报告/,
};
export function writtenFor(text: string): string | undefined {
  return Object.entries(WRITTEN_FOR).find(([, re]) => re.test(text))?.[0];
}

/**
 * The superior a leadership sentence names (在县委、县政府的正确领导下 names 县), and the ones each
 * level reports under: a township works under its county or district, a county under its city, a
 * city under its province. A department works under its own government, whose level the outline
 * does not know, so every sentence fits it; a province's superior is 党中央、国务院.
 */
const SUPERIOR = /在(省|市|州|县|区|旗)委[、，]?(?:\1)?(?:政府|人民政府)?(?:的)?(?:正确|坚强)?领导下/;
const SUPERIORS: Record<OutlineLevel, string[] | undefined> = { 省级: [], 市级: ['省'], 县级: ['市', '州'], 乡镇: ['县', '区', '旗'], 部门: undefined };
export function superiorNamed(text: string): string | undefined {
  return SUPERIOR.exec(text)?.[1];
}
/** Whether a phrase's wording fits the report type (by guide) and the organ's level. */
export function fitsChoice(p: Pick<PhraseData, 'text'>, guideId: string | undefined, level: OutlineLevel): boolean {
  const forType = writtenFor(p.text);
  if (forType && guideId && forType !== guideId) return false;
  const superior = superiorNamed(p.text);
  const allowed = SUPERIORS[level];
  return !superior || !allowed || allowed.includes(superior);
}

/** A phrase the outline may suggest for the year: never 已过时; 期满 only within its plan period. */
export function suggestable(p: PhraseData, year: number): boolean {
  const status = p.status ?? 'current';
  if (status === 'current') return true;
  if (status === 'expired') return !!p.period && p.period[0] <= year && year <= p.period[1];
  return false;
}

/** The guide for a report type. */
export function guideFor(guides: GuideData[], type: ReportType): GuideData {
  const guide = guides.find((g) => g.reportTypes.includes(type));
  if (!guide) throw new Error(`没有报告类型“${type}”的撰写指引`);
  return guide;
}

const SLOT_ORGAN = markerSlot(OUTLINE_MARKERS.organ);

/** The report's title as these reports are usually titled. */
export function outlineTitle(type: ReportType, organ: string, year: number): string {
  const o = organ.trim() || SLOT_ORGAN;
  switch (type) {
    case '述法报告':
      return `${o}主要负责人${year}年度述法报告`;
    case '法治政府建设年度报告':
      return `${o}关于${year}年度法治政府建设情况的报告`;
    case '法治建设工作自查报告':
      return `${o}${year}年法治建设工作自查报告`;
  }
}

/**
 * The 主送机关 slot. For 法治政府建设年度报告 it names whom the 督察规定 says each level reports
 * to (the guide's submitTo); the other types have no central rule, so the slot stays open.
 */
export function addresseeSlot(type: ReportType, level: OutlineLevel): string {
  if (type !== '法治政府建设年度报告') return `${markerSlot(OUTLINE_MARKERS.addressee)}：`;
  const to: Record<OutlineLevel, string> = {
    省级: '党中央、国务院',
    市级: '上一级党委和政府；政府还报同级党委、人大常委会',
    县级: '上一级党委和政府；政府还报同级党委、人大常委会',
    乡镇: '上一级党委和政府',
    部门: '本级党委和政府、上一级政府有关部门',
  };
  return `${markerNote(OUTLINE_MARKERS.addressee, to[level])}：`;
}

/** The section title with the reporting year filled in where the guide says 上一年度/下一年度. */
function sectionHeading(title: string, year: number): string {
  return title.replace(/上一年度/g, `${year}年度`).replace(/下一年度/g, `${year + 1}年度`);
}

const DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? DIGITS[tens] : ''}十${ones ? DIGITS[ones] : ''}`;
}

/**
 * Each phrase goes to one section only: the first whose topics include its home topic, else the
 * first that shares any topic; either way its section roles must fit the section.
 */
function assignPhrases(guide: GuideData, phrases: PhraseData[], choices: OutlineChoices): Map<string, PhraseData[]> {
  const sections = guide.sections;
  const bySection = new Map<string, PhraseData[]>(sections.map((s) => [s.id, []]));
  // A leadership sentence that names the level's own superior is what this organ writes: it leads its move.
  // (One test a phrase, not one a comparison: the page rebuilds the outline on every change.)
  const ordered = [...phrases.filter((p) => superiorNamed(p.text)), ...phrases.filter((p) => !superiorNamed(p.text))];
  for (const p of ordered) {
    if (!suggestable(p, choices.year) || !fitsChoice(p, guide.id, choices.level)) continue;
    const fits = (s: GuideSectionData) => rolesOf(s.id).some((r) => p.sections.includes(r));
    const home = sections.find((s) => fits(s) && (s.topics ?? []).includes(p.topics[0]));
    const any = home ?? sections.find((s) => fits(s) && p.topics.some((t) => (s.topics ?? []).includes(t)));
    if (any) bySection.get(any.id)!.push(p);
  }
  return bySection;
}

function groupByMove(section: GuideSectionData, phrases: PhraseData[], topics: TopicData[] | undefined, ticked: (p: PhraseData, first: boolean) => boolean): OutlineMove[] {
  const known = new Map<string, { name: string; description?: string; order: number }>();
  let order = 0;
  for (const t of (section.topics ?? []).map((id) => topics?.find((x) => x.id === id)).filter((t): t is TopicData => !!t)) {
    for (const m of t.moves) if (!known.has(m.id)) known.set(m.id, { name: m.name, description: m.description, order: order++ });
  }
  // Moves of other topics (a phrase that came in through a second topic) follow, in bank order.
  for (const t of topics ?? []) for (const m of t.moves) if (!known.has(m.id)) known.set(m.id, { name: m.name, description: m.description, order: order++ });
  const groups = new Map<string, PhraseData[]>();
  for (const p of phrases) {
    const list = groups.get(p.move);
    if (list) list.push(p);
    else groups.set(p.move, [p]);
  }
  const rank = (id: string) => known.get(id)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .map(([id, list], i) => ({ id, list, i }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.i - b.i)
    .map(({ id, list }) => ({
      id,
      name: known.get(id)?.name ?? id,
      description: known.get(id)?.description,
      phrases: list.map((p, i) => ({
        id: p.id,
        text: p.text,
        pattern: p.pattern,
        status: (p.status === 'expired' ? 'expired' : 'current') as OutlinePhrase['status'],
        note: p.note,
        period: p.period,
        ticked: ticked(p, i === list.findIndex((x) => x.pattern !== 'term')),
      })),
    }));
}

/** The outline for the choices: sections in the guide's order, each with its phrases by move. */
export function buildOutline(choices: OutlineChoices, data: OutlineData): Outline {
  const guide = guideFor(data.guides, choices.type);
  const off = new Set(choices.off ?? []);
  const picked = choices.phrases ? new Set(choices.phrases) : undefined;
  const assigned = assignPhrases(guide, data.phrases, choices);
  return {
    choices,
    guideId: guide.id,
    guideTitle: guide.title,
    title: outlineTitle(choices.type, choices.organ, choices.year),
    addressee: addresseeSlot(choices.type, choices.level),
    submitTo: guide.submitTo?.text,
    sections: guide.sections.map((s) => {
      const required = s.basis === 'rule';
      return {
        id: s.id,
        title: s.title,
        heading: s.id === 'opening' ? undefined : sectionHeading(s.title, choices.year),
        required,
        included: required || !off.has(s.id),
        rule: s.rule,
        cover: s.cover,
        evidence: s.strongFacts,
        moves: groupByMove(s, assigned.get(s.id) ?? [], data.topics, (p, first) => (picked ? picked.has(p.id) : first)),
      };
    }),
  };
}

/** What a suggested phrase's comment line says: its text, and for a 期满 one its period and note. */
function phraseLine(p: OutlinePhrase): string {
  const status = p.status === 'expired' ? `（期满${p.period ? `，${p.period[0]}—${p.period[1]}年` : ''}${p.note ? `：${p.note}` : ''}）` : p.note ? `（说明：${p.note}）` : '';
  return `可用表述：${p.text}${status}`;
}

/**
 * A section's scaffolding as the lines of one Word comment: what to cover, the facts to gather,
 * and the ticked phrases with their notes. Each line starts with its label so the pane reads
 * as a checklist; template slots stay in 〔 〕.
 */
export function sectionComment(s: OutlineSection): string[] {
  return [
    ...s.cover.map((c) => `${OUTLINE_MARKERS.cover}：${c}`),
    ...s.evidence.map((f) => `${OUTLINE_MARKERS.evidence}：${f}`),
    ...s.moves.flatMap((m) => m.phrases.filter((p) => p.ticked).map(phraseLine)),
  ];
}

/**
 * The outline as a document for gongwenDocument(): the title, the 主送机关 slot, then each
 * included section under its 一、 heading. Everything that is scaffolding — what to cover, the
 * facts to gather, the ticked phrases with their notes — is a Word comment on the section's
 * heading (the opening's on the 主送机关 line), never body text, so nothing of it can be left in
 * a report by mistake. Under each heading one empty paragraph waits for the writer's text.
 */
export function outlineToDocument(outline: Outline): GongwenModel {
  const included = outline.sections.filter((s) => s.included);
  const opening = included.filter((s) => !s.heading).flatMap(sectionComment);
  const blocks: Block[] = [{ addressee: outline.addressee, ...(opening.length ? { comment: opening } : {}) }];
  let n = 0;
  for (const s of included) {
    if (!s.heading) continue;
    const comment = sectionComment(s);
    blocks.push({ heading: 1, text: `${chineseNumber(++n)}、${s.heading}`, ...(comment.length ? { comment } : {}) }, { paragraph: '' });
  }
  return { title: outline.title, blocks, organ: outline.choices.organ.trim() || SLOT_ORGAN, date: markerSlot(OUTLINE_MARKERS.date) };
}

// ---- Choices in the URL --------------------------------------------------------------------

/**
 * Short, stable keys: t type, l level, y year, o organ, x sections switched off, p ticked
 * phrases (absent: the default picks; present and empty: none). Ids are joined with '.', which
 * ids never contain and URLs never escape; lists are sorted so one outline has one URL.
 */
export function choicesToQuery(c: OutlineChoices): string {
  const q = new URLSearchParams();
  q.set('t', REPORT_TYPE_SLUGS[c.type]);
  q.set('l', OUTLINE_LEVEL_SLUGS[c.level]);
  q.set('y', String(c.year));
  if (c.organ.trim()) q.set('o', c.organ.trim());
  if (c.off?.length) q.set('x', [...new Set(c.off)].sort().join('.'));
  if (c.phrases) q.set('p', [...new Set(c.phrases)].sort().join('.'));
  return q.toString();
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idList = (v: string | null) => (v ?? '').split('.').filter((id) => ID.test(id));

/**
 * Choices from a query string. Unknown or missing values fall back to the defaults (the given
 * type, level and year; else 述法报告 and 县级), so a damaged link still opens an outline.
 */
export function queryToChoices(search: string | URLSearchParams, defaults: { year: number; type?: ReportType; level?: OutlineLevel }): OutlineChoices {
  const q = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  // A former type's slug (t=first-responsibility-duty) opens the type it is now; the page then rewrites the URL.
  const type = reportTypeOf(q.get('t')) ?? defaults.type ?? '述法报告';
  const level = OUTLINE_LEVELS.find((l) => OUTLINE_LEVEL_SLUGS[l] === q.get('l')) ?? defaults.level ?? '县级';
  const y = Number(q.get('y'));
  const choices: OutlineChoices = {
    type,
    level,
    year: Number.isInteger(y) && y >= OUTLINE_YEARS.min && y <= OUTLINE_YEARS.max ? y : defaults.year,
    organ: organName(q.get('o') ?? ''),
  };
  const off = idList(q.get('x'));
  if (off.length) choices.off = off;
  if (q.has('p')) choices.phrases = idList(q.get('p'));
  return choices;
}
