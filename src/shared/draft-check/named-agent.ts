/**
 * Someone other than the organ or its chief named as doing the counted act (法律顾问全年审查合同29份, 组织领导干部开展会前学法
 * 12次): that person's share or that audience's sessions, another measure than the organ's own count in the same words
 * (审查合同38份, 组织会前学法8次); both naming the same one (全年法律顾问审查… … 法律顾问全年审查…) are one. Only as the doer, before an act: as the thing counted (聘请法律顾问9名,
 * 持证执法人员1268名) or the ones served (为群众提供法律咨询) it names nothing of who did it. Not 负责人 or 主要负责人: they act
 * for the organ (负责人出庭应诉 is its 出庭应诉).
 */
import { ACTS } from './count-tuples.ts';

// Not 执法人员 or 工作人员: mostly the ones trained or counted (组织行政执法人员培训1200人次), not who acted.
const AGENTS = '法律顾问|公职律师|律师|领导干部|党员干部';
/** The agent before an act in the clause (全年法律顾问审查…, 组织领导干部开展…), not right after a verb that makes it the
 * thing or the ones served (聘请法律顾问, 为执法人员…). */
const AGENT_DOES = new RegExp(`(?<!聘请|聘任|配备|选聘|培训|培养|为|向|对|给)(${AGENTS})(?=[\\u3400-\\u9fff“”]*?(?:${ACTS.join('|')}|学法))`, 'u');

export const namedAgent = (clause: string): string => AGENT_DOES.exec(clause)?.[1] ?? '';
