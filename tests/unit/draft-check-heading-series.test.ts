/**
 * Round 31 heading-numbering: an 一是…二是… series in the body that skips a number (a hint, one per series; a repeat is left alone), and a measure
 * written as 二、 after sub-items （一） right before the part 二、 (one finding, at the measure).
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const numbering = (body: string) => ofKind('heading-numbering', body);

describe('一是…二是… series (round 31)', () => {
  it.each([
    ['存在的问题：一是制度建设滞后；二是执法监督偏软；四是普法形式单一。', '四是'],
    ['一是完善议事规则。\n二是规范合同审查。\n五是健全法律顾问制度。', '五是'],
  ])('flags %s', (body, marker) => {
    expect(numbering(body)).toEqual([[marker, 'hint']]);
  });

  it('gives one finding for a series that runs on after the slip', () => {
    expect(numbering('一是加强学习；二是健全制度；四是严格执法；五是强化监督。')).toEqual([['四是', 'hint']]);
  });

  it.each([
    '一是加强学习；二是健全制度；三是严格执法。',
    '问题：一是学法不深；二是执法不严；三是监督偏软。原因：一是重视不够；二是保障不足。',
    '一是抓学习，主要有：一是中心组学法，二是旁听庭审。二是抓制度，修订规则3项。',
    '坚持一是一、二是二，统一是前提，唯一是标准。',
    '一是加强学习。\n全年学法12次。\n三是完善制度。',
    '二是一些单位重视不够；三是部分人员能力不足。',
    // Round 49: a number repeated in one sentence (一是…，二是…，二是…) is now reported; in the next sentence it stays silent.
    '主要做法：一是抓学习，二是抓制度。二是抓督办。',
  ])('leaves %s alone', (body) => {
    expect(numbering(body)).toEqual([]);
  });
});

describe('a measure written as the part mark after sub-items (round 31)', () => {
  const report = (measure: string) =>
    `某县人民政府关于2026年法治政府建设情况的报告\n现将有关情况报告如下。\n一、主要举措和成效\n（一）推进依法决策。作出重大决策6项。\n${measure}\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n主持专题会议4次。\n三、存在的不足\n执法培训不够。`;

  it('reports the measure once, as （二）', () => {
    const found = ofKind('heading-numbering', report('二、深化普法宣传。开展宣传活动20场。'), 2026);
    expect(found).toEqual([['二、', 'error']]);
  });

  it('leaves a part written with its body on its line to the repeat rule', () => {
    const found = ofKind('heading-numbering', report('二、存在的问题。一是培训不足。'), 2026);
    expect(found.length).toBe(1);
  });
});
