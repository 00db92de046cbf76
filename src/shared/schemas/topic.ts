import { z } from 'astro/zod';
import './zh-errors.ts';
import { SLUG_PATTERN } from './vocab.ts';

/** One communicative move writers make within a topic (Phrasebank style). */
export const moveSchema = z.object({
  /** Stable ASCII id, used as the anchor of the move on the topic page. */
  id: z.string().regex(SLUG_PATTERN, 'id 只能用小写英文字母、数字和连字符'),
  /** Short name of the move, e.g. 交代学习的形式和次数. */
  name: z.string().min(2),
  /** One or two sentences: what the writer is doing here and why. */
  description: z.string().min(4),
});

/**
 * A topic of the phrase bank: src/content/topics/<id>.yaml. The file name is the
 * topic id and the URL slug (/phrases/<id>/).
 */
export const topicSchema = z.object({
  /** Display name, e.g. 普法与法治宣传. */
  name: z.string().min(2),
  /** Sort position on the phrase bank home. */
  order: z.number().int(),
  /** One-paragraph introduction for the top of the topic page. */
  summary: z.string().min(4),
  /** The moves writers make in this topic, in the order they usually come. */
  moves: z.array(moveSchema).min(1),
});
export type TopicData = z.infer<typeof topicSchema>;
