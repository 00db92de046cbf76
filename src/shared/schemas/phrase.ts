import { z } from 'astro/zod';
import './zh-errors.ts';
import { PATTERN_TYPE_IDS, PHRASE_STATUS_IDS, SECTION_ROLE_IDS, SLUG_PATTERN } from './vocab.ts';

/**
 * One entry of the phrase bank. Phrase files are YAML lists in
 * src/content/phrases/<topic>.yaml; each list item is one entry.
 * Where a phrase occurs in the samples is computed at build time, never typed here.
 */
export const phraseSchema = z
  .object({
    /** Stable ASCII id: the anchor on the topic page and the key in links. Never reuse or rename. */
    id: z.string().regex(SLUG_PATTERN, 'id 只能用小写英文字母、数字和连字符'),
    /**
     * The expression exactly as writers would paste it. For a 句式模板, slots are written
     * 〔说明〕, e.g. 全年开展法治宣传活动〔次数〕次.
     */
    text: z.string().min(2),
    /** Topic ids from src/content/topics (at least one). */
    topics: z.array(z.string()).min(1),
    /** Section roles where the phrase fits (at least one). */
    sections: z.array(z.enum(SECTION_ROLE_IDS)).min(1),
    /** The move (id from the first topic's moves) this phrase serves. */
    move: z.string().regex(SLUG_PATTERN),
    /** 固定提法, 排比句式 or 句式模板. */
    pattern: z.enum(PATTERN_TYPE_IDS),
    /**
     * 现行 (current); 期满 (expired: the plan or target the wording belongs to ended with its
     * period, so the wording stays right for writing about those years, and the note says how
     * to write about later years); or 已过时 (outdated: superseded wording, with replacedBy).
     */
    status: z.enum(PHRASE_STATUS_IDS).default('current'),
    /** For a 期满 phrase: the plan period, first and last year, e.g. [2021, 2025]. */
    period: z
      .tuple([z.number().int().min(1949), z.number().int().max(2100)])
      .refine(([from, to]) => from <= to, '期满表述的 period 应写成 [起始年, 终止年]，起始年不晚于终止年')
      .optional(),
    /**
     * 较新表述: the id of a later, fuller wording of the same idea (e.g. a later document adds
     * 应对风险). Shown beside the entry; unlike replacedBy it does not make this wording wrong.
     */
    newerWording: z.string().regex(SLUG_PATTERN).optional(),
    /** Other wordings of the same expression; each must be grounded like the text. */
    variants: z.array(z.string().min(2)).default([]),
    /**
     * A label for single variants, by the variant's text: 地方做法 for a local wording, or what a
     * variant is (e.g. the “八五”普法规划's 2025 target). A variant seen in public reports may list
     * them in its own `attested`, which grounds that variant (the entry's `attested` grounds its text).
     */
    variantNotes: z
      .array(z.object({ text: z.string().min(2), label: z.string().min(2), attested: z.array(z.string()).default([]) }).strict())
      .default([]),
    /**
     * 常见误写: wordings found in use that the note warns against. Shown on the entry as what not
     * to write, never offered to copy, never a variant.
     */
    misspellings: z.array(z.string().min(2)).default([]),
    /** When to use it, and what concrete facts or figures make it more than a slogan. */
    note: z.string().min(4),
    /** For an outdated phrase: the id of its current replacement. */
    replacedBy: z.string().regex(SLUG_PATTERN).optional(),
    /**
     * Source keys (src/content/sources) whose recorded excerpts contain this text.
     * Leave empty when the phrase is grounded in the sample reports.
     */
    sources: z.array(z.string()).default([]),
    /**
     * Keys of catalogue entries (src/content/public-reports) in whose published text this
     * phrase's text was seen verbatim, after normalising whitespace and punctuation. Grounds
     * the text like a sample occurrence does; every key must exist in the catalogue.
     */
    attested: z.array(z.string()).default([]),
  })
  .refine((p) => p.status !== 'outdated' || p.replacedBy, {
    message: '已过时的表述必须用 replacedBy 写明现行替代表述的 id',
    path: ['replacedBy'],
  })
  .refine((p) => (p.status === 'expired') === (p.period !== undefined), {
    message: '期满的表述（status: expired）必须写 period: [起始年, 终止年]；其他状态不写 period',
    path: ['period'],
  });
export type PhraseData = z.infer<typeof phraseSchema>;
