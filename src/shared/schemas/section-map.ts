import { z } from 'astro/zod';
import './zh-errors.ts';
import { SLUG_PATTERN } from './vocab.ts';

/**
 * How one sample report's sections map onto the required sections of its guide:
 * src/content/section-maps/<report-slug>.yaml. The build resolves each heading to its
 * anchor and fails on an unknown report, guide, section id or heading.
 */
export const sectionMapSchema = z.object({
  /** Slug of the sample report. */
  report: z.string().regex(SLUG_PATTERN),
  /** Slug of the guide whose sections the report is mapped onto. */
  guide: z.string().regex(SLUG_PATTERN),
  /** One entry per required section the report covers; sections left out show as 缺. */
  sections: z
    .array(
      z.object({
        /** Section id from the guide's frontmatter. */
        section: z.string().regex(SLUG_PATTERN),
        /** Headings (or paragraph openings) of the report that cover it, verbatim first words. */
        startsWith: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
});
export type SectionMapData = z.infer<typeof sectionMapSchema>;
