import { describe, expect, it } from 'vitest';
import { checkAttestations } from '../../src/build/checks/attestations.ts';
import { formatProblem } from '../../src/shared/problem.ts';

const catalogue = new Set(['tjjh-2023-1a2b3c', 'sfj-wuhan-2022-4d5e6f']);
const file = 'src/content/phrases/first-responsibility.yaml';

describe('checkAttestations', () => {
  it('accepts keys that are in the catalogue, and phrases with no keys', () => {
    expect(checkAttestations([
      { id: 'yi-gang-shuang-ze', file, attested: ['tjjh-2023-1a2b3c', 'sfj-wuhan-2022-4d5e6f'] },
      { id: 'guanjian-shaoshu', file, attested: [] },
    ], catalogue)).toEqual([]);
  });

  it('names the file, the entry, the field, the unknown key and the fix', () => {
    const problems = checkAttestations([{ id: 'yi-gang-shuang-ze', file, attested: ['tjjh-2023-1a2b3c', 'no-such-report-2023'] }], catalogue);
    expect(problems.map(formatProblem)).toEqual([
      'src/content/phrases/first-responsibility.yaml 条目 yi-gang-shuang-ze 字段 attested：公开报告“no-such-report-2023”不在公开报告目录中。修正方法：改用 src/content/public-reports/ 中已有的文件名，或先新建 src/content/public-reports/no-such-report-2023.yaml',
    ]);
  });

  it('reports a key listed twice once, so the attestation count stays the number of reports', () => {
    const problems = checkAttestations([{ id: 'fuyuan-liandong', file, attested: ['tjjh-2023-1a2b3c', 'tjjh-2023-1a2b3c', 'tjjh-2023-1a2b3c'] }], catalogue);
    expect(problems.map(formatProblem)).toEqual([
      'src/content/phrases/first-responsibility.yaml 条目 fuyuan-liandong 字段 attested：公开报告“tjjh-2023-1a2b3c”列了两次。修正方法：删去重复的一项',
    ]);
  });

  it('reports every unknown key of every phrase, in file order', () => {
    const problems = checkAttestations([
      { id: 'a', file: 'src/content/phrases/x.yaml', attested: ['gone-1'] },
      { id: 'b', file: 'src/content/phrases/y.yaml', attested: ['sfj-wuhan-2022-4d5e6f', 'gone-2'] },
    ], new Set(['sfj-wuhan-2022-4d5e6f']));
    expect(problems.map((p) => `${p.file} ${p.field} ${p.problem}`)).toEqual([
      'src/content/phrases/x.yaml 条目 a 字段 attested 公开报告“gone-1”不在公开报告目录中',
      'src/content/phrases/y.yaml 条目 b 字段 attested 公开报告“gone-2”不在公开报告目录中',
    ]);
  });
});
