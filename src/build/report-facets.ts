/**
 * Combined facets of the report index (issue 14): type × level × year. Every selection with at
 * least one report is a static page, /reports/type/<t>/level/<l>/year/<y>/ with any of the three
 * parts left out (in that order), so filtering works with plain links and no JavaScript, and the
 * one-facet URLs of before (/reports/type/shufa/, /reports/level/county/, /reports/year/2023/) stay.
 * Counts are for the current view: a value's count is how many reports the page would list if
 * that value were chosen with the other facets kept. Values with no report are not listed.
 */
import { FORMER_REPORT_TYPES, REPORT_TYPE_SLUGS } from '../shared/schemas/vocab.ts';
import { facets, type Facet, type Report } from './reports.ts';

export type FacetKey = Facet['key'];
/** Chosen value slug per facet; a facet not chosen is absent. */
export type Selection = Partial<Record<FacetKey, string>>;

const ORDER: FacetKey[] = ['type', 'level', 'year'];

/** The page of a selection: /reports/ for none, else /reports/<key>/<slug>/… in type, level, year order. */
export function selectionPath(sel: Selection): string {
  return `/reports/${ORDER.filter((k) => sel[k] !== undefined).map((k) => `${k}/${sel[k]}/`).join('')}`;
}

/** The route parameter of [...filter].astro for a selection (the path without /reports/ and the slashes around it). */
export const selectionParam = (sel: Selection) => selectionPath(sel).slice('/reports/'.length, -1);

/** The test a report must pass to be listed under a selection; `fs` is facets(all), computed once by the caller. */
function matcher(fs: Facet[], sel: Selection): (r: Report) => boolean {
  const tests = fs.flatMap((f) => {
    const slug = sel[f.key];
    if (slug === undefined) return [];
    const value = f.values.find((v) => v.slug === slug);
    return value ? [value.match] : [() => false];
  });
  return (r) => tests.every((t) => t(r));
}

export interface FacetValueView {
  slug: string;
  label: string;
  /** Reports listed after choosing this value, keeping the other facets. */
  count: number;
  /** The page of that choice. */
  path: string;
  active: boolean;
}
export interface FacetGroupView {
  key: FacetKey;
  label: string;
  values: FacetValueView[];
  /** When a value of this facet is chosen: the page without it (不限). */
  clearPath?: string;
  clearCount?: number;
}
export interface ReportIndexView {
  selection: Selection;
  /** Labels of the chosen values, in facet order, e.g. ['述法报告', '乡镇']. */
  chosen: string[];
  shown: Report[];
  total: number;
  groups: FacetGroupView[];
}

export function reportIndexView(all: Report[], selection: Selection): ReportIndexView {
  const fs = facets(all);
  const groups = fs.map((f): FacetGroupView => {
    const others: Selection = { ...selection };
    delete others[f.key];
    const values = f.values
      .map((v) => {
        const sel = { ...others, [f.key]: v.slug };
        return { slug: v.slug, label: v.label, count: all.filter(matcher(fs, sel)).length, path: selectionPath(sel), active: selection[f.key] === v.slug };
      })
      .filter((v) => v.count > 0);
    const chosen = selection[f.key] !== undefined;
    return {
      key: f.key,
      label: f.label,
      values,
      ...(chosen ? { clearPath: selectionPath(others), clearCount: all.filter(matcher(fs, others)).length } : {}),
    };
  });
  const chosen = fs.flatMap((f) => f.values.filter((v) => v.slug === selection[f.key]).map((v) => v.label));
  return { selection, chosen, shown: all.filter(matcher(fs, selection)), total: all.length, groups };
}

/** Every selection of one, two or three facets that lists at least one report: the static facet pages. */
export function facetSelections(all: Report[]): Selection[] {
  const fs = facets(all);
  const choices = fs.map((f) => [undefined, ...f.values.map((v) => v.slug)]);
  const out: Selection[] = [];
  for (const type of choices[0]) for (const level of choices[1]) for (const year of choices[2]) {
    const sel: Selection = {};
    if (type !== undefined) sel.type = type;
    if (level !== undefined) sel.level = level;
    if (year !== undefined) sel.year = year;
    if (Object.keys(sel).length === 0) continue;
    if (all.some(matcher(fs, sel))) out.push(sel);
  }
  return out;
}

/** An old facet page that now redirects: its selection, the page it now is and why. */
export interface FacetRedirect {
  from: Selection;
  to: string;
  /** The labels of the new page's choices, e.g. ['述法报告', '乡镇']. */
  chosen: string[];
  reason: string;
}

/**
 * The facet pages of former report types (issue 29: 履行推进法治建设第一责任人职责述职报告 is now
 * 述法报告): for every page of the type they became, the same selection with the old slug
 * redirects to it, so /reports/type/first-responsibility-duty/level/township/ lands on
 * /reports/type/shufa/level/township/ and any old link keeps working.
 */
export function formerTypeRedirects(all: Report[]): FacetRedirect[] {
  const selections = facetSelections(all);
  return FORMER_REPORT_TYPES.flatMap((former) =>
    selections
      .filter((sel) => sel.type === REPORT_TYPE_SLUGS[former.now])
      .map((sel) => ({
        from: { ...sel, type: former.slug },
        to: selectionPath(sel),
        chosen: reportIndexView(all, sel).chosen,
        reason: `“${former.name}”已并入“${former.now}”，两种名称的报告同属一类。`,
      })),
  );
}
