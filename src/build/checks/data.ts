import type { Problem } from '../../shared/problem.ts';
import type { PhraseData as PhraseSchemaData } from '../../shared/schemas/phrase.ts';
import type { SourceData } from '../../shared/schemas/source.ts';
import type { TopicData } from '../../shared/schemas/topic.ts';
import { checkFileNames } from './file-names.ts';
import { checkLevelSlots, checkMoveIds, checkPhrases } from './phrases.ts';
import { checkCurrency } from './currency.ts';
import { checkAttestations } from './attestations.ts';

/** A validated entry of a collection, as Astro's getCollection gives it (only what the checks read). */
export interface Entry<D = unknown> {
  id: string;
  filePath?: string;
  data: D;
}

/** The validated entries of each collection. */
export interface ContentData {
  reports: Entry[];
  topics: Entry<TopicData>[];
  sources: Entry<SourceData>[];
  phrases: Entry<PhraseSchemaData>[];
  guides: Entry[];
  rules: Entry[];
  sectionMaps: Entry[];
  publicReports: Entry[];
  modelDrafts: Entry[];
}

/** Anchor of the group 其他主题中的相关表述 on a topic page (phrase-bank.ts); no move id may take it. */
export const OTHER_TOPICS_ID = 'other-topics';
/** Path segment of a topic's companion page (/phrases/<topic>/evidence/); a move's page takes its id as the segment, so no move id may take it. */
export const EVIDENCE_SEGMENT = 'evidence';
/** What no move id may be: an anchor of the topic page, or a page beside the move pages (/phrases/<topic>/other-topics/, …/evidence/). */
export const RESERVED_MOVE_IDS = [OTHER_TOPICS_ID, EVIDENCE_SEGMENT];

/**
 * The cross-file checks that need only the parsed, validated data (no rendered Markdown): file
 * names, phrase references, move ids, currency and attestations. The build's pre-validation runs
 * them before Astro starts, and integrity.ts runs them with the collections Astro loaded.
 * `ids` lists every entry id of each collection, also of entries that failed their schema, so a
 * reference to a broken file is not reported a second time as a reference to a missing one.
 */
export function dataChecks(c: ContentData, ids: Record<keyof ContentData, string[]> = idsOf(c)): Problem[] {
  const known = { sources: new Set(ids.sources), topics: new Set(ids.topics) };
  return [
    ...checkFileNames([
      { folder: 'reports', ext: 'md', ids: ids.reports },
      { folder: 'guides', ext: 'md', ids: ids.guides },
      { folder: 'topics', ext: 'yaml', ids: ids.topics },
      { folder: 'sources', ext: 'yaml', ids: ids.sources },
      { folder: 'section-maps', ext: 'yaml', ids: ids.sectionMaps },
      { folder: 'public-reports', ext: 'yaml', ids: ids.publicReports },
      { folder: 'model-drafts', ext: 'md', ids: ids.modelDrafts ?? [] },
    ]),
    ...checkPhrases(c.phrases, c.topics, known),
    ...checkMoveIds(c.topics, c.phrases, RESERVED_MOVE_IDS),
    ...checkLevelSlots(c.phrases),
    ...checkCurrency(c.phrases, c.sources),
    ...checkAttestations(
      c.phrases.flatMap((p) => [
        { id: p.id, file: p.filePath ?? 'src/content/phrases', attested: p.data.attested },
        ...p.data.variantNotes.map((v) => ({ id: `${p.id}（其他写法“${v.text}”）`, file: p.filePath ?? 'src/content/phrases', attested: v.attested })),
      ]),
      new Set(ids.publicReports),
    ),
  ];
}

const idsOf = (c: ContentData) =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as Entry[]).map((e) => e.id)])) as Record<keyof ContentData, string[]>;
