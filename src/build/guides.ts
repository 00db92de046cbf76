import { getCollection, type CollectionEntry } from 'astro:content';
import { findPassage, reportPassages, sectionBlocks, type Passage } from './passages.ts';

export type Guide = CollectionEntry<'guides'>;
export type GuideSection = Guide['data']['sections'][number];

export const guidePath = (slug: string, anchor?: string) => `/guides/${slug}/${anchor ? `#${anchor}` : ''}`;
export const comparePath = (slug: string, section: string) => `/guides/${slug}/compare/${section}/`;
export const checklistPath = (slug: string) => `/guides/${slug}/checklist/`;
export const COVERAGE_PATH = '/guides/coverage/';

/** Guides in their display order. */
export async function getGuides(): Promise<Guide[]> {
  return (await getCollection('guides')).sort((a, b) => a.data.order - b.data.order);
}

/** Static paths for pages that exist once per guide (the guide page, its checklist). */
export async function guidePaths() {
  return (await getGuides()).map((guide) => ({ params: { guide: guide.id }, props: { guide } }));
}

/** One sample's coverage of one guide section: the passages mapped to it, empty when the sample lacks it (缺). */
export interface CoverageCell {
  report: string;
  reportTitle: string;
  passages: Passage[];
}

/**
 * The coverage matrix of a guide, derived from the section maps: for every section, one cell per
 * sample mapped onto this guide. The integrity check has already verified every reference.
 */
export async function guideCoverage(guide: Guide): Promise<{ reports: { id: string; title: string }[]; rows: { section: GuideSection; cells: CoverageCell[] }[] }> {
  const [maps, reports, passages] = await Promise.all([getCollection('sectionMaps'), getCollection('reports'), reportPassages()]);
  const mine = maps.filter((m) => m.data.guide === guide.id).sort((a, b) => a.id.localeCompare(b.id));
  const cols = mine.map((m) => ({ id: m.data.report, title: reports.find((r) => r.id === m.data.report)?.data.title ?? m.data.report }));
  const rows = guide.data.sections.map((section) => ({
    section,
    cells: mine.map((m, i) => ({
      report: m.data.report,
      reportTitle: cols[i].title,
      passages: m.data.sections
        .filter((e) => e.section === section.id)
        .flatMap((e) => e.startsWith.map((s) => findPassage(passages, m.data.report, s)))
        .filter((p): p is Passage => typeof p !== 'string'),
    })),
  }));
  return { reports: cols, rows };
}

/** The full text of a mapped passage: a heading with everything under it, or a single paragraph. */
export async function expandPassage(p: Passage): Promise<Passage[]> {
  const blocks = (await reportPassages()).get(p.report) ?? [];
  return sectionBlocks(blocks, p);
}

/** Resolves a guide section's example passages to their blocks. */
export async function resolveExamples(section: GuideSection) {
  const passages = await reportPassages();
  return section.examples.map((ex) => ({ ...ex, passage: findPassage(passages, ex.report, ex.startsWith) as Passage }));
}
