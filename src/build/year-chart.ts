/** Geometry of the small bar charts of attestations by year on the phrase pages (pure; the component draws it). */

/** A year chart's geometry: one bar per year, the first and last year labelled at either end. */
export interface YearChart {
  width: number;
  height: number;
  /** Bottom of the bars (the axis). */
  base: number;
  bars: { year: number; count: number; x: number; y: number; width: number; height: number }[];
  /** Labels under the axis: the first year (anchored at its start) and, if different, the last (anchored at its end). */
  labels: { text: string; x: number; anchor: 'start' | 'end' }[];
}

/** Width of a four-digit year label at the chart's font size (10 px; digits are about 0.6 em wide). */
export const YEAR_LABEL_WIDTH = 24;

/**
 * Geometry of a chart of counts by year. Bars are at least 14 px wide with 4 px gaps; the chart is
 * at least wide enough for both year labels and a gap between them, so they never run together
 * (2023 and 2025 read as 2023 … 2025, not 20232025). A count label sits above each bar (shown in print).
 */
export function yearChart(byYear: { year: number; count: number }[]): YearChart {
  const BAR = 14, GAP = 4, H = 36, TOP = 12, LABEL = 12;
  const n = byYear.length;
  const minWidth = n > 1 ? 2 * YEAR_LABEL_WIDTH + 12 : YEAR_LABEL_WIDTH;
  const width = Math.max(n * (BAR + GAP) - GAP, minWidth);
  const slot = (width + GAP) / n;
  const max = Math.max(1, ...byYear.map((y) => y.count));
  const base = TOP + H;
  const bars = byYear.map((y, i) => {
    const h = y.count === 0 ? 0 : Math.max(2, Math.round((y.count / max) * H));
    return { year: y.year, count: y.count, x: Math.round(i * slot * 10) / 10, y: base - h, width: Math.round((slot - GAP) * 10) / 10, height: h };
  });
  const labels: YearChart['labels'] = n === 0 ? [] : [{ text: String(byYear[0].year), x: 0, anchor: 'start' }];
  if (n > 1) labels.push({ text: String(byYear[n - 1].year), x: width, anchor: 'end' });
  return { width, height: base + LABEL + 2, base, bars, labels };
}
