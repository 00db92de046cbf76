/**
 * What the per-kind probe files share: a probe draft with its year and type, a short whole report around a title and a
 * 落款, and one suite per kind that wants each variant found as that kind and each look-alike silent for it.
 */
import { describe, expect, it } from 'vitest';
import type { ReportKind } from '../../../src/shared/draft-check/types.ts';
import { ofKind } from './draft-check.ts';

export interface Probe { text: string; year: number; type?: ReportKind }
export type KindProbes = Record<string, { found: Probe[]; silent: Probe[] }>;

export const annual = 'law-based-government-annual-report' as const;
export const shufa = 'shufa-report' as const;
export const self = 'self-inspection-report' as const;

/** A short whole report, for the checks that read the title, the headings and the 落款. */
export const report = (title: string, signoff: string) =>
  `${title}\n现将有关情况报告如下。\n一、主要举措和成效\n全年审查规范性文件18件。\n二、存在的不足\n执法队伍专业化不足。\n三、下一步工作安排\n加强执法培训。\n特此报告。\n\n${signoff}`;

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
