import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './shared/schemas/report.ts';
import { topicSchema } from './shared/schemas/topic.ts';
import { sourceSchema } from './shared/schemas/source.ts';
import { phraseSchema } from './shared/schemas/phrase.ts';
import { guideSchema } from './shared/schemas/guide.ts';
import { ruleSchema } from './shared/schemas/rule.ts';
import { sectionMapSchema } from './shared/schemas/section-map.ts';
import { publicReportSchema } from './shared/schemas/public-report.ts';
import { config } from './build/config.ts';
import { yamlListLoader } from './build/yaml-list-loader.ts';

/** Content root; the e2e fixture site and the scale benchmark point it elsewhere. */
const root = config.contentDir;

/** Glob loader over one folder of the content root; the file name (without extension) is the id. */
const folder = (name: string, pattern: string) =>
  glob({ base: `${root}/${name}`, pattern, generateId: ({ entry }) => entry.replace(/\.(md|ya?ml)$/, '') });

export const collections = {
  reports: defineCollection({ loader: folder('reports', '*.md'), schema: reportSchema }),
  topics: defineCollection({ loader: folder('topics', '*.yaml'), schema: topicSchema }),
  sources: defineCollection({ loader: folder('sources', '*.yaml'), schema: sourceSchema }),
  phrases: defineCollection({ loader: yamlListLoader(`${root}/phrases/`), schema: phraseSchema }),
  guides: defineCollection({ loader: folder('guides', '*.md'), schema: guideSchema }),
  /** 报告体检 rules, one YAML list per rule type (src/content/rules/<type>.yaml). */
  rules: defineCollection({ loader: yamlListLoader(`${root}/rules/`), schema: ruleSchema }),
  sectionMaps: defineCollection({ loader: folder('section-maps', '*.yaml'), schema: sectionMapSchema }),
  publicReports: defineCollection({ loader: folder('public-reports', '*.yaml'), schema: publicReportSchema }),
};
