/**
 * Round 39: three more things a template tells its drafter, read by drafter-notes.ts in a bracket or under a note's label
 * (注：, 提示：). Each speaks of writing the report, which a report's own bracket or note never does.
 */

/** A part of the text, as a template names it to its drafter. */
const PART = '(?:本段|此段|该段|本部分|此部分|该部分|本节|此节|本项|此项|该项|本条目|以上内容|以下内容)';

/**
 * What the drafter may choose or leave out (（以下各项根据本单位职能选填）, 提示：如无此项工作，可删去本段。, （没有相关工作的可不保留
 * 此部分）, （本项酌情删减）): 选填, a part told it may be deleted, or 如无… then a verb of leaving out. A report's own
 * 删除 speaks of a rule's article (建议删除第五条) or a record (删除信息3条), never of its own 本段.
 */
export const OPTIONAL_PART = new RegExp(
  // 选填 or 必填 ending its clause (（此项为必填项）): a form's 选填项 or a quoted name (“两项选填”) inside a sentence is the report's own word.
  '(?:选填|必填)项?(?=[ \\u3000]*(?:[，,。；;]|$))' +
    `|(?:可|可以|请|则|即可|应当?|需)?(?:删去|删除|删掉|略去|省略|去掉|不保留)${PART}` +
    `|${PART}(?:可|可以|请)?(?:删去|删除|删掉|略去|省略|去掉|不写|不填)` +
    '|(?:如|若|如果|倘若)(?:无|没有|未开展|不涉及)[^，。；]{0,10}?[，,]?[ \\u3000]*(?:的)?(?:可|可以|请|则|即可)(?:删去|删除|删掉|略去|省略|去掉|不写|不填|不保留)' +
    '|酌情(?:删减|增删|删除|删去|取舍|选用|选填)' +
    // The outline's items to add or drop (（可根据需要增加条目）, 【请视情况增删小标题】).
    '|(?:可|可以|请)[^，。；]{0,8}?(?:增加|增补|删减|增删)(?:条目|段落|小标题|层次)' +
    // What colleagues are to add below (（以下内容由各科室根据职责补充）): the text is still to be written.
    '|^[ \\u3000]*(?:以下|下文|本部分|此部分|本段|此段)(?:内容)?由[^，。；]{0,12}?(?:补充|补写|填写|撰写|完善)[ \\u3000]*$',
  'u',
);

/**
 * What the drafter must not turn a part into (提示：存在问题部分不得写成工作成绩, （不要把成绩写成问题）, 注：措施不能写成口号):
 * a prohibition, then a verb of writing into. A report forbids acts (不得随意执法), not ways of writing its own text.
 */
export const NOT_TO_WRITE_AS = /(?:不得|不能|不可|不要|不宜|切勿|切忌|勿|避免|防止)[^，。；]{0,12}?(?:写成|写为|写作|表述为|写得像)/u;

/**
 * The drafter told to give an account item by item (注：述法内容须对照职责清单九项逐项说明, 提示：应逐条报告整改情况, and since
 * round 40 the account named as 述职 / 述法: 注：述法人应当对照职责清单逐项述职): a modal, then
 * 逐项 / 逐条 and a verb of giving an account. A report's own note introducing it (注：对照职责清单逐项说明如下) has no modal.
 */
export const ACCOUNT_ITEM_BY_ITEM = /(?:应当?|要|须|需要?|请|务必)[^，。；]{0,16}?(?:逐项|逐条|逐一|分项|一一)(?:说明|阐述|陈述|汇报|报告|作出说明|予以说明|述职|述法|述责)(?![了过如])/u;
