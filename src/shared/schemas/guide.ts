import { z } from 'astro/zod';
import './zh-errors.ts';
import { BASIS_IDS, SLUG_PATTERN } from './vocab.ts';

const slug = z.string().regex(SLUG_PATTERN, '只能用小写英文字母、数字和连字符');

/** A claim about a rule, with the sources that support it. */
export const ruledClaimSchema = z.object({
  /** The statement shown to readers. */
  text: z.string().min(2),
  /** 规定要求 when an official source requires it; 参考做法 for local practice. */
  basis: z.enum(BASIS_IDS),
  /** Source keys supporting the claim. Required for 规定要求. */
  sources: z.array(z.string()).default([]),
});

/** A pointer to a passage of a sample report, resolved to its anchor at build time. */
export const passageRefSchema = z.object({
  /** Report slug (file name in src/content/reports). */
  report: z.string(),
  /** The first words of the heading or paragraph, verbatim; matched after normalising whitespace and punctuation. */
  startsWith: z.string().min(4),
  /** Why this passage does the job well. */
  why: z.string().min(4),
});

/** One required (or customary) section of a report type. */
export const guideSectionSchema = z
  .object({
    /** Stable ASCII anchor, e.g. problems. Used by section maps and URLs. */
    id: slug,
    /** Section title as the guide names it. */
    title: z.string().min(2),
    /** 规定要求 or 参考做法 for the section as a whole. */
    basis: z.enum(BASIS_IDS),
    /** Source keys for the section's rule; required for 规定要求. */
    sources: z.array(z.string()).default([]),
    /** Where the section comes from, in one or two sentences (cite without inventing article numbers). */
    rule: z.string().min(4),
    /** What to cover. */
    cover: z.array(z.string()).min(1),
    /** Facts and figures that make the section strong. */
    strongFacts: z.array(z.string()).min(1),
    /** Common weaknesses. */
    weaknesses: z.array(z.string()).min(1),
    /** Sample passages that do it well (two or more). */
    examples: z.array(passageRefSchema).min(2),
    /** Phrase bank topic ids to link. */
    topics: z.array(z.string()).default([]),
  })
  .refine((s) => s.basis === 'practice' || s.sources.length > 0, {
    message: '标为“规定要求”的部分必须在 sources 中列出依据；没有依据请改为 basis: practice（参考做法）',
    path: ['sources'],
  });

/**
 * A guidance page: src/content/guides/<slug>.md. The Markdown body is the page's
 * introduction; the sections come from frontmatter so that checklists, matrices and
 * comparison pages are generated from the same data.
 */
export const guideSchema = z.object({
  /** Page title, e.g. 党政主要负责人年度述法报告. */
  title: z.string().min(2),
  /** Report types this guide covers (values of reportType). */
  reportTypes: z.array(z.string()).min(1),
  /** Sort position in the guidance index. */
  order: z.number().int(),
  /** One-sentence summary for lists. */
  summary: z.string().min(4),
  /** Who writes it. */
  writer: ruledClaimSchema,
  /** To whom it is submitted. */
  submitTo: ruledClaimSchema,
  /** By when. */
  deadline: ruledClaimSchema,
  /** Whether it is published. */
  publication: ruledClaimSchema,
  /** The sections in order. */
  sections: z.array(guideSectionSchema).min(2),
});
export type GuideData = z.infer<typeof guideSchema>;
