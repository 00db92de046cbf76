import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { config } from './build/config.ts';
import { yamlListLoader } from './build/yaml-list-loader.ts';
import { COLLECTIONS, extensionOf } from './build/collections.ts';

/** Content root; the e2e fixture site and the scale benchmark point it elsewhere. */
const root = config.contentDir;

/**
 * The loader of one collection of src/build/collections.ts (folders, kinds and schemas are listed
 * there, and the build's pre-validation reads the same list): a glob over one folder of the
 * content root, the file name (without extension) as the id; or the YAML list loader.
 */
const loader = ({ folder, kind }: { folder: string; kind: 'markdown' | 'yaml' | 'yaml-list' }) =>
  kind === 'yaml-list'
    ? yamlListLoader(`${root}/${folder}/`)
    : glob({ base: `${root}/${folder}`, pattern: `*.${extensionOf(kind)}`, generateId: ({ entry }) => entry.replace(/\.(md|ya?ml)$/, '') });

const c = COLLECTIONS;
export const collections = {
  reports: defineCollection({ loader: loader(c.reports), schema: c.reports.schema }),
  topics: defineCollection({ loader: loader(c.topics), schema: c.topics.schema }),
  sources: defineCollection({ loader: loader(c.sources), schema: c.sources.schema }),
  phrases: defineCollection({ loader: loader(c.phrases), schema: c.phrases.schema }),
  guides: defineCollection({ loader: loader(c.guides), schema: c.guides.schema }),
  rules: defineCollection({ loader: loader(c.rules), schema: c.rules.schema }),
  sectionMaps: defineCollection({ loader: loader(c.sectionMaps), schema: c.sectionMaps.schema }),
  publicReports: defineCollection({ loader: loader(c.publicReports), schema: c.publicReports.schema }),
  modelDrafts: defineCollection({ loader: loader(c.modelDrafts), schema: c.modelDrafts.schema }),
};
