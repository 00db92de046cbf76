/**
 * What the per-kind probe files share: a probe draft with its year and type, a short whole report around a title and a
 * 落款, and one suite per kind that wants each variant found as that kind and each look-alike silent for it.
 */
import { describe, expect, it } from 'vitest';
import type { ReportKind } from '../../../src/shared/draft-check/types.ts';
import { kindsOf, ofKind } from './draft-check.ts';

export interface Probe { text: string; year: number; type?: ReportKind }
export type KindProbes = Record<string, { found: Probe[]; silent: Probe[] }>;

export const annual = 'law-based-government-annual-report' as const;
export const shufa = 'shufa-report' as const;
export const self = 'self-inspection-report' as const;

/** A short whole report, for the checks that read the title, the headings and the 落款. */
export const report = (title: string, signoff: string) =>
  `${title}\n现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足\n执法队伍专业化不足。\n三、下一步工作安排\n加强执法培训。\n特此报告。\n\n${signoff}`;

/** A probe that is one planted sentence of a report on its year. */
export const plain = (year: number, text: string, type: Probe['type'] = annual): Probe => ({ text, year, type });

/** The parts of a short whole report that differ between probe files: the sentence goes under 一、主要工作. */
export interface ShortReportParts {
  title: (year: number, type: Probe['type']) => string;
  opening: (year: number, type: Probe['type']) => string;
  plans: (year: number) => string;
  signoff: (year: number, type: Probe['type']) => string;
}

/** Puts a plain probe's sentence into a short report (title, opening, 一、二、三、 sections, 落款) on its year. */
export const shortReport = (parts: ShortReportParts) => ({ text: line, year, type }: Probe): string =>
  `${parts.title(year, type)}\n${parts.opening(year, type)}\n一、主要工作\n${line}\n二、存在的不足\n基层法治力量薄弱。\n三、${parts.plans(year)}\n${parts.signoff(year, type)}`;

/**
 * The short report the name and wording probes are planted in (rounds 17 and 20): a county government's annual
 * report, or its justice bureau head's 述法 report, with the sentence under 一、主要工作.
 */
export const countyReport = shortReport({
  title: (year, type) => (type === shufa ? `县司法局局长${year}年度述法报告` : `某县人民政府${year}年法治政府建设年度报告`),
  opening: (year) => `${year}年，我县坚持以习近平法治思想为指导，扎实推进法治建设。现将有关情况报告如下。`,
  plans: () => '下一步工作安排\n持续加强执法监督。',
  signoff: (year, type) => (type === shufa ? `述法人：县司法局局长 王明\n${year + 1}年1月15日` : `某县人民政府\n${year + 1}年1月20日`),
});

/** A probe sentence of a report on 2025 unless another year is given. */
export const inReport = (text: string, year = 2025, type: Probe['type'] = annual): Probe => ({ text, year, type });

/** One describe per kind: `draft` turns a probe into the text checked (the probe's own text unless given). */
export function kindProbes(round: string, probes: KindProbes, draft: (p: Probe) => string = (p) => p.text): void {
  const name = (p: Probe) => p.text.replace(/\n/g, '⏎').slice(-60);
  describe.each(Object.entries(probes))(`${round} probes: %s`, (kind, { found, silent }) => {
    it.each(found.map((p) => [name(p), p] as const))('finds: %s', (_, p) => {
      expect(ofKind(kind, draft(p), p.year, p.type ?? annual).length).toBeGreaterThan(0);
    });
    it.each(silent.map((p) => [name(p), p] as const))('stays silent: %s', (_, p) => {
      expect(ofKind(kind, draft(p), p.year, p.type ?? annual)).toEqual([]);
    });
  });
}

/**
 * The short report most year probes are planted in: a county head's 述法 report, a town's 自查报告 or the county
 * government's report, with next year's plans under 三、下一步工作安排.
 */
export const countyHeadReport = shortReport({
  title: (year, type) => (type === shufa ? `某县县长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设工作自查报告` : `某县人民政府关于${year}年度法治政府建设情况的报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我县坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: (year) => `下一步工作安排\n${year + 1}年，我县将继续深化行政执法体制改革。`,
  signoff: (year, type) => (type === shufa ? `述法人：某县县长 李华\n${year + 1}年1月15日` : `某县人民政府\n${year + 1}年2月10日`),
});

/** The same with a district head's 述法 report and a 述法人 signature, plans under 三、下一步打算. */
export const districtHeadReport = shortReport({
  title: (year, type) => (type === shufa ? `青山区区长${year}年度述法报告` : type === self ? `某镇${year}年度法治建设自查报告` : `某县人民政府${year}年度法治政府建设情况报告`),
  opening: (year, type) => (type === shufa ? '本人认真履行推进法治建设第一责任人职责，现将述法情况报告如下。' : `${year}年，我们坚持以习近平法治思想为指导，现将有关情况报告如下。`),
  plans: () => '下一步打算\n加强执法培训。',
  signoff: (year, type) => (type === shufa ? `述法人：青山区区长 王明\n${year + 1}年1月20日` : `某县人民政府\n${year + 1}年1月20日`),
});

/** A probe whose text starts with @@ is a whole report, checked as it is after the mark; any other is put in `wrap`. */
export const unlessWhole = (wrap: (p: Probe) => string) => (p: Probe): string => (p.text.startsWith('@@') ? p.text.slice(2) : wrap(p));

/** A probe whose first line is a report's title is a whole report, checked as it is; any other is put in `wrap`. */
export const unlessTitled = (wrap: (p: Probe) => string) => (p: Probe): string => (/^[^\n]*报告\n/.test(p.text) ? p.text : wrap(p));

/**
 * A whole annual report on a year: title, opening, 一、主要举措和成效 with the given lines, the problems, the plans
 * (next year's 继续加强执法监督 unless given) and a 落款 dated early the next year unless given.
 */
export const annualReport = (year: number, lines: string[], { plans, signoff }: { plans?: string[]; signoff?: string } = {}): Probe => ({
  text: [`某县人民政府${year}年法治政府建设年度报告`, `${year}年，我县坚持依法行政，现将有关情况报告如下。`, '一、主要举措和成效', ...lines,
    '二、存在的不足', '执法队伍专业化不足。', '三、下一步打算', ...(plans ?? [`${year + 1}年，继续加强执法监督。`]), '某县人民政府', signoff ?? `${year + 1}年1月20日`].join('\n'),
  year,
  type: annual,
});

/** A probe sentence checked on its own, with no report around it: its text (on the default year) or [text, year]. */
export type Sentence = string | [text: string, year: number];

/**
 * One describe per kind for sentences checked on their own: each variant found, each look-alike silent for the kind
 * (own or merged). A variant counts as found when a finding's own rule is of the kind (`own`, as the wording probes
 * ask) or when a finding speaks for the kind on its own or merged (`any`).
 */
export function sentenceProbes(
  probes: Record<string, { found: Sentence[]; silent: Sentence[] }>,
  { year = 2026, found: counts = 'own' }: { year?: number; found?: 'own' | 'any' } = {},
): void {
  const args = (p: Sentence) => (typeof p === 'string' ? [p, year] as const : p);
  for (const [kind, { found, silent }] of Object.entries(probes)) {
    describe(`probes: ${kind}`, () => {
      it.each(found.map(args))('finds %s', (text, y) => {
        if (counts === 'own') expect(kindsOf(text, y)).toContain(kind);
        else expect(ofKind(kind, text, y)).not.toEqual([]);
      });
      it.each(silent.map(args))('stays silent on %s', (text, y) => {
        expect(ofKind(kind, text, y)).toEqual([]);
      });
    });
  }
}
