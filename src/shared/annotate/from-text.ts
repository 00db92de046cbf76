/** annotatedDocxFromText: see ./index.ts. */
import type { AnnotateFinding, AnnotateMeta } from './comments.ts';

export async function annotatedDocxFromText(text: string, findings: readonly AnnotateFinding[], meta: AnnotateMeta = {}): Promise<Uint8Array> {
  void text;
  void findings;
  void meta;
  throw new Error('尚未实现');
}
