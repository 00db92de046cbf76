/**
 * Combined facets of the report index (issue 14): type × level × year. Every selection with at
 * least one report is a static page, /reports/type/<t>/level/<l>/year/<y>/ with any of the three
 * parts left out (in that order), so filtering works with plain links and no JavaScript, and the
 * one-facet URLs of before (/reports/type/shufa/, /reports/level/county/, /reports/year/2023/) stay.
 * Counts are for the current view; values with no report are not listed (src/build/facets.ts).
 */
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
