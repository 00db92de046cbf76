import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { ProblemError, type Problem } from '../shared/problem.ts';
import { findPassage, reportPassages } from './passages.ts';
import { groundPhrases } from './grounding.ts';
import { checkGuides } from './checks/guides.ts';
import { checkSectionMaps } from './checks/section-maps.ts';
import { checkBodies, type SiteAnchors } from './checks/bodies.ts';
import { dataChecks } from './checks/data.ts';
import { checkModelDrafts } from './checks/model-drafts.ts';

/**
 * Cross-collection checks that zod schemas cannot express: every key a file cites must exist,
 * every passage it points to must be found, and every phrase must be grounded. Each check is a
 * named function over plain data in ./checks/ (tested in-process); this module only gathers the
 * collections, runs them all, and fails the build once with every problem, naming the file, the
 * field and the fix.
 */
let checked: Promise<void> | undefined;

/** A Markdown file's text (Astro's filePath is relative to the project root), so body problems get their lines. */
const sourceOf = (filePath: string | undefined) => (filePath && existsSync(filePath) ? readFileSync(filePath, 'utf8') : undefined);

export function assertContentIntegrity(): Promise<void> {
  checked ??= check();
  return checked;
}

async function check() {
  const [sources, topics, guides, maps, phrases, reports, catalogue, rules, modelDrafts] = await Promise.all([
    getCollection('sources'),
    getCollection('topics'),
    getCollection('guides'),
    getCollection('sectionMaps'),
    getCollection('phrases'),
    getCollection('reports'),
    getCollection('publicReports'),
    getCollection('rules'),
    getCollection('modelDrafts'),
  ]);
  const passages = await reportPassages();
  const known = { sources: new Set(sources.map((s) => s.id)), topics: new Set(topics.map((t) => t.id)) };
  const lookup = (report: string, startsWith: string) => findPassage(passages, report, startsWith);
  const sourceExcerpts = sources.map((s) => ({ id: s.id, excerpts: s.data.excerpts }));

  const problems: Problem[] = [
    // The checks on parsed data alone; the build's pre-validation (validate-content.ts) runs them too.
    ...dataChecks({ sources, topics, guides, sectionMaps: maps, phrases, reports, publicReports: catalogue, rules, modelDrafts }),
    ...checkModelDrafts(modelDrafts, guides.map((g) => ({ id: g.id, reportTypes: g.data.reportTypes, sections: g.data.sections }))),
    ...checkGuides(guides, known, sourceExcerpts, lookup),
    ...checkSectionMaps(maps, guides, lookup),
    ...(await groundPhrases(phrases, sources, passages)).problems,
    ...checkBodies(
      [
        ...reports.map((r) => ({ file: `src/content/reports/${r.id}.md`, html: r.rendered?.html ?? '', source: sourceOf(r.filePath) })),
        ...guides.map((g) => ({ file: `src/content/guides/${g.id}.md`, html: g.rendered?.html ?? '', source: sourceOf(g.filePath) })),
        ...modelDrafts.map((d) => ({ file: `src/content/model-drafts/${d.id}.md`, html: d.rendered?.html ?? '', source: sourceOf(d.filePath) })),
      ],
      siteAnchors(),
    ),
  ];
  if (problems.length) throw new ProblemError('内容检查发现问题', problems);

  /** Every page a Markdown body may link to, with the anchors each one has. */
  function siteAnchors(): SiteAnchors {
    return new Map<string, Set<string> | undefined>([
      ['/', undefined], ['/reports/', undefined], ['/guides/', undefined], ['/guides/coverage/', undefined], ['/phrases/', undefined],
      ['/search/', undefined], ['/about/', undefined], ['/writing-2026/', undefined], ['/sources/', new Set(sources.map((x) => x.id))], ['/public-reports/', new Set(catalogue.map((x) => x.id))],
      ...reports.map((r) => [`/reports/${r.id}/`, new Set((passages.get(r.id) ?? []).map((b) => b.id))] as [string, Set<string>]),
      ...guides.map((g) => [`/guides/${g.id}/`, new Set(['basics', 'writer', 'submit-to', 'deadline', 'publication', ...g.data.sections.flatMap((x) => [x.id, `${x.id}-cover`, `${x.id}-facts`, `${x.id}-weaknesses`, `${x.id}-examples`])])] as [string, Set<string>]),
      ...guides.flatMap((g) => [[`/guides/${g.id}/checklist/`, undefined], ...g.data.sections.map((x) => [`/guides/${g.id}/compare/${x.id}/`, undefined])] as [string, undefined][]),
      ...topics.map((t) => [`/phrases/${t.id}/`, new Set(phrases.filter((p) => p.data.topics[0] === t.id).map((p) => p.id).concat(t.data.moves.map((m) => m.id)))] as [string, Set<string>]),
    ]);
  }
}
