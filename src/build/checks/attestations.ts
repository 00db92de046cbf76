import type { Problem } from '../../shared/problem.ts';

/** What the check needs of a phrase: where it lives, its id and the catalogue keys it cites. */
export interface AttestingPhrase {
  id: string;
  /** The phrase file, e.g. src/content/phrases/first-responsibility.yaml. */
  file: string;
  attested: string[];
}

/**
 * Every catalogue key a phrase cites in `attested` must name an entry of the catalogue of public
 * reports (src/content/public-reports/<key>.yaml), and no key may be listed twice: a phrase's
 * attestation count is the number of its keys.
 */
export function checkAttestations(phrases: AttestingPhrase[], catalogueKeys: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const p of phrases) {
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const key of p.attested) {
      const field = `条目 ${p.id} 字段 attested`;
      if (seen.has(key)) {
        if (!repeated.has(key)) problems.push({ file: p.file, field, problem: `公开报告“${key}”列了两次`, fix: '删去重复的一项' });
        repeated.add(key);
      } else if (!catalogueKeys.has(key)) {
        problems.push({
          file: p.file,
          field,
          problem: `公开报告“${key}”不在公开报告目录中`,
          fix: `改用 src/content/public-reports/ 中已有的文件名，或先新建 src/content/public-reports/${key}.yaml`,
        });
      }
      seen.add(key);
    }
  }
  return problems;
}
