/**
 * Someone other than the organ or its chief named as doing the counted act (法律顾问全年审查合同29份, 组织领导干部开展会前学法
 * 12次): that person's share or that audience's sessions, another measure than the organ's own count in the same words
 * (审查合同38份, 组织会前学法8次); both naming the same one (全年法律顾问审查… … 法律顾问全年审查…) are one. Only as the doer, before an act: as the thing counted (聘请法律顾问9名,
 * 持证执法人员1268名) or the ones served (为群众提供法律咨询) it names nothing of who did it. Not 负责人 or 主要负责人: they act
 * for the organ (负责人出庭应诉 is its 出庭应诉).
 */
import { ACTS } from './count-tuples.ts';
import { startBefore } from './sentence.ts';

// Not 执法人员 or 工作人员: mostly the ones trained or counted (组织行政执法人员培训1200人次), not who acted.
// 学生, 师生: a school's audience (组织学生旁听庭审2次), not the cadres a bare 组织旁听庭审 counts.
const AGENTS = '法律顾问|公职律师|律师|领导干部|党员干部|学生|师生|青少年';
/** The agent before an act in the clause (全年法律顾问审查…, 组织领导干部开展…), not right after a verb that makes it the
 * thing or the ones served (聘请法律顾问, 为执法人员…). */
const AGENT_DOES = new RegExp(`(?<!聘请|聘任|配备|选聘|培训|培养|为|向|对|给)(${AGENTS})(?=[\\u3400-\\u9fff“”]*?(?:${ACTS.join('|')}|学法|旁听))`, 'u');

export const namedAgent = (clause: string): string => AGENT_DOES.exec(clause)?.[1] ?? '';

/** An agent opening a clause as its subject (法律顾问和公职律师全年出具…): 全年 and the like may come first. */
const OPENS_WITH_AGENT = new RegExp(`^(?:全年|今年|本年度?)?(${AGENTS})`, 'u');

/** A clause that is an agent and the time or total words before its number (全年法律顾问, 现有公职律师共): a count of them. */
const COUNTED_AGENT = new RegExp(`^(?:[一二三四五六七八九十]是)?(?:全年|今年|本年度?|常年|现有)?(?:${AGENTS})(?:共|达到?|为)?$`, 'u');

/**
 * The agent of an earlier clause of the sentence, for a count whose own clause names none (法律顾问全年出具法律意见14份，
 * 审查合同6份): the subject carries on, unless a clause between names the organ or the chief (我局审查…, 本人…) instead.
 */
export function carriedAgent(text: string, at: number): string {
  const clauses = text.slice(startBefore(text, at, /[。；;！？!?\n]/u), at).split(/[，,]/u).reverse();
  // 全年法律顾问6名: the agent right before the count's own number is what was counted, not who did anything.
  if (COUNTED_AGENT.test(clauses[0] ?? '')) return '';
  for (const clause of clauses) {
    if (/[我本][局委办院镇乡县区市]|本人|主要负责人/u.test(clause)) return '';
    const agent = OPENS_WITH_AGENT.exec(clause.trim())?.[1];
    if (agent) return agent;
  }
  return '';
}
