/**
 * Combined static facet pages (issue 14, generalised in issue 29): a list narrowed by any
 * combination of its facets, where every selection with at least one item is a static page,
 * <base><key>/<slug>/… with the chosen facets in a fixed order and the others left out. So
 * filtering works with plain links and no JavaScript, and a one-facet URL (/reports/type/shufa/,
 * /public-reports/level/township/) is simply the selection of that one facet.
 * Counts are for the current view: a value's count is how many items the page would list if that
 * value were chosen with the other facets kept. Values with no item are not listed.
 * Long lists can be split into pages of a fixed size: page 1 is the selection's own path, page n
 * is <selection path>page/<n>/.
 * Pure: used by the report index (src/build/report-facets.ts) and the catalogue of public reports
 * (src/build/public-reports.ts).
 */

/** One facet: its values are mutually exclusive (an item matches at most one). */
export interface Facet<T, K extends string = string> {
  key: K;
  label: string;
  values: { slug: string; label: string; match: (item: T) => boolean }[];
}

/** Chosen value slug per facet; a facet not chosen is absent. */
export type Selection<K extends string = string> = Partial<Record<K, string>>;

export interface FacetValueView {
  slug: string;
  label: string;
  /** Items listed after choosing this value, keeping the other facets. */
  count: number;
  /** The page of that choice. */
  path: string;
  active: boolean;
}
export interface FacetGroupView<K extends string = string> {
  key: K;
  label: string;
  values: FacetValueView[];
  /** When a value of this facet is chosen: the page without it (不限). */
  clearPath?: string;
  clearCount?: number;
}
export interface FacetIndexView<T, K extends string = string> {
  selection: Selection<K>;
  /** Labels of the chosen values, in facet order, e.g. ['述法报告', '乡镇']. */
  chosen: string[];
  shown: T[];
  total: number;
  groups: FacetGroupView<K>[];
}

/** The page of a selection: `base` for none, else base + <key>/<slug>/… in `order`. */
export function facetPath<K extends string>(base: string, order: readonly K[], sel: Selection<K>): string {
  return `${base}${order.filter((k) => sel[k] !== undefined).map((k) => `${k}/${sel[k]}/`).join('')}`;
}

/** Page `n` (from 1) of the list at `path`: page 1 is the path itself. */
export const pagePath = (path: string, n: number) => (n <= 1 ? path : `${path}page/${n}/`);

/** The route parameter of a [...rest] page for a path under `base` (the path without `base` and the slashes around it), or undefined for `base` itself. */
export const restParam = (base: string, path: string) => path.slice(base.length, -1) || undefined;

/**
 * A list and its facets, with each item's value per facet worked out once, so the views of
 * hundreds of selections are cheap.
 */
export class FacetIndex<T, K extends string> {
  readonly order: K[];
  /** Per item, the slug of the value it has in each facet (absent when it matches none). */
  private readonly slugs: Selection<K>[];

  constructor(
    readonly base: string,
    readonly all: T[],
    readonly facets: Facet<T, K>[],
  ) {
    this.order = facets.map((f) => f.key);
    this.slugs = all.map((item) => {
      const s: Selection<K> = {};
      for (const f of facets) {
        const v = f.values.find((x) => x.match(item));
        if (v) s[f.key] = v.slug;
      }
      return s;
    });
  }

  path(sel: Selection<K>): string {
    return facetPath(this.base, this.order, sel);
  }

  private matches(i: number, sel: Selection<K>): boolean {
    return this.order.every((k) => sel[k] === undefined || this.slugs[i][k] === sel[k]);
  }

  private count(sel: Selection<K>): number {
    let n = 0;
    for (let i = 0; i < this.all.length; i++) if (this.matches(i, sel)) n++;
    return n;
  }

  view(selection: Selection<K>): FacetIndexView<T, K> {
    const groups = this.facets.map((f): FacetGroupView<K> => {
      const others: Selection<K> = { ...selection };
      delete others[f.key];
      // Items kept by the other facets, counted by their value of this one.
      const byValue = new Map<string, number>();
      let kept = 0;
      for (let i = 0; i < this.all.length; i++) {
        if (!this.matches(i, others)) continue;
        kept++;
        const slug = this.slugs[i][f.key];
        if (slug !== undefined) byValue.set(slug, (byValue.get(slug) ?? 0) + 1);
      }
      const values = f.values
        .filter((v) => byValue.has(v.slug))
        .map((v) => ({ slug: v.slug, label: v.label, count: byValue.get(v.slug)!, path: this.path({ ...others, [f.key]: v.slug }), active: selection[f.key] === v.slug }));
      const chosen = selection[f.key] !== undefined;
      return { key: f.key, label: f.label, values, ...(chosen ? { clearPath: this.path(others), clearCount: kept } : {}) };
    });
    const chosen = this.facets.flatMap((f) => f.values.filter((v) => v.slug === selection[f.key]).map((v) => v.label));
    return { selection, chosen, shown: this.all.filter((_, i) => this.matches(i, selection)), total: this.all.length, groups };
  }

  /** Every selection of one or more facets that lists at least one item: the static facet pages, in facet order. */
  selections(): Selection<K>[] {
    const seen = new Map<string, Selection<K>>();
    const n = this.order.length;
    for (const s of this.slugs) {
      for (let mask = 1; mask < 1 << n; mask++) {
        const sel: Selection<K> = {};
        let complete = true;
        this.order.forEach((k, i) => {
          if (!(mask & (1 << i))) return;
          if (s[k] === undefined) complete = false;
          else sel[k] = s[k];
        });
        if (complete) seen.set(this.path(sel), sel);
      }
    }
    return [...seen.values()];
  }
}
