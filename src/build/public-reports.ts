/**
 * Build-time view of the catalogue of public reports (公开报告目录, /public-reports/): entries in
 * order, the facets that filter them (each facet value is a static page, so filtering works
 * without JavaScript), and, per entry, the bank phrases attested in it, computed from the
 * phrases' `attested` keys.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  CENTRAL_LABEL, CENTRAL_SLUG, PROVINCES, PROVINCE_SLUGS, PUBLIC_REPORT_LEVELS, PUBLIC_REPORT_LEVEL_SLUGS,
  PUBLIC_REPORT_TYPES, REPORT_TYPE_SLUGS,
} from '../shared/schemas/vocab.ts';

export type PublicReport = CollectionEntry<'publicReports'>;
export type Phrase = CollectionEntry<'phrases'>;

export const CATALOGUE_PATH = '/public-reports/';
/** The paragraph of the catalogue's introduction that says how attestations are counted; every “见于 N 份公开报告” links to it. */
export const COUNTING_ANCHOR = 'how-counted';
/** The entry's anchor on the full catalogue page: its key. */
export const publicReportPath = (key: string) => `${CATALOGUE_PATH}#${key}`;
export const cataloguePath = (facet?: string, value?: string) => (facet ? `${CATALOGUE_PATH}${facet}/${value}/` : CATALOGUE_PATH);

/** The label a reader sees for an entry: its own title, or organ, year and type when the page showed no title. */
export const publicReportLabel = (r: PublicReport) => r.data.title ?? `${r.data.organ}：${r.data.year}年度${r.data.type}`;
/** Short label for lists of attestations: organ and year. */
export const publicReportShortLabel = (r: PublicReport) => `${r.data.organ}（${r.data.year}年度）`;
export const provinceLabel = (r: PublicReport) => r.data.province ?? CENTRAL_LABEL;

const provinceOrder = (r: PublicReport) => (r.data.province ? PROVINCES.indexOf(r.data.province) : -1);

let cache: Promise<PublicReport[]> | undefined;

/** All catalogue entries: newest year covered first, then by province (central first) and organ. */
export function getPublicReports(): Promise<PublicReport[]> {
  cache ??= getCollection('publicReports').then((list) =>
    list.sort(
      (a, b) =>
        b.data.year - a.data.year || provinceOrder(a) - provinceOrder(b) || a.data.organ.localeCompare(b.data.organ, 'zh-CN') || a.id.localeCompare(b.id),
    ),
  );
  return cache;
}

export interface FacetValue {
  slug: string;
  label: string;
  count: number;
  match: (r: PublicReport) => boolean;
}
export interface Facet {
  key: 'type' | 'level' | 'province' | 'year';
  label: string;
  /** Only values that at least one entry has, each with its count. */
  values: FacetValue[];
}

/** The four facets of the catalogue, with counts; values no entry has are left out. */
export function catalogueFacets(reports: PublicReport[]): Facet[] {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => b - a);
  const provinceValues: Omit<FacetValue, 'count'>[] = [
    { slug: CENTRAL_SLUG, label: CENTRAL_LABEL, match: (r) => !r.data.province },
    ...PROVINCES.map((p) => ({ slug: PROVINCE_SLUGS[p], label: p, match: (r: PublicReport) => r.data.province === p })),
  ];
  const facets: { key: Facet['key']; label: string; values: Omit<FacetValue, 'count'>[] }[] = [
    { key: 'type', label: '报告类型', values: PUBLIC_REPORT_TYPES.map((t) => ({ slug: REPORT_TYPE_SLUGS[t], label: t, match: (r) => r.data.type === t })) },
    { key: 'level', label: '层级', values: PUBLIC_REPORT_LEVELS.map((l) => ({ slug: PUBLIC_REPORT_LEVEL_SLUGS[l], label: l, match: (r) => r.data.level === l })) },
    { key: 'province', label: '省份', values: provinceValues },
    { key: 'year', label: '所述年度', values: years.map((y) => ({ slug: String(y), label: `${y}年度`, match: (r) => r.data.year === y })) },
  ];
  return facets.map((f) => ({
    ...f,
    values: f.values.map((v) => ({ ...v, count: reports.filter(v.match).length })).filter((v) => v.count > 0),
  }));
}

/** For each catalogue key, the phrases that cite it in `attested`, in bank order. */
export function phrasesByPublicReport(phrases: Phrase[]): Map<string, Phrase[]> {
  const out = new Map<string, Phrase[]>();
  for (const p of phrases) {
    for (const key of p.data.attested) {
      const list = out.get(key);
      if (list) list.push(p);
      else out.set(key, [p]);
    }
  }
  return out;
}
