/**
 * The opening's count of a common measure and the body's one count of it, the measure named in other words (round 59):
 * 组织集中学法9次 against 开展集体学法7次 (v61c-number-mismatch-01, -14), 开展普法活动94场 against 举办法治宣传活动97场
 * (-04, -06), 培训执法人员591人次 against 组织执法人员培训593人次 (-08), 办理行政应诉案件39件 against 应诉行政诉讼案件37件
 * (-11), 新培养“法律明白人”213名 against 依托…培养“法律明白人”208名 (-13), 完成行政规范性文件合法性审核44件 against
 * 对42件行政规范性文件进行合法性审核 (v61d-number-mismatch-07, -14). measure-ledger.ts joins only measures whose words
 * start alike; these names of one measure are listed here, each whole, and read only where the opening sums up the year
 * and the body counts the measure once (or restates one number). Nothing in the reference governs figures agreeing within one report: a 提示.
 */
import type { Ctx, Mark } from './context.ts';
import { ledger, SCOPE, thisYearsFigure, type Entry } from './measure-ledger.ts';
import { inPlanSection } from './plan-section.ts';
import { pairMark } from './pair-mark.ts';
import { startBefore } from './sentence.ts';

interface Measure {
  name: string;
  unit: RegExp;
  /** The measure's words ending right before the number. */
  before: RegExp;
  /** A number written first: the words before it, and the measure's words after the unit. */
  first?: [RegExp, RegExp];
}

/** Each a whole name: a word between (审核涉企规范性文件, 培训乡镇执法人员) names a part, so it does not match. */
const MEASURES: readonly Measure[] = [
  { name: '集体学法', unit: /^次$/u, before: /(?:组织|开展|举办)?(?:集中|集体)学法$/u },
  { name: '普法活动', unit: /^场次?$/u, before: /(?:开展|举办|组织)(?:普法|法治宣传|普法宣传)活动$/u },
  // Round 60: 执法人员参训N人次 (v62d-number-mismatch-06, -07) is the same count from the trainees' side.
  { name: '执法人员培训', unit: /^人次$/u, before: /(?:培训(?:行政)?执法人员|组织(?:行政)?执法人员培训|(?:行政)?执法人员参训)$/u },
  { name: '行政应诉', unit: /^件$/u, before: /(?:办理|应诉|承办)(?:行政应诉|行政诉讼)案件$/u },
  { name: '培养法律明白人', unit: /^[名人]$/u, before: /培养[“"]?法律明白人[”"]?$/u },
  {
    name: '规范性文件合法性审核', unit: /^件$/u,
    // Round 60: 审核规范性文件N件 (v62c-number-mismatch-05, -07) and 对N件…逐件开展合法性审核 (v62d-number-mismatch-08).
    before: /(?:合法性审核(?:行政)?规范性文件|(?:行政)?规范性文件合法性审核|(?<!备案)审核(?:行政)?规范性文件)$/u,
    // 全年提交审议的23件行政规范性文件均经合法性审核 (v62d-number-mismatch-03): every one submitted was reviewed.
    first: [/(?:对|提交审议的)$/u, /^(?:行政)?规范性文件(?:均经|逐件|逐一)?(?:进行|开展)?合法性审核/u],
  },
  // Round 60 (v62c-number-mismatch-01, -10): 主动公开信息 and 主动公开政府信息 are one count.
  { name: '主动公开政府信息', unit: /^条$/u, before: /主动公开(?:政府)?信息$/u },
  // Round 60 (v62c-number-mismatch-09): 送法进村（社区）活动N场 and 组织送法进村（社区）N场 (brackets are dropped before reading).
  { name: '送法进村', unit: /^场次?$/u, before: /(?:组织|开展)?送法进村(?:活动)?$/u },
  // Round 60 (v62d-number-mismatch-02, -04, -11): 审查合同N份 against 经法律顾问审查的合同 / 由法律顾问审核合同协议.
  { name: '合同审查', unit: /^份$/u, before: /(?:(?:经|由)法律顾问)?(?:审查|审核)的?(?:各类)?合同(?:协议)?$/u },
];

/** Words before a number that sit between the measure and it (学法共9次). */
const TO_NUMBER = /(?:共计|累计|合计|共|达到|达)$/u;
/** The occasion before an occasion-scoped count (围绕宪法宣传周、民法典宣传月等节点), its own scope read by the ledger. */
const OCCASION_LEAD = /^[^，。；]*?(?:等节点|等重要节点|期间)/u;
/** Words before the measure that say when, how or where in the draft's own scope, not which part: 全年, 分领域, 依托…; 通过线上方式 names one way, a part. */
const OWN_WORDS = /^(?:全年|年内|本年度|今年|一年来|新|带领(?:班子成员|领导班子)|认真|坚持|扎实|持续|分领域|依托[^，。；]{2,16}?(?=培养|组织|开展|$)|常务会议和班子会议|常务会议|班子会议|完成|对|累计|提交审议的?)+/u;

/** The clause before a number, 60 characters at most: a walk back, since a `[^…]*$` search over the text so far is quadratic. */
const CLAUSE_STOPS = /[，。；、,;：:\n]/u;
const clauseBefore = (text: string, at: number): string => text.slice(startBefore(text, at, CLAUSE_STOPS, 60), at);

function measureOf(ctx: Ctx, e: Entry): { m: Measure; lead: string } | null {
  const text = ctx.text;
  const clause = clauseBefore(text, e.start).replace(/[（(][^（）()]{1,8}[）)]/gu, '');
  const words = clause.replace(TO_NUMBER, '');
  for (const m of MEASURES) {
    if (!m.unit.test(e.unit)) continue;
    const hit = m.before.exec(words);
    if (hit) return { m, lead: words.slice(0, hit.index) };
    if (m.first && m.first[0].test(words) && m.first[1].test(text.slice(e.end, e.end + 20))) return { m, lead: words.slice(0, -1) };
  }
  return null;
}

/** Whether the words before the measure name only the draft's own scope: its place, 我局, 全年, a manner. */
function ownLead(ctx: Ctx, lead: string, occasion = false): boolean {
  const strip = (s: string) => s.replace(SCOPE, '').replace(OWN_WORDS, '').replace(SCOPE, '');
  const rest = strip(occasion ? lead.replace(OCCASION_LEAD, '') : lead);
  if (!rest) return true;
  // The draft's own place or organ, as its title names it (梧陂镇 in 桉陂县梧陂镇人民政府…), alone or before words of its
  // own scope (苇坪镇全年, 茗渚县完成: round 60, v62c-number-mismatch-01, -07).
  const title = ctx.layout.titleLine >= 0 ? ctx.layout.lines[ctx.layout.titleLine]!.text : '';
  if (/^[\u3400-\u9fff]{2,8}$/u.test(rest) && /[省市县区镇乡局]$/u.test(rest) && title.includes(rest)) return true;
  const place = /^[\u3400-\u9fff]{2,8}?[省市县区镇乡局]/u.exec(rest)?.[0];
  if (place && title.includes(place) && !strip(rest.slice(place.length))) return true;
  // The own level's 司法局 (or its review office), which reviews for the government the report is of: 县司法局法制审核股
  // 审核规范性文件18件 in a county's report (round 60, v62c-number-mismatch-05, -07).
  const level = /^[县区市]?司法局(?:[\u3400-\u9fff]{2,6}?[股科处室])?$/u.test(rest) && /([县区市])司法局/u.exec(lead)?.[1];
  return Boolean(level && new RegExp(`${level}(?:人民政府|委员会|委|长)`, 'u').test(title));
}

export function openingMeasureSynonyms(ctx: Ctx): Mark[] {
  const entries = ledger(ctx);
  const current = thisYearsFigure(ctx);
  const read = entries.map((e) => ({ e, r: measureOf(ctx, e) }));
  const [s, end] = ctx.layout.opening;
  const marks: Mark[] = [];
  for (const { e: sum, r: sr } of read) {
    if (!sr || sum.start < s || sum.start >= end || sum.part || !current(sum) || !ownLead(ctx, sr.lead)) continue;
    const same = read.filter((x) => x.e !== sum && x.r?.m === sr.m);
    const body = same.filter((x) => !x.e.summary && !inPlanSection(ctx, x.e.start));
    // Round 60 (v62c-number-mismatch-09): the body may restate its one count (组织送法进村37场 … 全年虽送法进村活动37场);
    // the count is one as long as every body mention gives the same number.
    if (!body.length || body.some((x) => x.e.value !== body[0]!.e.value)) continue;
    const { e: b, r: br } = body[0]!;
    // An occasion (围绕宪法宣传周等节点) may count some of the year's; a part is never more than the whole.
    const peaks = b.occasionOnly && b.value > sum.value;
    if (b.value === sum.value || b.part || !current(b) || !ownLead(ctx, br!.lead, peaks)) continue;
    if (b.scoped && !peaks) continue;
    // The opening's number given for the measure anywhere else: the opening is told there, and this count is another.
    if (same.some((x) => x.e.value === sum.value)) continue;
    marks.push({
      ...pairMark(sum, b, `开头写“${sum.figure.clause}”，正文唯一一处写“${b.figure.clause}”（说的都是${sr.m.name}）：数字前后不一致。`, '核对这项数字，开头的总数和正文改成一致'),
      hintOnly: true,
    });
  }
  return marks;
}
