/**
 * The tuple reader of counts (count-tuples.ts), widened where round 22's misses showed it blind: a year written inside
 * the count's clause only dates it, 全年 in the clause outweighs an occasion named before it, 在…会议上 is a place and
 * not a doer, two acts written side by side (制定出台) name either, the whole of a part is read without its year and
 * item number, words after the act ending in 的 qualify the noun after the number, and a general word (事项) counts
 * what its own sentence named. Topics from the reference's kinds of work (行政规范性文件, 行政复议, 行政处罚, 宪法宣传,
 * 重大行政决策, 全面依法治县委员会), not from the sets; each change has a look-alike that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { numberProbes, report } from './helpers/number-probes.ts';
import { countTuples } from '../../src/shared/draft-check/count-tuples.ts';
import { layout } from '../../src/shared/draft-check/text.ts';
import { normalise } from '../../src/shared/draft-check/normalize.ts';

const shufa = (...body: string[]) =>
  ['述法报告', '（中共某县委书记）', '一、履行推进法治建设第一责任人职责情况', ...body, '三、存在的问题', '学法的系统性不够。', '四、下一步打算', '持续推进法治建设。'].join('\n');

const positives: [string, string, string][] = [
  ['a year inside the count\'s clause', report('县司法局2026年共办理行政复议案件46件。', '（一）全年办理行政复议案件64件，均依法审结。'), '64件'],
  ['全年 after an occasion', report('2026年，全县共开展宪法宣传活动40场。', '结合宪法宣传周等节点，全年开展宪法宣传活动44场。'), '44场'],
  ['a meeting named as the place, not the doer', shufa('2026年，我主持召开县委全面依法治县委员会会议2次，研究法治建设重大事项6项。', '二、具体做法', '（一）在委员会会议上研究法治建设重大事项8项。'), '8项'],
  ['two acts written side by side', report('2026年，县政府制定出台行政规范性文件12件。', '（一）全年制定行政规范性文件15件，全部报送备案。'), '15件'],
  ['a part whose whole is dated once and numbered once', report('2026年，县政府共办理行政处罚案件210件，其中适用简易程序案件64件。', '（一）全年办理行政处罚案件210件，其中适用简易程序案件46件。'), '46件'],
  ['的 after the act, and a general word named by its sentence', report('2026年，县政府重大行政决策事项目录共列入事项6项。', '全年列入目录的8项重大行政决策事项均履行法定程序。'), '8项'],
];

const negatives: [string, string][] = [
  ['a number of units inside the clause still names a part', report('2026年，全县共开展宪法宣传活动40场。', '全县3个乡镇开展宪法宣传活动12场。')],
  ['an occasion without 全年 is one occasion', report('2026年，全县共开展宪法宣传活动40场。', '宪法宣传周期间，开展宪法宣传活动12场。')],
  ['another body named as the doer', shufa('2026年，我主持召开县委全面依法治县委员会会议2次，研究法治建设重大事项6项。', '二、具体做法', '（一）县政府在常务会议上研究法治建设重大事项8项。')],
  ['another act beside the same thing', report('2026年，县政府制定出台行政规范性文件12件。', '（一）全年清理行政规范性文件15件，废止3件。')],
  ['a part of another whole', report('2026年，县政府共办理行政处罚案件210件，其中适用简易程序案件64件。', '（一）全年办理行政复议案件30件，其中适用简易程序案件6件。')],
  ['a general word whose sentence names another thing', report('2026年，县政府规范性文件目录共列入事项6项。', '全年列入目录的8项重大行政决策事项均履行法定程序。')],
];

describe('number-mismatch, round 22 widenings of the tuple reader', () => {
  numberProbes(positives, negatives);

  const read = (text: string) => countTuples({ text, norm: normalise(text), layout: layout(text), hits: new Map(), type: null, year: 2026 });
  it('reads the noun after the number when the act\'s words end in 的', () => {
    const t = read(report('2026年，县政府全年列入目录的8项重大行政决策事项均履行法定程序。')).find((x) => x.value === 8);
    expect(t?.act).toBe('列入');
    expect(t?.thing).toBe('重大行政决策');
  });
  it('keeps the acts written side by side', () => {
    const t = read(report('2026年，县政府制定出台行政规范性文件12件。')).find((x) => x.value === 12);
    expect(t?.act).toBe('出台');
    expect(t?.actRun).toBe('制定出台');
  });
});
