/**
 * Round 37: three more brackets a template or a colleague leaves for the drafter, read by drafter-notes.ts.
 * Each says something about writing the report, which a report's own bracket never does.
 */

/**
 * The source to write from (（按督察规定第三项内容写）, （参照省厅模板第二部分撰写）, （对照考核指标第5项逐条写自查结果）,
 * （参考上级通知第四部分的表述））: a verb of following, what is followed, then a verb of writing or 的表述 / 的写法 ending
 * the bracket. A report's own bracket follows a rule in its work (（参照执行）, （按上级要求执行）, （对照考核指标，全部达标））
 * with no verb of writing, and 写入 / 写进 is a report's own 纳入.
 */
const WRITE_FROM_SOURCE = new RegExp(
  '^[ \\u3000]*(?:请|可|应|需|须)?(?:按照?|参考|参照|对照|依照|依据|仿照)[^，。；,;]{2,24}?' +
    '(?:(?:逐条|逐项|分项|分条)?(?:写|填写|撰写|编写|拟写|书写|改写|表述)(?![入进于成])[^，。；,;]{0,10}|的(?:表述|写法|提法|格式))[ \\u3000]*$',
  'u',
);

/**
 * A draft's status with a request for its material (（初稿，请各科室补充）, （讨论稿，待办公室完善数据）): the draft is not
 * yet written in full. A title's bare （征求意见稿） or one asking for comments (（征求意见稿，请于3月1日前反馈意见）) is a
 * real draft sent out, and stays silent.
 */
const DRAFT_WANTING_MATERIAL =
  /^[ \u3000]*(?:初稿|草稿|征求意见稿|讨论稿|送审稿|修改稿|工作稿)[ \u3000]*[，,、；;：:][^。]{0,16}?(?:请|待|由|需)[^。]{0,12}?(?:补充|补齐|补全|完善|填写|填报|提供|核实|核对|更新)/u;

/** The drafter told to make up a heading (（标题自拟，突出亮点）, 【小标题自定】, （自行拟定标题））. */
const HEADING_TO_MAKE_UP = /(?:小?标题|题目)(?:可)?(?:自拟|自定|自行(?:拟定|确定|拟写))|自(?:拟|定|行拟定)(?:小?标题|题目)/u;

/** An essay contest or a speech the report tells of (开展法治征文活动（题目自拟，字数不限）, 撰写学习心得（标题自拟）): its rules, not a note. */
const CONTEST = /征文|作文|演讲|比赛|竞赛|大赛|投稿|稿件|作品|征集|心得|体会|文章|论文|撰写/u;

/** Whether a bracket's words (and the line before it) speak to the drafter in one of the three ways above. */
export function isDraftingAside(inner: string, lineBefore: string): boolean {
  return (
    WRITE_FROM_SOURCE.test(inner) ||
    DRAFT_WANTING_MATERIAL.test(inner) ||
    (HEADING_TO_MAKE_UP.test(inner) && !CONTEST.test(lineBefore) && !CONTEST.test(inner))
  );
}
