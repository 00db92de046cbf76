/**
 * Round 30: more ways writers get a fixed name wrong, with probe sentences written from ../shared/reference and the phrase
 * bank, not from the evaluation sets:
 * - a word of a short term turned to its opposite (会前学法 → 会后学法, 任前考法 → 任后考法);
 * - the duty word of 第一责任人 swapped (第一监督人, 第一领导人);
 * - the two words of 理论学习中心组 in another order;
 * - the second half of “双随机、一公开” swapped for another word of inspection;
 * - 普法责任制 written 问责制; 公职律师 written 公证律师;
 * - the party's 全面依法治〔县〕委员会 put under the government;
 * - a long title with a part dropped (法治政府建设督察工作规定);
 * - 民主法制示范社区, and the old 以公开为原则.
 * Each with the legitimate look-alikes that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { ofKind } from './helpers/draft-check.ts';

const of = (kind: string) => (text: string) => ofKind(kind, text, 2026);
const names = of('system-name');
type Read = (text: string) => [string, string][];

const staysSilent = (read: Read, texts: string[]) =>
  it.each(texts)('stays silent: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

const finds = (read: Read, cases: [string, string, string][]) =>
  it.each(cases)('finds: %s', (text, span, level) => {
    expect(read(text)).toEqual([[span, level]]);
  });

/** Each family: the slips it finds (text, span, level) and the legitimate look-alikes that stay silent. */
const FAMILIES: { family: string; finds: [string, string, string][]; silent: string[] }[] = [
  {
    family: 'a short term with its word turned round',
    finds: [
      ['局党组会议坚持会后学法，全年学法9次。', '会后学法', 'hint'],
      ['区政府执行常务会议会中学法制度。', '会中学法', 'hint'],
      ['拟提拔干部全部参加任后考法。', '任后考法', 'hint'],
    ],
    silent: ['会后传达学习上级文件精神，部署贯彻措施。', '坚持常务会议会前学法，全年学法12次。', '新任职干部任职后参加法治培训，全年培训2期。', '对拟任干部组织任前考法，考试合格率100%。'],
  },
  {
    family: 'the duty word of 第一责任人',
    finds: [
      ['区长切实履行推进法治建设第一领导人职责。', '法治建设第一领导人', 'error'],
      ['局长认真履行推进法治建设第一推动人职责。', '法治建设第一推动人', 'error'],
    ],
    silent: ['局长认真履行推进法治建设第一责任人职责。', '主要负责人是安全生产第一责任人。'],
  },
  {
    family: 'the word order of 理论学习中心组',
    finds: [['县委中心理论学习组开展法治专题学习4次。', '中心理论学习组', 'hint']],
    silent: ['局党组理论学习中心组集体学法6次。', '组织理论学习和中心工作研讨。'],
  },
  {
    family: 'the second half of “双随机、一公开”',
    finds: [
      ['推行“双随机、一抽查”联合监管，抽查企业80户。', '双随机、一抽查', 'hint'],
      ['落实双随机一监管，覆盖市场主体600户。', '双随机一监管', 'hint'],
    ],
    silent: ['推行“双随机、一公开”联合监管，抽查企业80户。', '开展双随机抽查12次，检查结果全部公示。'],
  },
  {
    family: '普法责任制 and 公职律师',
    finds: [
      ['全面落实普法追责制，年终逐单位考核。', '普法追责制', 'hint'],
      ['各部门配备公证律师共6名。', '公证律师', 'hint'],
    ],
    silent: ['落实“谁执法谁普法”普法责任制。', '对普法责任落实不到位的单位予以问责。', '整合律师、公证、人民调解等法律服务资源。', '各部门配备公职律师共6名。'],
  },
  {
    family: 'the 全面依法治〔县〕委员会 belongs to the party committee',
    finds: [
      ['及时向区政府全面依法治区委员会报送年度报告。', '区政府全面依法治区委员会', 'hint'],
      ['按照市人民政府全面依法治市委员会部署开展督察。', '人民政府全面依法治市委员会', 'hint'],
    ],
    silent: ['及时向区委全面依法治区委员会报送年度报告。', '区政府向区委全面依法治区委员会专题汇报法治政府建设情况。', '县委、县政府主要负责同志出席全面依法治县委员会会议。'],
  },
];

for (const { family, finds: found, silent } of FAMILIES) {
  describe(family, () => {
    finds(names, found);
    staysSilent(names, silent);
  });
}

describe('a long title with a part dropped', () => {
  const titles = of('document-title');
  it('finds the title without 与责任落实', () => {
    expect(titles('对照《法治政府建设督察规定》开展自查。').map(([, level]) => level)).toEqual(['error']);
  });
  staysSilent(titles, ['对照《法治政府建设与责任落实督察工作规定》开展自查。']);
});

describe('the old wordings 民主法制示范社区 and 以公开为原则', () => {
  it('finds 民主法制示范街道 as a hint', () => {
    expect(of('fazhi-fazhi')('全区创建民主法制示范街道2个。')).toEqual([['民主法制示范街道', 'hint']]);
  });
  it('finds 以公开为原则 as a hint', () => {
    expect(of('outdated-wording')('始终以公开为原则，不公开为例外，主动公开信息300条。').map(([, level]) => level)).toEqual(['hint']);
  });
  staysSilent(of('fazhi-fazhi'), ['全区创建民主法治示范社区2个。']);
  staysSilent(of('outdated-wording'), ['坚持以公开为常态、不公开为例外，主动公开信息300条。']);
});
