/**
 * Build-time view of the catalogue of public reports (公开报告目录, /public-reports/): entries in
 * order, the facets that filter them (every combination of values is a static page, so filtering
 * works without JavaScript; src/build/facets.ts), the pages of PAGE_SIZE entries each list is split
 * into, and, per entry, the bank phrases attested in it, computed from the phrases' `attested` keys.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  CENTRAL_LABEL, CENTRAL_SLUG, PROVINCES, PROVINCE_SLUGS, PUBLIC_REPORT_LEVELS, PUBLIC_REPORT_LEVEL_SLUGS,
  PUBLIC_REPORT_TYPES, REPORT_TYPE_SLUGS,
} from '../shared/schemas/vocab.ts';
import { FacetIndex, pagePath, restParam, type Facet, type FacetIndexView } from './facets.ts';

export type PublicReport = CollectionEntry<'publicReports'>;
export type Phrase = CollectionEntry<'phrases'>;

export const CATALOGUE_PATH = '/public-reports/';
/** Entries per page of the catalogue and of each filter page. */
export const PAGE_SIZE = 50;
/** The paragraph of the catalogue's introduction that says how attestations are counted; every “见于 N 份公开报告” links to it. */
export const COUNTING_ANCHOR = 'how-counted';
/** Where /public-reports/#<key> (the entry's address before the catalogue had pages) finds the entry's page: key → page number. */
export const ENTRY_PAGES_PATH = `${CATALOGUE_PATH}entry-pages.json`;

/** Page number of each entry in the full catalogue, set by getPublicReports(). */
const pageByKey = new Map<string, number>();

/** The entry's anchor on its page of the full catalogue: /public-reports/page/<n>/#<key>. Needs getPublicReports() to have run. */
export function publicReportPath(key: string): string {
  const page = pageByKey.get(key);
  if (page === undefined) throw new Error(`公开报告目录中没有“${key}”，或还没有读入目录（先调用 getPublicReports()）`);
  return `${pagePath(CATALOGUE_PATH, page)}#${key}`;
}

/** The label a reader sees for an entry: its own title, or organ, year and type when the page showed no title. */
export const publicReportLabel = (r: PublicReport) => r.data.title ?? `${r.data.organ}：${r.data.year}年度${r.data.type}`;
/** Short label for lists of attestations: organ and year. */
export const publicReportShortLabel = (r: PublicReport) => `${r.data.organ}（${r.data.year}年度）`;
export const provinceLabel = (r: PublicReport) => r.data.province ?? CENTRAL_LABEL;

const provinceOrder = (r: PublicReport) => (r.data.province ? PROVINCES.indexOf(r.data.province) : -1);

let cache: Promise<PublicReport[]> | undefined;

/** All catalogue entries: newest year covered first, then by province (central first) and organ. */
export function getPublicReports(): Promise<PublicReport[]> {
  cache ??= getCollection('publicReports').then((list) => {
    list.sort(
      (a, b) =>
        b.data.year - a.data.year || provinceOrder(a) - provinceOrder(b) || a.data.organ.localeCompare(b.data.organ, 'zh-CN') || a.id.localeCompare(b.id),
    );
    for (const [key, page] of Object.entries(entryPages(list))) pageByKey.set(key, page);
    return list;
  });
  return cache;
}

export type CatalogueKey = 'type' | 'level' | 'province' | 'year';

/** The four facets of the catalogue, in the order of their URL parts. */
export function catalogueFacets(reports: PublicReport[]): Facet<PublicReport, CatalogueKey>[] {
  const years = [...new Set(reports.map((r) => r.data.year))].sort((a, b) => b - a);
  return [
    { key: 'type', label: '报告类型', values: PUBLIC_REPORT_TYPES.map((t) => ({ slug: REPORT_TYPE_SLUGS[t], label: t, match: (r) => r.data.type === t })) },
    { key: 'level', label: '层级', values: PUBLIC_REPORT_LEVELS.map((l) => ({ slug: PUBLIC_REPORT_LEVEL_SLUGS[l], label: l, match: (r) => r.data.level === l })) },
    {
      key: 'province',
      label: '省份',
      values: [
        { slug: CENTRAL_SLUG, label: CENTRAL_LABEL, match: (r) => !r.data.province },
        ...PROVINCES.map((p) => ({ slug: PROVINCE_SLUGS[p], label: p, match: (r: PublicReport) => r.data.province === p })),
      ],
    },
    { key: 'year', label: '所述年度', values: years.map((y) => ({ slug: String(y), label: `${y}年度`, match: (r) => r.data.year === y })) },
  ];
}

export interface CataloguePageView {
  /** The selection's facets, counts and every entry it lists. */
  view: FacetIndexView<PublicReport, CatalogueKey>;
  /** This page's entries. */
  entries: PublicReport[];
  page: number;
  pages: number;
  /** Address of each page of this selection, page 1 first. */
  pagePaths: string[];
  /** The route parameter of src/pages/public-reports/[...filter].astro; undefined for /public-reports/ itself. */
  param: string | undefined;
}

/**
 * Every page of the catalogue: for no filter and for each combination of type, level, province
 * and year that lists an entry (/public-reports/type/<t>/level/<l>/province/<p>/year/<y>/, any
 * part left out, in that order), the list split into pages of PAGE_SIZE (…/page/<n>/).
 */
export function cataloguePages(reports: PublicReport[]): CataloguePageView[] {
  const index = new FacetIndex(CATALOGUE_PATH, reports, catalogueFacets(reports));
  return [{}, ...index.selections()].flatMap((sel) => {
    const view = index.view(sel);
    const path = index.path(sel);
    const pages = Math.max(1, Math.ceil(view.shown.length / PAGE_SIZE));
    const pagePaths = Array.from({ length: pages }, (_, i) => pagePath(path, i + 1));
    return pagePaths.map((p, i) => ({
      view,
      entries: view.shown.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE),
      page: i + 1,
      pages,
      pagePaths,
      param: restParam(CATALOGUE_PATH, p),
    }));
  });
}

/** Key → page number of every entry in the full catalogue (/public-reports/entry-pages.json). */
export function entryPages(reports: PublicReport[]): Record<string, number> {
  return Object.fromEntries(reports.map((r, i) => [r.id, Math.floor(i / PAGE_SIZE) + 1]));
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
