import { describe, expect, it } from 'vitest';
import { balancePairs, findSpans } from '../../src/shared/phrase-spans.ts';

const marked = (wording: string, text: string) => findSpans(wording, text).map((s) => text.slice(s.start, s.end));

describe('findSpans', () => {
  it('finds a fixed wording across punctuation differences, exactly', () => {
    expect(marked('学法守法用法', '带头学法、守法、用法。')).toEqual(['学法、守法、用法']);
  });
  it('never runs across a full stop the wording does not have', () => {
    expect(marked('坚持以上率下，落实责任', '坚持以上率下。落实责任')).toEqual([]);
    expect(marked('坚持以上率下，落实责任', '坚持以上率下，落实责任')).toEqual(['坚持以上率下，落实责任']);
  });
  it('keeps both halves of a quotation mark', () => {
    expect(marked('紧抓领导干部这个“关键少数”', '紧抓领导干部这个“关键少数”，')).toEqual(['紧抓领导干部这个“关键少数”']);
    expect(marked('“12·4”国家宪法日', '开展“12·4”国家宪法日活动')).toEqual(['“12·4”国家宪法日']);
    expect(marked('创建“〔名称〕调解工作室”', '创建“老洪调解工作室”。')).toEqual(['创建“老洪调解工作室”']);
  });
  it('takes the whole number a closing slot stands for', () => {
    expect(marked('通过率达〔比例〕', '考试通过率达100%，')).toEqual(['通过率达100%']);
    expect(marked('满意率〔比例〕', '群众满意率98.1％。')).toEqual(['满意率98.1％']);
  });
  it('starts an opening slot after the last clause break and after a heading number', () => {
    expect(marked('〔单位〕虽然做了大量工作', '今年来，我镇虽然做了大量工作')).toEqual(['我镇虽然做了大量工作']);
    expect(marked('〔年份〕年度推进法治政府建设存在的不足和原因', '三、2023年度推进法治政府建设存在的不足和原因')).toEqual(['2023年度推进法治政府建设存在的不足和原因']);
    expect(marked('〔会议名称〕学法', '制度。今年以来，金城乡党政会议学法')).toEqual(['金城乡党政会议学法']);
  });
  it('drops a template match whose inner slot spans a clause break', () => {
    expect(marked('召开〔名称〕会议', '召开了，专题会议')).toEqual([]);
  });
});

describe('balancePairs', () => {
  it('adds the missing half when it is right next to the span', () => {
    const t = '《X镇合法性审查实施方案》';
    expect(balancePairs(t, { start: 0, end: t.length - 1 })).toEqual({ start: 0, end: t.length });
    expect(balancePairs('a”b', { start: 0, end: 2 })).toEqual({ start: 0, end: 2 });
  });
});
