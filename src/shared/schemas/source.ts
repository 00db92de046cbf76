import { z } from 'astro/zod';
import './zh-errors.ts';
import { CONFIDENCE_IDS, SOURCE_STATUS_IDS } from './vocab.ts';

/** A verbatim passage of a source, as recorded in ../shared/reference. */
export const excerptSchema = z.object({
  /** The words exactly as the source gives them. Phrases are grounded against this text. */
  text: z.string().min(2),
  /** Article or item, e.g. 第四条 or （三十）. Only when the reference marks it verified. */
  article: z.string().optional(),
  /** How far the reference could verify this excerpt. */
  confidence: z.enum(CONFIDENCE_IDS),
});

/**
 * An official document or other public text the site cites:
 * src/content/sources/<key>.yaml. The file name is the key that guides and phrases cite.
 */
export const sourceSchema = z.object({
  /** Full title, e.g. 党政主要负责人履行推进法治建设第一责任人职责规定. */
  title: z.string().min(2),
  /** Issuing body, e.g. 中共中央办公厅、国务院办公厅. Leave out when the reference does not name it. */
  issuer: z.string().min(2).optional(),
  /** Date as precisely as the reference gives it: YYYY, YYYY-MM or YYYY-MM-DD. Leave out when it gives none; never guess. */
  date: z.preprocess(
    // YAML reads 2016 as a number and 2016-12-15 as a date; both are fine to write unquoted.
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
    z.string().regex(/^\d{4}(-\d{2}){0,2}$/, '日期格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD'),
  ).optional(),
  /** The reference gives the date only as approximate (约2023): shown as 约…. */
  dateApprox: z.boolean().default(false),
  /** Document number (文号) when the reference gives one, e.g. 厅字〔2019〕28号. */
  docNumber: z.string().optional(),
  /**
   * The official channel that published the text, as the reference records it, e.g.
   * 新华社北京2019年5月6日电. This, not a reprint page, is what the site cites.
   */
  channel: z.string().min(2).optional(),
  /** Date the document took effect (施行), when the reference records it: YYYY-MM-DD. */
  effective: z.preprocess(
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '施行日期格式应为 YYYY-MM-DD'),
  ).optional(),
  /** Central, local, a speech, or another organ's public report. */
  kind: z.enum(['central', 'local', 'speech', 'report']),
  /**
   * Pages the wording was checked on (核对所用转载页), as the reference lists them. Mostly
   * reprints: they stay here as evidence and are shown at most in a collapsed block, never as
   * the source. Empty when the reference found no web page.
   */
  urls: z.array(z.string().url()).default([]),
  /** Overall confidence of the reference in this document. */
  confidence: z.enum(CONFIDENCE_IDS),
  /**
   * 现行 (current), 期满 (expired: a plan whose period has ended; still the document to cite
   * for the years it covered) or 已被取代 (superseded by a later document).
   */
  status: z.enum(SOURCE_STATUS_IDS).default('current'),
  /** For a plan or outline: its period, first and last year, e.g. [2021, 2025]. */
  period: z
    .tuple([z.number().int().min(1949), z.number().int().max(2100)])
    .refine(([from, to]) => from <= to, 'period 应写成 [起始年, 终止年]，起始年不晚于终止年')
    .optional(),
  /**
   * Earlier documents this one replaced, as the reference names them (by 文号): the checker flags
   * one still cited as the basis of work (rule expired-document-predecessor).
   */
  supersedes: z.array(z.object({ docNumber: z.string().min(4), what: z.string().min(2), confidence: z.enum(CONFIDENCE_IDS) })).optional(),
  /** Verbatim passages recorded from the reference. */
  excerpts: z.array(excerptSchema).default([]),
  /** Caveats from the reference, e.g. which article numbers were not found. */
  note: z.string().optional(),
});
export type SourceData = z.infer<typeof sourceSchema>;
