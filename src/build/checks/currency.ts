import type { Problem } from '../../shared/problem.ts';
import { staleCurrent, type Dated } from '../../shared/currency.ts';

/** A phrase or source whose period ended before the report year is 期满, never labelled 现行. */
export function checkCurrency(
  phrases: { id: string; filePath?: string; data: Dated & { text: string } }[],
  sources: { id: string; data: Dated & { title: string } }[],
): Problem[] {
  const problem = (file: string, field: string, why: string): Problem => {
    const [what, fix = ''] = why.split('。修正方法：');
    return { file, field, problem: what, fix };
  };
  return [
    ...phrases.flatMap((p) => {
      const why = staleCurrent(p.data, p.data.text);
      return why ? [problem(p.filePath ?? 'src/content/phrases', `条目 ${p.id} 字段 status`, why)] : [];
    }),
    ...sources.flatMap((s) => {
      const why = staleCurrent(s.data, s.data.title);
      return why ? [problem(`src/content/sources/${s.id}.yaml`, '字段 status', why)] : [];
    }),
  ];
}
