/**
 * A wrong name written again further on (法律顾问、公务律师制度 … 设立公务律师2名) is one mistake: the writer
 * misremembers the name, not each sentence, and one fix corrects every place. So the findings of a name rule on the
 * same words become one finding at the first place, with every place listed, as a repetitive kind's are.
 * Only for the kinds of fixed names: a date or a figure written wrong twice is two mistakes to check one by one.
 */
import type { Finding } from './types.ts';

const NAME_KINDS = new Set(['system-name']);

export function oneFindingPerWrongName(findings: readonly Finding[], kindOf: ReadonlyMap<string, string | undefined>): Finding[] {
  const firstAt = new Map<string, number>();
  const out: Finding[] = [];
  const counts: number[] = [];
  for (const f of findings) {
    if (!NAME_KINDS.has(kindOf.get(f.rule) ?? '') || f.places) {
      out.push(f);
      counts.push(1);
      continue;
    }
    const key = `${f.rule}\u0000${f.text}`;
    const i = firstAt.get(key);
    if (i === undefined) {
      firstAt.set(key, out.length);
      out.push(f);
      counts.push(1);
      continue;
    }
    const host = out[i]!;
    // The rules merged into the later place speak for this mistake too.
    const merged = [...new Set([...(host.merged ?? []), ...(f.merged ?? [])])];
    out[i] = { ...host, places: [...(host.places ?? [{ start: host.start, end: host.end }]), { start: f.start, end: f.end }], ...(merged.length ? { merged } : {}) };
    counts[i]!++;
  }
  return out.map((f, i) => (counts[i]! > 1 ? { ...f, message: `${f.message}全文共 ${counts[i]} 处。` } : f));
}
