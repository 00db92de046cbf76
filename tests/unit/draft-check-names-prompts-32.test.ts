import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/shared/draft-check/index.ts';
import { loadCompiled } from '../../scripts/lib/content-rules.ts';

const compiled = loadCompiled();
const draft = (body: string) =>
  `某县司法局2025年法治政府建设年度报告\n2025年，我局扎实推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效\n${body}\n二、存在的不足\n基层力量薄弱。\n三、下一年度主要安排\n下一步，我局将持续用力。\n某县司法局\n2026年2月1日\n`;
/** Every finding outside the structure rules, as rule:text. */
const found = (body: string) =>
  checkDraft(draft(body), compiled, { year: 2025 })
    .findings.filter((f) => !f.rule.startsWith('structure-'))
    .map((f) => `${f.rule}:${f.text}`);
const by = (rule: string, body: string) => found(body).filter((f) => f.startsWith(`${rule}:`));

describe('a 文号 whose number is left as a mark', () => {
  it('flags × or an underline after the year in the brackets', () => {
    expect(by('placeholder-times', '根据《关于开展检查的通知》（法办发〔2026〕×号）要求开展自查。')).toEqual(['placeholder-times:×']);
    expect(by('placeholder-times', '按照市政府办公室《实施方案》（市政办发〔2024〕＿号）部署推进。')).toEqual(['placeholder-times:＿']);
  });
  it('stays silent on a 文号 written out', () => {
    expect(found('依据厅字〔2019〕28号文件开展工作。')).toEqual([]);
    expect(found('执法决定书文号为江北市监处罚〔2026〕58号。')).toEqual([]);
  });
});

describe('a bracket telling the drafter what to work in', () => {
  it('is the outline prompt only, not also a template slot', () => {
    expect(found('本人全年学习法律法规10部。〔可结合本人学习体会展开〕')).toEqual(['outline-prompt:〔可结合本人学习体会展开〕']);
    expect(found('全年办理行政复议案件8件。〔宜结合典型案例细化〕')).toEqual(['outline-prompt:〔宜结合典型案例细化〕']);
  });
  it('leaves a slot that names its content to the placeholder rule', () => {
    expect(found('全年开展法治宣传活动〔次数〕次。')).toEqual(['template-slot-bracket:〔次数〕']);
  });
});

describe('advice on how good the text must be', () => {
  it('flags a bracket grading the writing', () => {
    expect(by('outline-prompt', '执法监督存在短板。（问题要具体，避免泛泛而谈）')).toEqual(['outline-prompt:（问题要具体，避免泛泛而谈）']);
    expect(by('outline-prompt', '下一步将完善制度。（措施要可操作，不要空喊口号）')).toEqual(['outline-prompt:（措施要可操作，不要空喊口号）']);
    expect(by('outline-prompt', '基层力量仍显薄弱。（注意与上年问题区分）')).toEqual(['outline-prompt:（注意与上年问题区分）']);
  });
  it('stays silent on a report saying the same of its own work', () => {
    expect(found('全年整改问题（整改到位、防止反弹）12个。')).toEqual([]);
    expect(found('执法人员注意与当事人沟通，避免简单罗列处罚依据。')).toEqual([]);
    expect(found('培训内容（注意事项、操作规程）已印发。')).toEqual([]);
  });
});

describe('a note label opening a line that goes on with the report', () => {
  it('flags the note sentence, whatever the report says after it', () => {
    expect(by('outline-prompt', '要点：写明自查的时间、范围和方法。根据县委依法治县办通知要求，我局开展了自查。')).toEqual([
      'outline-prompt:要点：写明自查的时间、范围和方法。',
    ]);
    expect(by('outline-prompt', '提示：写清整改的责任人和时限。按照市局要求，我局完成整改。')).toEqual(['outline-prompt:提示：写清整改的责任人和时限。']);
  });
  it('stays silent on a bare list of points or a report note', () => {
    expect(found('要点：依法、规范、高效。按照要求推进。')).toEqual([]);
    expect(found('注：数据截至12月20日。根据要求报送。')).toEqual([]);
  });
});

describe('system names written otherwise', () => {
  it('flags 谁执法谁普法 with its halves traded', () => {
    expect(by('system-shui-pufa-shui-zhifa-swapped', '全面落实谁普法谁执法普法责任制。')).toEqual(['system-shui-pufa-shui-zhifa-swapped:谁普法谁执法']);
    expect(by('system-shui-pufa-shui-zhifa-swapped', '按照“谁普法、谁执法”要求开展以案释法。')).toHaveLength(1);
  });
  it('flags 领导 or 工作 put into the central committee name, and 领导 into a local one as a hint', () => {
    expect(by('system-yifa-zhiguo-weiyuanhui-extra-word', '认真贯彻中央全面依法治国领导委员会各项部署。')).toHaveLength(1);
    expect(by('system-yifa-zhiguo-weiyuanhui-extra-word', '传达中央全面依法治国工作委员会会议精神。')).toHaveLength(1);
    const local = checkDraft(draft('向市委全面依法治市领导委员会报告工作。'), compiled, { year: 2025 }).findings.filter((f) => f.rule === 'system-yifa-zhi-weiyuanhui-extra-word');
    expect(local.map((f) => f.level)).toEqual(['hint']);
  });
  it('stays silent on the right names and other bodies', () => {
    for (const s of ['全面落实“谁执法谁普法”普法责任制。', '落实谁主管谁负责原则。', '贯彻中央全面依法治国委员会部署。', '县委全面依法治县委员会召开第二次会议。', '调整充实县法治建设领导小组。']) {
      expect(found(s)).toEqual([]);
    }
  });
});

describe('以身作则、以上率下 reversed', () => {
  const rule = 'order-yishen-zuoze-yishang-shuaixia';
  it('is held to 第三条 only where the provision is quoted on', () => {
    expect(by(rule, '坚持以上率下、以身作则，带头尊法学法守法用法。')).toHaveLength(1);
    expect(by(rule, '坚持以上率下、以身作则，“带头尊法学法守法用法”。')).toHaveLength(1);
  });
  it('stays silent on the two idioms in the writer own prose', () => {
    expect(by(rule, '班子成员以上率下、以身作则，推动各项任务落地。')).toEqual([]);
    expect(by(rule, '领导干部以上率下、以身作则，带头落实各项制度。')).toEqual([]);
    expect(by(rule, '坚持以身作则、以上率下，带头尊法学法守法用法。')).toEqual([]);
  });
});
