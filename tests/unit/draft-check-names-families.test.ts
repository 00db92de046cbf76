/**
 * Three families of fixed names and titles (round 29), with probe sentences written from ../shared/reference and the
 * phrase bank, not from the evaluation sets:
 * - a name's scope word (政府, 社会, 党委, 全面) dropped or changed: the writer's own scope, silent; a title's name keeps its scope;
 * - two of the listed near words swapped in one name (合规性 and 审查 for 合法性 and 审核): a hint;
 * - a long title cited with two short pieces of it left out: a hint; a local text on part of the subject stays silent.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const names = (text: string) => ofKind('system-name', text, 2026);
const titles = (text: string) => ofKind('document-title', text, 2026);
type Read = (text: string) => [string, string][];

/** Each text draws no finding of the kind read. */
const staysSilent = (read: Read, texts: string[]) =>
  it.each(texts)('stays silent: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

/** Each text draws one hint of the kind read, on the span given. */
const hints = (read: Read, cases: [string, string][]) =>
  it.each(cases)('is a hint: %s', (text, span) => {
    expect(read(text)).toEqual([[span, 'hint']]);
  });

describe('a scope word dropped or changed in a fixed name', () => {
  staysSilent(names, [
    '县委坚持健全法治建设推进机制，每季度听取一次汇报。',
    '镇党委完善法治建设推进机制，明确责任分工。',
    '区委常委会研究完善法治建设推进机制，压实主要负责人责任。',
    '各乡镇普遍建立法治社会建设推进机制，推动部门协同。',
    '健全法治政府建设推进机制，年内召开专题会议3次。',
    '按照中央依法治国办公室部署，开展法治督察。',
  ]);

  hints(names, [
    // a title spells 市县法治政府建设示范指标体系: its scope is fixed
    ['对照市县法治建设示范指标体系逐项开展自查。', '市县法治建设示范指标体系'],
    // a word dropped that is no scope word is still a slip
    ['严格落实执法过程记录制度，配备执法记录仪120台。', '执法过程记录制度'],
  ]);
});

describe('two listed near words swapped in one name', () => {
  hints(names, [
    ['严格落实行政规范性文件合规性审查机制，全年审查9件。', '行政规范性文件合规性审查机制'],
    ['司法局全面执行执法全流程纪录制度，执法记录仪全覆盖。', '执法全流程纪录制度'],
  ]);

  staysSilent(names, [
    '严格落实行政规范性文件合法性审核机制，全年审核9件。',
    '国有企业健全合规性审查机制，防范经营风险。',
    '落实公平竞争审查机制，清理妨碍统一市场的规定。',
  ]);
});

describe('a long title cited with two short pieces left out', () => {
  it('is a hint', () => {
    expect(titles('认真贯彻《关于推行法律顾问和公职律师制度的意见》，聘请法律顾问5名。')).toEqual([['《关于推行法律顾问和公职律师制度的意见》', 'hint']]);
  });

  staysSilent(titles, [
    '认真贯彻《关于推行法律顾问制度和公职律师公司律师制度的意见》，聘请法律顾问5名。',
    // a local text on one part of the subject keeps too little of the title
    '县政府印发《关于推行法律顾问制度的意见》，聘请法律顾问5名。',
    '县政府印发《关于推行法律顾问和公职律师的意见》。',
  ]);
});
