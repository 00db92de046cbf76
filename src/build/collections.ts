/**
 * The content collections, one list: the folder each lives in, how its files are read and the
 * schema that validates an entry. src/content.config.ts defines Astro's collections from it, and
 * the pre-validation (validate-content.ts) reads the same folders with the same schemas, so the
 * two never disagree about what a valid file is.
 */
import { reportSchema } from '../shared/schemas/report.ts';
import { topicSchema } from '../shared/schemas/topic.ts';
import { sourceSchema } from '../shared/schemas/source.ts';
import { phraseSchema } from '../shared/schemas/phrase.ts';
import { guideSchema } from '../shared/schemas/guide.ts';
import { ruleSchema } from '../shared/schemas/rule.ts';
import { sectionMapSchema } from '../shared/schemas/section-map.ts';
import { publicReportSchema } from '../shared/schemas/public-report.ts';
import { modelDraftSchema } from '../shared/schemas/model-draft.ts';

/**
 * How a collection's files are read:
 *  - markdown: `<folder>/*.md`, one entry per file, frontmatter validated, the file name is the id;
 *  - yaml: `<folder>/*.yaml`, one entry per file, the whole file validated, the file name is the id;
 *  - yaml-list: `<folder>/*.yaml`, each file a YAML list of entries with unique `id`s (yaml-list-loader.ts).
 */
export type CollectionKind = 'markdown' | 'yaml' | 'yaml-list';

const collection = <S>(folder: string, kind: CollectionKind, schema: S) => ({ folder, kind, schema });

export const COLLECTIONS = {
  reports: collection('reports', 'markdown', reportSchema),
  topics: collection('topics', 'yaml', topicSchema),
  sources: collection('sources', 'yaml', sourceSchema),
  phrases: collection('phrases', 'yaml-list', phraseSchema),
  guides: collection('guides', 'markdown', guideSchema),
  /** 报告体检 rules, one YAML list per rule type (src/content/rules/<type>.yaml). */
  rules: collection('rules', 'yaml-list', ruleSchema),
  sectionMaps: collection('section-maps', 'yaml', sectionMapSchema),
  publicReports: collection('public-reports', 'yaml', publicReportSchema),
  /** 示范稿: whole reports about fictional units, never counted as 范文 (src/content/model-drafts/<slug>.md). */
  modelDrafts: collection('model-drafts', 'markdown', modelDraftSchema),
};

export type CollectionName = keyof typeof COLLECTIONS;

/** The file extension of a collection's files. */
export const extensionOf = (kind: CollectionKind) => (kind === 'markdown' ? 'md' : 'yaml');
