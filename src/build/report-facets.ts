/**
 * Combined facets of the report index (issue 14): type × level × year. Every selection with at
 * least one report is a static page, /reports/type/<t>/level/<l>/year/<y>/ with any of the three
 * parts left out (in that order), so filtering works with plain links and no JavaScript, and the
 * one-facet URLs of before (/reports/type/shufa/, /reports/level/county/, /reports/year/2023/) stay.
 * Counts are for the current view; values with no report are not listed (src/build/facets.ts).
 */
import { FORMER_REPORT_TYPES, REPORT_TYPE_SLUGS } from '../shared/schemas/vocab.ts';
import { FacetIndex, facetPath, restParam, type FacetIndexView, type Selection as AnySelection } from './facets.ts';
import { facets, type Facet, type Report } from './reports.ts';

export type FacetKey = Facet['key'];
export type Selection = AnySelection<FacetKey>;
export type ReportIndexView = FacetIndexView<Report, FacetKey>;

const BASE = '/reports/';
const ORDER: FacetKey[] = ['type', 'level', 'year'];

/** The page of a selection: /reports/ for none, else /reports/<key>/<slug>/… in type, level, year order. */
export const selectionPath = (sel: Selection) => facetPath(BASE, ORDER, sel);

/** The route parameter of [...filter].astro for a selection. */
export const selectionParam = (sel: Selection) => restParam(BASE, selectionPath(sel));

const index = (all: Report[]) => new FacetIndex(BASE, all, facets(all));

export const reportIndexView = (all: Report[], selection: Selection): ReportIndexView => index(all).view(selection);

/** Every selection of one, two or three facets that lists at least one report: the static facet pages. */
export const facetSelections = (all: Report[]): Selection[] => index(all).selections();

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
