/**
 * Notes to the drafter left in a report: an outline's or a template's instruction on what to write, in any bracket
 * and of any length (（落款：要写单位全称和成文日期）, 【标题：应写明报告年度】, （可用事实：全年办理案件数）), or opening a
 * line under a note's label (注：本部分要写清原因。, 提示：落款要写成文日期。). What makes a note is its reading, not
 * its wording: it tells someone to write, fill in or list something (a modal and a verb of writing), or offers
 * material for the writing (可用事实, 可用数据). A report's own parentheses (（以下简称…）, （试行）, （2021—2025年）,
 * （含乡镇）, （其中败诉1件）) do not address the writer; nor does a report telling its units what to write (要求各单位写明…).
 */
import type { Ctx, Mark } from './context.ts';
import { isDraftingAside } from './drafting-asides.ts';
import { ACCOUNT_ITEM_BY_ITEM, NOT_TO_WRITE_AS, OPTIONAL_PART } from './optional-parts.ts';
import { selfEditNotes } from './self-edit-notes.ts';
import { asksTheDrafter } from './drafter-requests.ts';

/** A bracketed span on one line, in any of the brackets outlines and templates use. */
const BRACKETED = /[（(【〔［\[〖]([^（）()【】〔〕［］\[\]〖〗\n]{2,160})[）)】〕］\]〗]/gu;

/**
 * An instruction to the one who writes: a modal then a verb of writing (要写, 应写明, 需列出, 可写, 重点写), material
 * offered for the text (可用事实), the writer told to draw on something and add to the text (可结合本单位实际补充1—2个典型案例), what
 * the text must hold (需补充：…, 应包括：…), how to write it (根据本单位实际情况撰写, 从三个方面展开, 一句话概括, 撰写时注意…, 要与问题一一对应)
 * or how long (建议200字以内), a request to edit (请补充…, 请核实…, 根据实际情况选用), what a part of the text is to say (本部分重点写…,
 * 此处略写), material to consult (参考：…), a model sentence (示例：…), the outline's skeleton (提纲：…; a bare 要点：… stays an aside, as ruled before), what to avoid
 * (不要写成流水账, 避免罗列数字), or a request to edit the template (请根据实际修改).
 * Not 写入 or 列入 (a report's own 纳入).
 */
const TO_THE_WRITER = /(?:要|应|需|须|需要|可|宜|务必|应当|最好|建议|重点|着重|主要)(?:写(?![入进])|列(?![入为])|注明|交代|概括|简述|举例|插入|补写|补上)|(?:可|宜|应|需|须|建议|可以)(?:结合|根据|参照|对照|围绕)[^，。；]{0,12}?(?:补充|列举|举例|简述|概括|写|展开|细化|阐述)|^[ \u3000]*(?:需|应|要|须|可)(?:补充|包括|包含|涵盖|体现|突出)[：:]|^[ \u3000]*(?:根据|结合|按照|参照|对照|围绕)[^，。；]{0,16}(?:撰写|编写|填写|展开|细化)[ \u3000]*$|(?:结构|方面|层次|角度)展开[ \u3000]*$|^[ \u3000]*(?:建议|宜|字数|篇幅)[^，。；\d]{0,4}\d+[ \u3000]*字|请(?:补充|补写|核实|核对|完善|填写|列举|写明|写出|注明|删除|删去|选用|细化)|(?:根据|结合|视)(?:实际|本单位|具体)[^，。；]{0,6}(?:选用|取舍|删减|增删|增减)|(?:本部分|此部分|本节|此节|本段|此段|此处)(?:需|要|应|须|请|可|重点|主要|着重)?(?:写|列举|列出|补充|简述|概括|举例|插入|略写)(?![的了过])|^[ \u3000]*(?:参考|可参考|参考数据|参考指标)[：:]|(?:撰写|写作|起草|填写|填报)时(?!间)|(?:一句话|一段话|用[一二两三\d]句话)(?:概括|说明|介绍|写)|(?:要|应|需|须)与[^，。；]{0,12}(?:一一对应|相对应|相衔接|相呼应)|可用(?:事实|数据|材料|素材|案例|表述)|^[ \u3000]*(?:示例|范例|参考例句)[：:]|请(?:根据|结合|按|依据)?[^，。；]{0,8}?(?:修改|调整|完善|替换|删改|删去|改写|酌情)|(?:不要|不宜|切勿|勿|避免|无需|不必)(?:写|罗列|照抄|堆砌|套用)|^[ \u3000]*(?:提纲|素材|写作思路|写法)[：:]/;

/**
 * Round 52: how much to write on each point (三方面各写一段, 各列一条), the template's own entries offered to be cut or
 * added (酌情增减条目, 可删减段落), and the bare 据实填写 opening a note. A report tells its units 要据实填报, which
 * TO_THE_UNITS keeps silent, and never counts its own 段 or 条目.
 */
const HOW_MUCH_EACH = /各(?:写|列|举|用)[一二两三\d]+(?:段|句话?|条|点|个例子|例)|(?:酌情|视情|可以?|自行)(?:增减|删减|增删|删改|取舍)(?:条目|段落|小标题|内容|项目)|(?:条目|段落|小标题)(?:可以?|均可)?(?:酌情|视情|自行)?(?:增减|删减|增删)|^[ \u3000]*(?:请|可)?据实(?:填写|撰写)/u;

/**
 * A verb of filling in that describes what goes in (【填写全年案件数量和纠错率】): a prompt. One naming the slot only
 * (【填写次数】, （此处填写典型案例）, up to five characters after the verb) stays a placeholder, as does a note that a
 * figure is still being checked (（数据待核实后填写）); 列举如下 introduces a list.
 */
const FILL_DESCRIBED = /(?:填写|填入|写明|写清|写出|写上|列出|列举)(?!如下)[^：:]{6,}/;
const STILL_CHECKED = /待核|核实后/;

/**
 * A 【】, 〔〕 or [] that opens by telling the writer to fill it in (【填写具体数字】, 〔待填写〕) is both a template's empty
 * slot and a note to the drafter: the slot rules report it as a placeholder, and this reports the note, so the one
 * finding on it carries both kinds, whichever the reader calls it. A round bracket naming the slot (（此处填写典型案例）)
 * stays the placeholder rules' alone, as ruled in round 4.
 */
const OPENS_WITH_FILL = /^[ \u3000]*(?:请|此处|在此|待)?(?:填写|填入|填上)/;

/**
 * A bracket of any shape, round ones too, that opens with a verb of filling in and names what to fill (（填写整改时限）,
 * （请填写具体数字）, （请注明办结时间）, （请列明责任单位）): it tells the drafter what is missing, a note wherever it stands,
 * even where the value would go in the sentence. Only the bare word (（填写）, （待填写）) is a slot and nothing more.
 * The slot rules still read some of these as a placeholder; the one finding on the span carries both kinds.
 * 补充, 说明, 注明 and 列明 open a report's own asides too (（补充检查2次）, 告知书（注明救济途径和期限）), so they count
 * only after 此处 or 请. （此处填写典型案例） is the template's own way of naming its slot, ruled a placeholder in round 4:
 * the slot rules keep it.
 */
const OPENS_WITH_WHAT_TO_FILL = /^[ \u3000]*(?:请?(?:填写|填入)|(?:请|此处|在此)(?:注明|列明|补充|说明))[ \u3000]*[^\s：:，,。；、（）()]{2,}/;

/**
 * Round 29: notes about the drafting itself rather than what to write — how long (篇幅控制在3000字以内), checking before the
 * final version (定稿前核对, 请向…核实), the order of a template (按提纲…顺序填写), filling against a scale (对照指标逐项填写),
 * leaving out (没有可不写), the layout of a part (落款写单位全称), the part to follow or draw on (本部分应结合…, 此处可参考…),
 * or freedom to adapt the template (标题可根据实际调整). A report never speaks of its own 定稿, 提纲 or word count.
 */
const ABOUT_THE_DRAFTING = /控制在\s*\d+\s*字|\d+\s*字(?:左右|以内|上下)|篇幅[^，。；]{0,6}(?:占|控制|不超过|不少于)|按[^，。；]{0,24}(?:格式|模板|体例)(?:拟写|撰写|填写|编写|书写|修改|改写|调整|统一)|^[ \u3000]*(?:根据|结合|按照|参照|围绕)[^，。；]{0,16}(?:撰写|拟写)(?=[，,])|^[ \u3000]*(?:开头段?|结尾段?|第[一二三四五六七八九十]部分)[：:]?(?:应|要|需|须|可|重点|主要)?(?:简述|概述|概括|简要|写|体现|突出|包括)|定稿(?:前|时)|后再?定稿|(?:报送|上报|提交|报出|印发)(?:前|之前)[^，。；]{0,10}?(?:确认|核实|核对|审核|把关)|请[^，。；]{0,10}?(?:核实|核对)|按[^，。；]{0,12}(?:提纲|模板)[^，。；]{0,8}(?:填写|撰写|编写)|^[ \u3000]*(?:对照|参照|按照)[^，。；]{0,14}(?:逐项|逐条)(?:填写|填报|撰写)|可不(?:写|填)|^[ \u3000]*(?:落款|署名|标题|开头|结尾)(?:处|部分)?(?:应|要|需|须)?(?:写|填)(?![入进])|(?:本部分|此部分|本段|此段|本节|此节|此处)(?:应|要|需|须|可)?(?:结合|对照|参考|参照|围绕)|(?:标题|题目|格式|表述|篇幅)可(?:根据|结合|视|按|按照|依|依据|参照)[^，。；]{0,8}(?:调整|修改|增删)/;

/**
 * What only a note under a label (注：, 提示：) says to the drafter: how the data are gathered for the report (由各科室…报送办公室汇总,
 * 由办公室汇总后填写), how many points to give (不少于3条), what to leave out (不写成绩). A report's own note gives a source or a
 * date (注：数据截至12月20日, 注：本报告数据来源于统计年报) and stays silent.
 */
const NOTE_DIRECTIVE = /(?:按|根据|依)实际[^，。；]{0,10}(?:填写|填报)|报送[^，。；]{0,10}汇总|汇总后(?:填写|填入|补充)|不少于\s*[\d一二两三四五六七八九十]+\s*(?:条|点|项|个|字)|(?:^|[，,；;])[ \u3000]*不写/;

/**
 * Round 31: how to rework the text, said to the drafter — a part of the text told what to be (标题请按…修改, 落款单位用全称,
 * 日期用阿拉伯数字, 本段须…), rework from an earlier text (参考上年度报告第四部分改写), what to mind while editing (注意更新年份),
 * how many points (问题不少于三条) and how to divide them (原因要分主客观), the figures or cases told what they must be
 * (案例须为本年度的), 请…更新, 此处举一两个案例. A report's own bracket names, dates or counts
 * (（以下简称…）, （每季度不少于1次）) and never speaks of its 标题, 落款 or 本段.
 */
const TEXT_PART = '(?:标题|题目|落款|署名|成文日期|日期|本段|此段|本部分|此部分|本节|此节|开头|结尾|全文|篇幅|字数)';
const HOW_TO_REWORK = new RegExp(
  `${TEXT_PART}[^，。；]{0,6}?(?:请|务必|须|需|应当?|要(?![求点素])|(?:用|使用|采用)[^，。；]{0,4}?(?:全称|简称|阿拉伯数字|汉字|规范)|使用|采用|改为|写成)` +
    '|(?:(?<!大)数据|数字(?![化政经])|年份|案例)[^，。；]{0,4}?(?:请|务必|须|需(?!求))' +
    '|请[^，。；]{0,8}?更新|(?:此处|本段|此段|本部分)(?:可|应|需|要|须)?举(?:[一二两三\\d]|例)' +
    '|(?:参考|参照|借鉴|沿用|套用)[^，。；]{0,16}(?:改写|修改|仿写|撰写)' +
    '|注意(?:更新|修改|核对|核实|替换|统一)(?:年份|年度|日期|数据|数字|名称|表述|单位)' +
    '|不少于\\s*[\\d一二两三四五六七八九十]+\\s*(?:条|点|字)' +
    '|(?:要|应|需|须|可)分(?:主客观|主观和客观|主观、客观|[一二两三四五\\d]+(?:条|点|层|个方面))',
  'u',
);

/**
 * Round 32: advice on how good the text must be, said to its writer (问题要具体，避免泛泛而谈; 措施要可操作，不要空喊口号;
 * 注意与上年问题区分): a part of the text told to be concrete, or warned off vague, padded or copied writing. A report's
 * own bracket names or counts things and never grades its own wording.
 */
const HOW_GOOD = new RegExp(
  '(?:避免|防止|切忌|忌|不要|不能|不宜|不可|勿)(?:泛泛而谈|空泛|笼统|空喊口号|空话|套话|大话|大而化之|面面俱到|流水账|简单罗列|照搬照抄|千篇一律)' +
    '|(?:问题|措施|举措|成效|案例|内容|表述|语言|原因|分析|打算|计划)(?:要|应|需|须|务必|力求|尽量)(?:具体|详实|翔实|精炼|简洁|简明|可操作|有针对性|一一对应)' +
    '|^[ \\u3000]*注意(?:与|和|区分|避免|不要|结合|突出|体现|前后|上下文)',
  'u',
);

/**
 * Round 33: how the text is to be set (（标题用2号小标宋体，居中）, 【正文三号仿宋，行距28磅】): fonts, sizes and alignment. A report's
 * own bracket names, dates or counts and never speaks of its typeface.
 */
const LAYOUT_NOTE = /小标宋|仿宋|楷体|黑体|宋体|字体|字号|[一二三四五初小\d]+号字|(?<![^\s（(【，,、：:])居中(?!调解|协调|斡旋|联络|沟通|主持)|左对齐|右对齐|两端对齐|首行缩进|行距|行间距|页边距|顶格|空两格|空二字/u;

/**
 * Round 33: a note asking someone to supply the draft's own material (注：请各科室于1月10日前补充本部分数据。, 注：请办公室更新本节
 * 案例): the part of the text or a deadline for the draft names it a request about the report, even when units are asked.
 * A report's own note gives a source or a date (注：本表数据截至12月20日, 注：数据由各科室报送) and has no request in it.
 */
const SUPPLY_THE_DRAFT = /请[^，。；]{0,16}?(?:补充|补齐|补全|提供|报送|填报|更新)[^，。；]{0,4}?(?:本部分|此部分|本节|此节|本段|此段|此处|本表|以上|上述)|请[^，。；]{0,12}?于[^，。；]{0,10}?前[^，。；]{0,4}?(?:补充|补齐|补全|提供|报送|填报|更新)/u;

/**
 * Round 33: 此处 with a verb of writing down in the middle of a sentence (…，此处列明下一年度不少于5项具体安排；): the template's
 * instruction, to the clause's end. What is to be written must follow (安排, 数据, 案例, 不少于5项); 此处 of a place in a
 * narrative (此处设立便民服务点) has no such verb.
 */
const HERE_PROMPT = /(?<![（(【〔［\[〖][ \u3000]*)此处(?:需|要|应|须|请|可)?(?:列明|写明|写清|写出|补充|填写|填入|列出|列举|注明|补写)(?=[^，。；\n]{0,20}?(?:数据|数字|次数|数量|件数|人数|名单|时限|具体|安排|措施|举措|内容|情况|案例|名称|时间|日期|问题|原因|成效|不少于|\d+\s*(?:项|条|个|点)))[^，。；\n]*/gu;

/**
 * Round 34: the drafter told what to pick (根据本地实际选择2至3项重点工作, 可从以下方面中选取两项, 挑选1—2个典型案例, 任选其一):
 * a verb of choosing that opens the words (after 请, 可, 根据本地实际…, 从以下方面中) and then a count of items, 其一 or 典型. A
 * report's own bracket that chooses something opens with its own subject or time (（每年选择2至3个村开展试点）, （从全县选取3个乡镇）)
 * and stays silent.
 */
const COUNT = '[\\d一二两三四五六七八九十]+';
const CHOOSE_WHAT_TO_WRITE = new RegExp(
  '^[ \\u3000]*(?:请|可|可以|建议|宜|应|需|须)?(?:(?:根据|结合|视|按照?|对照)[^，。；]{0,10}?)?(?:可|可以)?(?:(?:从|在)(?:以下|下列|上述|以上|下面|其中)[^，。；]{0,6}?)?' +
    '(?:选择|选取|挑选|选用|择取|任选|择要|精选|自选|选写|选填)' +
    `(?=[^，。；]{0,6}?(?:${COUNT}\\s*(?:至|到|—|－|-|~|～|或)\\s*${COUNT}\\s*(?:项|个|条|点|方面|类|件|例)|${COUNT}\\s*(?:项|个|条|点|方面|例)|其一|其中|若干|典型))`,
  'u',
);

/**
 * Round 34: a limit on the length in pages or words (以上内容请控制在三页以内, 全文不超过5000字, 篇幅以两页为宜), in Chinese numerals
 * too. An annex list's count of its pages (（共3页）) states a fact and has no limit in it.
 */
const LENGTH_LIMIT = new RegExp(
  `(?:控制|压缩|限定|限制)在\\s*${COUNT}\\s*(?:[千万]?字|页|段)` +
    `|(?:篇幅|全文|字数|页数|正文|标题|题目|以上内容|以下内容|本部分|此部分|本段|此段|本节|此节)[^，。；]{0,6}?(?:不超过|不宜超过|不得超过|不要超过|以|在)\\s*${COUNT}\\s*(?:[千万]?字|页)` +
    // Round 45: a word count under its label (（参考字数：500字）, 【建议篇幅：两页】).
    `|^[ \\u3000]*(?:参考|建议|规定|要求|限定|控制)?(?:字数|篇幅)[ \\u3000]*[：:][ \\u3000]*(?:约|不超过|不少于)?${COUNT}\\s*(?:[千万]?字|页)` +
    `|${COUNT}\\s*(?:[千万]?字|页)(?:以内|之内|为宜)`,
  'u',
);

/**
 * Round 35: the drafter told how to go on from here (以下请结合本部门职能展开, 下文围绕普法规划撰写, 以下需补充具体事例):
 * 以下 or 下文 opening the words, then a modal or a verb of drawing on, then a verb of writing. A report's own 以下 names
 * (（以下简称…）) or counts and never asks for writing.
 */
const GO_ON = /^[ \u3000]*(?:以下|下文|下面|后文)(?:内容|部分)?(?:(?:请|可|宜|应|需|须|要)?(?:结合|根据|按照|参照|对照|围绕|联系)[^，。；]{0,16}?|(?:请|可|宜|应|需|须|要))(?:撰写|编写|填写|展开|细化|补充|阐述|列举|写)|请(?:结合|根据|按照|参照|对照|围绕|联系)[^，。；]{0,16}?(?:撰写|编写|展开|细化|阐述|补充|填写)/u;

/**
 * Round 48: the part below told in what order or to what outline it is written (以下按指引8项事项顺序撰写, 本部分按上级要求
 * 填写): the part, 按 (not 按期, 按时) and the order or model, then a verb of drafting. A report's 以下按时间顺序列出 lists,
 * and drafts nothing. Under a note's label its 要求 is the drafter's brief, not a requirement the report quotes.
 */
const ORDER_TO_WRITE = /^[ \u3000]*(?:以下|下文|下面|后文|本部分|此部分|本节|此节|本段|此段)(?:内容|部分)?(?:请|可|宜|应|需|须|要)?按(?![期时])[^，。；]{1,20}?(?:顺序|次序|要求|结构|格式|提纲|框架|体例|模板|指引|口径)(?:逐项|依次|分别)?(?:撰写|编写|填写|列明|书写)/u;

/**
 * Round 48: a part the drafter may leave out when there is nothing to tell (无相关内容的可省略, 没有此类工作的可不写, 未涉及的
 * 事项可以删去): nothing of a kind, 的, then may be left out. Without the leave-out (本年度无相关事项) it is the report's own word.
 */
const LEFT_OUT_IF_NONE = /(?:^|[，,；;])[ \u3000]*(?:无|没有|未涉及|不涉及|未开展)(?:相关|此类|该类|此项|该项|本项|有关|上述)?(?:内容|事项|工作|情况|数据|做法|项目)?的?(?:内容|事项|部分|项目|条目)?[，,]?[ \u3000]*(?:可|可以|则|即可|请)(?:省略|不写|不填|删去|删除|略去|从略|不予填写|空缺)/u;

/**
 * Round 35: a model or a format for the drafter to follow (参考格式：问题—原因—整改, 格式参照：上年度报告, 写法示例：…, 参考句式：…):
 * the label of a model and its colon. 参考文献 names sources; without the colon (（结构参照省厅模板）, （格式参照附件1）) a report
 * may tell how its own work was laid out, and stays silent.
 */
const MODEL_TO_FOLLOW = /^[ \u3000]*(?:(?:(?:可|请)?(?:参考|参照|仿照|套用)(?:格式|句式|写法|范式|体例|模板|模版|范例|样例|示例|例句|范文|结构|框架|表述)|(?:标题|题目|落款|署名|正文|日期|文号)?(?:格式|句式|写法|范例|样例|示例|例句|范文)(?:参考|参照|示例)?)[ \u3000]*[：:])/u;

/**
 * Round 44: a part of the text told what to match (此处问题应与上年度督察反馈意见对照, 本段措施要和问题一一对照, 此部分须与年初
 * 要点相衔接): the part, maybe what it holds, a modal, then 与…对照 (对应, 衔接, 呼应, 一致). A narrative's 此处 is a place and has no
 * modal of the writer's task before 与.
 */
const PART_TO_ALIGN = /(?:此处|本部分|此部分|本段|此段|本节|此节)(?:所[写列述]的?)?(?:问题|措施|举措|内容|数据|案例|成效|原因|打算|表述)?(?:应当?|要|需要?|须|请|务必)(?:与|和|同)[^，。；]{0,20}?(?:对照|对应|衔接|呼应|一致|相符|区分|比对)/u;

/**
 * Round 44: under a note's label only (提示：问题应与上年度督察反馈意见对照。, 注：整改措施要与问题逐条对应。): a part of the report
 * named by what it holds, told what to match. Without the label a report may say what its measures must match.
 */
const CONTENT_TO_ALIGN = /^[ \u3000]*(?:所[写列述提查摆]的?|上述|以上|文中)?(?:存在的?问题|问题|整改措施|措施|举措|成效|原因|下一步打算|打算|案例)(?:部分)?(?:应当?|要|需要?|须|务必)(?:与|和|同)[^，。；]{0,20}?(?:对照|对应|衔接|呼应|一致|相符|区分|比对)/u;

/**
 * Round 44: a bracket saying who supplies the part before it is put together (（以下内容由各科室提供后汇总）, 【本部分数据待办公室
 * 报送后补充】): the draft is still being assembled. A source note (（以下数据由县统计局提供）) has no step after the supplying.
 * Round 51: what is supplied may be named before the step (此段待办公室提供材料后补写).
 */
const COMPILED_LATER = /^[ \u3000]*(?:以下|下文|本部分|此部分|本段|此段|本节|此节|此处|该部分)(?:内容|数据|材料|部分|情况)?(?:请|待|需|须|拟)?由?[^，。；]{1,12}?(?:提供|报送|填报|撰写|起草)(?:相关|有关)?(?:素材|材料|数据|资料|案例|情况)?(?:后|再)(?:再)?(?:汇总|统稿|整合|合成|补充|补入|填入|填写|补写|补齐|补全|撰写|完善)/u;

/**
 * Round 47: a part of the text told what form to follow in its drafting (标题按“单位＋年度＋文种”拟写, 落款依公文格式书写, 正文参照
 * 上年报告结构编写): the part, then 按 (依, 参照) and what to follow, then a verb of drafting at the words' end. A report's own bracket
 * never names its 标题 or 落款; 拟写 is the drafter's word wherever it ends the words (按…要求拟写).
 */
const PART_DRAFTED_BY = new RegExp(
  `^[ \\u3000]*${TEXT_PART}[^，。；]{0,4}?(?:按照?|依照?|参照|根据|遵照)[^，。；]{1,24}?(?:拟写|撰写|编写|书写|填写|拟定|写)[ \\u3000]*$` +
    '|^[ \\u3000]*(?:请|可|应|须|需)?(?:按照?|依照?|参照)[^，。；]{1,24}?拟写[ \\u3000]*$',
  'u',
);

const addressesWriter = (words: string) =>
  TO_THE_WRITER.test(words) ||
  HOW_MUCH_EACH.test(words) ||
  PART_DRAFTED_BY.test(words) ||
  PART_TO_ALIGN.test(words) ||
  PART_MAY_ADD.test(words) ||
  HOW_GOOD.test(words) ||
  ABOUT_THE_DRAFTING.test(words) ||
  HOW_TO_REWORK.test(words) ||
  CHOOSE_WHAT_TO_WRITE.test(words) ||
  GO_ON.test(words) ||
  LENGTH_LIMIT.test(words) ||
  OPTIONAL_PART.test(words) ||
  LEFT_OUT_IF_NONE.test(words) ||
  ORDER_TO_WRITE.test(words) ||
  NOT_TO_WRITE_AS.test(words) ||
  ACCOUNT_ITEM_BY_ITEM.test(words) ||
  asksTheDrafter(words) ||
  EXAMPLE_TO_REMOVE.test(words) ||
  (FILL_DESCRIBED.test(words) && !STILL_CHECKED.test(words));

/**
 * Round 30: a bracket naming the text a template (（参考模板）, 【范本】, （示范文本）) — left in a title, it tells the reader the report
 * was never made its own; and a bracket opening with a note's label (（要点提示：…不少于三条）, 【写作提示：…】), read as that note.
 */
/**
 * A bracket labelling the text as a template or an outline to follow (（参考模板）, 【范文】; round 49: （参考提纲）, 〔写作样本〕):
 * a report labels its stage (征求意见稿, 送审稿), never itself a model; a bare 提纲 may name a real 汇报提纲, so it needs 参考 or the like.
 */
const TEMPLATE_LABEL = /^[ \u3000]*(?:(?:参考|供参考|示范|通用)?(?:模板|模版|范本|范文|样稿|样本|示范文本)|(?:参考|供参考|示范|写作|撰写|编写)(?:提纲|格式|样式|文本))[ \u3000]*$/;
const LABELLED_NOTE = /^[ \u3000]*(?:要点提示|写作提示|填写提示|撰写提示|提示|注|说明|填写说明|撰写说明|写作要求|写作要点|要点)[ \u3000]*[：:]/;

/**
 * Round 31: a note's body that opens by telling the writer what to bring out (要点：突出第一责任人亲力亲为, 要点：围绕…展开).
 * A bare list of points (（要点：依法、规范、高效）) gives no instruction and stays silent, as ruled before.
 */
// Round 46: the writer told to analyse or set out (要点：分析问题产生的主客观原因, 要点：列举典型案例) is the same instruction.
const BRING_OUT = /^[ \u3000]*(?:突出|体现|强调|围绕|聚焦|侧重|讲清|讲明|写清|写明|说明|对照|结合|分析|剖析|阐述|阐明|列举|简述|概述)/u;

/**
 * Round 40: a note's body under 要点 naming the topic to cover (【要点：学习贯彻习近平法治思想的具体做法】, 要点：整改措施落实情况):
 * a phrase ending on what is to be told (做法, 情况, 成效, 举措). A bare list of points (（要点：依法、规范、高效）) names no topic.
 */
const TOPIC_TO_COVER = /(?:做法|情况|成效|举措|措施|经验|亮点|打算)[ \u3000]*$/u;

/**
 * Round 45: a note's body under 要点 listing the topics to cover (（要点：学法次数、学习内容、转化成效）): every item of the list
 * names what is to be told, ending on a topic noun. A list of principles (（要点：依法、规范、高效）) names none and stays silent.
 */
// Round 47: the form, the time, the scope or who is responsible are topics to report as well (学习次数、学习形式、学习成果).
const TOPIC_ITEM = /(?:次数|频次|内容|成效|效果|情况|做法|举措|措施|问题|原因|数量|人数|件数|经验|亮点|安排|打算|方式|形式|途径|机制|成果|结果|进展|进度|时限|时间|范围|对象|责任人|责任单位|收获|体会)$/u;
const listsTopics = (body: string) => {
  const items = body.replace(/[ \u3000。；]+$/u, '').split('、');
  return items.length >= 2 && items.every((item) => TOPIC_ITEM.test(item.trim()));
};

/**
 * Round 45: the text marked as the template's example, to be deleted or replaced (以下内容为示例，使用时请删除。, 本段系范例文字，
 * 定稿时替换): a report never calls its own words an example to remove.
 */
const EXAMPLE_TO_REMOVE = /(?:为|系|是|属|仅为|仅作|仅供)(?:示例|范例|样例|范文|例文)[^。；\n]{0,20}?(?:删除|删去|替换|改写)/u;

/**
 * Round 45: under a note's label only (提示：问题与上年度报告不得雷同。, 注：措施不要和去年重复): a part of the report warned off
 * copying another text. A report's own 提示 tells its units or the public something and names no part of the report.
 */
const NOT_COPIED = /^[ \u3000]*(?:存在的?问题|问题|整改措施|措施|举措|成效|原因|下一步打算|打算|案例|内容|表述)(?:部分)?[^，。；]{0,20}?(?:不得|不能|不要|不宜|不可|切勿|避免|防止)[^，。；]{0,12}?(?:雷同|重复|照搬|照抄|套用)/u;

/** A bracket holding only a note that a figure is still to be checked (（待核实）, （请核对）): the drafter's own reminder. */
const ONLY_TO_CHECK = /^[ \u3000]*(?:待|请|需|须)(?:核实|核对|复核|确认)[ \u3000]*$/;

/** Words of a report speaking to its own units or quoting a requirement: 要求各单位写明…, 督促各部门列出…. */
const TO_THE_UNITS = /各(?:单位|部门|地|级|乡|镇|街道|县|区|村|校)|要求|督促|指导/;

/**
 * Labels a note to the drafter opens its line with, after it a colon or around it a bracket ([提示] 本节应写明…). 注 and 提示
 * alone are a reader's note unless an instruction follows.
 */
/**
 * Round 36: the labels a template gives its notes on writing (写作提示, 填写说明, 编写说明, 撰写提示): never a report's own
 * word, so they open a note wherever they stand, at a line's start, after a sentence or after a comma (此外，写作提示：…).
 */
const WRITING_NOTE_LABEL = '(?:写作|填写|撰写|编写|起草)(?:提示|说明|要求|要点)';

const NOTE_LINE = new RegExp(`^[ \\u3000]*(?:(?:注|注意事项|注意|提示|说明|备注|要点|落款|标题|开头|结尾|主送机关|正文|署名|编者注|${WRITING_NOTE_LABEL})[ \\u3000]*[：:]|[【\\[［〔][ \\u3000]*(?:注|注意|提示|说明|备注|${WRITING_NOTE_LABEL})[ \\u3000]*[】\\]］〕])`, 'u');

/**
 * A line (after a bullet, if any) that opens with an instruction about the text being written: 要写明…, 应写清…, 请填写….
 * Verbs about writing the text only; 要列出清单, 要补充人员 can be a plan's own words.
 */
/**
 * A bracket opened and not closed on its line (〔要写：本年度主要举措，⏎包括……〕): a note broken over two lines. Its first
 * line is read as a bracketed note to the drafter, to the line's end.
 */
const UNCLOSED = /[（(【〔［\[〖]([^（）()【】〔〕［］\[\]〖〗\n]{2,160})$/u;

/**
 * The bare prompt word in a bracket of any shape (（填写）, 【待补充】, 〔要写〕, ［请填写］): where it ends a heading or stands
 * alone on a line it names no slot, it says the section is still to be written, as 〔填写〕 always did. Inside a
 * sentence (全年办理案件（待补充）件。) it stays the template's slot.
 */
const BARE_BRACKETED = String.raw`[（(【〔［\[〖][ \u3000]*(?:请|此处|在此|待|需|要)?(?:填写|补充|填|写|补)[ \u3000]*[）)】〕］\]〗]`;

/**
 * A heading, a label or a line whose text is only the outline's bare prompt word ((三)普法宣传：要写, 二、存在问题 待补充): the section
 * was never written. The word must end the line; a report says 要写实、写细 or 待补充完善的制度 only inside a sentence.
 */
const BARE_PROMPT = new RegExp(String.raw`(?<=[：:][ \u3000]*|^[ \u3000]*|^[ \u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[^。；，\n]{0,20}?[ \u3000]*)(?:要写|待写|待补|待补充|待填|待填写|需补充|需填写|请填写|请补充|此处填写|此处写|要补充|${BARE_BRACKETED})(?=[ \u3000。.…]*$)`);

/**
 * The order a section is to be written in (提纲：先写章程建设，再写…，最后写…; 本部分首先写…，然后写…): steps of writing
 * one after another. A report tells the order of its own work (先讲法理、再讲案例 at a lecture), never of writing.
 */
const WRITING_ORDER = /(?:先|首先)(?:写|列出|列举)[^。；\n]{1,40}?(?:再|然后|接着|其次|最后)(?:写|列出|列举)/u;

const INSTRUCTION_LINE = /^[ \u3000]*(?:[★☆※●○◆◇■▲•·→➤►▶＞>*\-]{1,3}[ \u3000]*)?(?:要|应|需|须|请|此处)(?:写明|写清|写出|填写|填入|注明)/;

/**
 * Round 35: a bracket saying the part is still to be added (完善考核评价机制（待补充）。, 四、下一步安排（此部分待完善）): where it ends
 * its clause or line, nothing is missing inside the sentence; the part itself is left for later, a note to the drafter. Before a
 * measure word (全年办理案件（待补充）件) it stands for the figure, the placeholder rules' slot. 有待完善, 亟待完善 are a report's words.
 */
const LEFT_FOR_LATER = /^[ \u3000]*[^\s，。；：:、]{0,8}?(?<![有亟])(?:待|尚待|请|需|须)(?:补充|补写|补齐|补全|完善|填写|填入|填|补|细化|撰写|写)[ \u3000]*$/u;
const ENDS_CLAUSE = /^[ \u3000]*(?:[。；;！!…]|$)/u;
/**
 * Round 44: the same bracket naming what is to be added (（待补充典型事例）, 【尚待补写整改案例】) where it stands alone after a
 * sentence's end and ends its line: no sentence holds it as a slot, so the part itself was left for later. Inside a sentence
 * (全年办理案件（待补充）件) it stays the placeholder rules' slot; a report's own rule (（需补充材料的限期补正）) is no part left.
 */
const PART_LEFT_FOR_LATER = /^[ \u3000]*(?:待|尚待|请)(?:补充|补写|补齐|补全|完善|填写|撰写)[^\s，。；：:、（）()的]{2,10}[ \u3000]*$/u;
const AFTER_SENTENCE = /(?:^|[。；！？])[ \u3000]*$/u;
/** A line that opens (after a bullet) with a model's label: 参考格式：问题—原因—整改. */
const BULLET = /^[ \u3000]*(?:[★☆※●○◆◇■▲•·→➤►▶＞>*\-]{1,3}[ \u3000]*)?/u;

export function drafterNotes(ctx: Ctx): Mark[] {
  const marks: Mark[] = [];
  for (const m of ctx.text.matchAll(BRACKETED)) {
    const inner = m[1]!;
    const fillNote = (/^[【〔\[［〖]/.test(m[0]) && OPENS_WITH_FILL.test(inner)) || (OPENS_WITH_WHAT_TO_FILL.test(inner) && !STILL_CHECKED.test(inner));
    const labelled = LABELLED_NOTE.exec(inner);
    const labelledNote = !!labelled && noteToWriter(inner.slice(labelled[0].length), labelled[0]);
    const leftForLater =
      (LEFT_FOR_LATER.test(inner) && ENDS_CLAUSE.test(lineAfter(ctx.text, m.index + m[0].length))) ||
      (PART_LEFT_FOR_LATER.test(inner) && AFTER_SENTENCE.test(lineBefore(ctx.text, m.index)) && lineAfter(ctx.text, m.index + m[0].length).trim() === '');
    const aside = isDraftingAside(inner, lineBefore(ctx.text, m.index));
    // A model's label or a part left for later speaks to the drafter whatever the model quotes (要求, 指导).
    if (((addressesWriter(inner) || fillNote || ONLY_TO_CHECK.test(inner)) && !TO_THE_UNITS.test(inner)) || leftForLater || COMPILED_LATER.test(inner) || MODEL_TO_FOLLOW.test(inner) || labelledNote || TEMPLATE_LABEL.test(inner) || LAYOUT_NOTE.test(inner) || aside) marks.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const line of ctx.layout.lines) {
    const open = UNCLOSED.exec(line.text.trimEnd());
    if (open && addressesWriter(open[1]!) && !TO_THE_UNITS.test(open[1]!)) {
      marks.push({ start: line.start + open.index, end: line.start + line.text.trimEnd().length });
      continue;
    }
    const bullet = BULLET.exec(line.text)![0].length;
    if (MODEL_TO_FOLLOW.test(line.text.slice(bullet))) {
      marks.push({ start: line.start + bullet, end: line.start + line.text.trimEnd().length });
      continue;
    }
    const bare = BARE_PROMPT.exec(line.text.trimEnd());
    if (bare) {
      marks.push({ start: line.start + bare.index, end: line.start + bare.index + bare[0].length });
      continue;
    }
    if (INSTRUCTION_LINE.test(line.text) || (WRITING_ORDER.test(line.text) && !TO_THE_UNITS.test(line.text))) {
      marks.push({ start: line.start + line.text.search(/\S/), end: line.start + line.text.trimEnd().length });
      continue;
    }
    const note = NOTE_LINE.exec(line.text);
    if (note) {
      const body = line.text.slice(note[0].length);
      if (noteToWriter(body, note[0])) {
        marks.push({ start: line.start + note[0].search(/\S/), end: line.start + line.text.trimEnd().length });
        continue;
      }
      // Round 32: the note may be only the line's first sentence, the report's own text after it (要点：写明…。根据…要求，…),
      // whose 要求 must not silence the note: read sentence by sentence instead.
    }
    marks.push(...notesAfterSentences(line));
  }
  for (const m of ctx.text.matchAll(HERE_PROMPT)) {
    const end = m.index + m[0].length;
    if (!marks.some((k) => k.start <= m.index && k.end >= end)) marks.push({ start: m.index, end });
  }
  // Round 42: an instruction to edit the draft itself in any clause (…，报送前删除本句。), or fill in after checking (【待核实数据后填写】).
  for (const m of selfEditNotes(ctx.text)) if (!marks.some((k) => k.start < m.end && m.start < k.end)) marks.push(m);
  return marks;
}

/** The line up to an offset. */
const lineBefore = (text: string, to: number) => text.slice(text.lastIndexOf('\n', to - 1) + 1, to);

/** The rest of the line from an offset. */
const lineAfter = (text: string, from: number) => {
  const end = text.indexOf('\n', from);
  return text.slice(from, end === -1 ? undefined : end);
};

/** A note's body under its label; under 要点 an opening verb of bringing out is an instruction too. */
/**
 * Round 36: a part of the text told what it must show (此处应体现“四个亲自”落实情况, 本部分要突出整改成效): a modal after the
 * part is required, so a narrative's 此处体现了… or 此处设立… stays silent.
 */
/**
 * Round 40: a part of the text offered material to add (此处可引用一至两个典型案例加以说明, 本段宜穿插具体数据): a modal then a verb
 * of drawing in, and what is drawn in. A narrative's 此处设立… or 此处引用了… has no modal before its verb.
 * Round 55 (v56b-outline-prompt-10): a leader's words drawn in too (此处可引用上级领导批示, 本段宜引用讲话原文).
 */
const PART_MAY_ADD = /(?:此处|本部分|此部分|本段|此段|本节|此节)(?:可以?|宜|应当?|需要?|须|要|建议|请)(?:引用|援引|引入|插入|穿插|附上|加入|增加|补充|列举|举出|选取|选用)(?=[^，。；]{0,12}?(?:案例|事例|实例|例子|数据|图表|做法|经验|批示|指示|讲话|原文|原话|评价|照片|[一二两三\d]))/u;

/**
 * Round 49: a part of the text told what to attach (注意：此处需附相关制度文件清单, 本段应附上检查情况统计表): the part, a modal, then a
 * verb of attaching and what is attached (清单, 表, 材料). A report's own 附件：… line or 清单附后 has neither the part nor the modal.
 */
const PART_TO_ATTACH = /(?:此处|本部分|此部分|本段|此段|本节|此节)(?:应当?|要|需要?|须|请|可以?|宜|务必)(?:另行)?(?:附上?|附列|附具|插入|粘贴|附加)[^，。；]{0,20}?(?:清单|目录|附件|材料|文件|表|图|照片|截图|证明|复印件|名单|台账)/u;

const PART_TO_SHOW = /(?:此处|本部分|此部分|本段|此段|本节|此节)(?:应当?|要|需要?|须|请|可|重点|着重)(?:体现|突出|反映|展示|展现|呈现|说明|阐述|交代)/u;

/**
 * Round 38: a note's body telling the drafter to state something in full (注：述法内容应对照职责清单逐项述明, 提示：逐项列明整改
 * 责任单位): a modal or 逐项 / 逐条 before a verb of stating. A report's own note says it was done (注：各项来源均已逐项列明).
 */
const STATE_IN_FULL = /(?:应当?|要|须|需要?|请|务必|逐项|逐条|逐一|分项|一一)[^，。；]{0,16}?(?:述明|写清|写明|讲清|讲明|说清|列明|阐明)(?![了过])/u;
const TOLD_AS_DONE = /已|均/u;

const noteToWriter = (body: string, label = '') =>
  ((addressesWriter(body) || PART_TO_SHOW.test(body) || PART_TO_ATTACH.test(body) || NOTE_DIRECTIVE.test(body) || LAYOUT_NOTE.test(body) || (/要点/.test(label) && (BRING_OUT.test(body) || (TOPIC_TO_COVER.test(body) && !/、/.test(body)) || listsTopics(body))) || (STATE_IN_FULL.test(body) && !TOLD_AS_DONE.test(body))) && !TO_THE_UNITS.test(body)) ||
  SUPPLY_THE_DRAFT.test(body) ||
  ORDER_TO_WRITE.test(body) ||
  LEFT_OUT_IF_NONE.test(body) ||
  COMPILED_LATER.test(body) ||
  CONTENT_TO_ALIGN.test(body) ||
  NOT_COPIED.test(body);

/** A sentence that opens with the part of the text it speaks of (此处可参考…, 本部分应结合…). */
const OPENS_WITH_PART = /^(?:此处|本部分|此部分|本段|此段|本节|此节)/;
/** Round 31: a sentence that opens by asking the drafter to act (请法制科核实数据后再定稿。); not 请示, 请求, 请予审议. */
const OPENS_AS_REQUEST = /^请(?![示求予各])/;

/** A heading's number opening a line: （一）, 一、, 1., （1）. */
const LIST_MARKER = /^[ \u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[ \u3000]*/u;

/** A series marker opening a sentence (三是, 其三, 第三,), where a note may stand in for the item. */
const SERIES_LEAD = /^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}|第[一二三四五六七八九十]{1,3}[，,、]|[（(]\d{1,2}[）)]|[①-⑩])[ \u3000]*/u;

/** A note's label after a comma, where a clause of the body was cut short by the drafter's note. */
const COMMA_NOTE = new RegExp(`[，,][ \\u3000]*(?=(?:注|提示|备注|编者注|${WRITING_NOTE_LABEL})[ \\u3000]*[：:])`, 'gu');

/** A note's label right after a heading's last character, no mark between (…情况注：, …问题提示：); not a compound label (风险提示, 备注). */
const GLUED_NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff）)])(?<!风险|温馨|安全|法律|重要|特别|友情|工作|[备附批标脚旁夹评])(?=(?:注|提示|${WRITING_NOTE_LABEL})[ \\u3000]*[：:])`, 'gu');

/**
 * A note left after a sentence of the body, on the same line (…原因主要在于培训不足。注：本部分应写明原因。): each sentence is read
 * as a line would be, the note under its label or the sentence about a part of the text, to the sentence's end.
 */
function notesAfterSentences(line: { start: number; text: string }): Mark[] {
  const marks: Mark[] = [];
  // Round 31: the line's first sentence too (此段请…核实数据后再定稿。 standing as its own line or opening a paragraph).
  const starts = [line.text.search(/\S/), ...[...line.text.matchAll(/[。；！？][ \u3000]*/gu)].map((s) => s.index + s[0].length)];
  // Round 38: a note under its label right after a heading's number (（一）要点：写清…。), the rest of the line the body.
  const numbered = LIST_MARKER.exec(line.text);
  if (numbered) starts.push(numbered[0].length);
  // Round 35: a note's label after a comma (…逐项开展自查，注：自查报告篇幅控制在3000字以内。): the note only, read under its label.
  // Round 44: a note's label glued to a heading's text (一、自查工作情况注：本部分应…), read under its label as after a comma.
  const glued = numbered ? [...line.text.matchAll(GLUED_NOTE)].map((s) => s.index + s[0].length) : [];
  const afterComma = [...[...line.text.matchAll(COMMA_NOTE)].map((s) => s.index + s[0].length), ...glued];
  for (const from of [...starts, ...afterComma]) {
    if (from < 0) continue;
    const rest = line.text.slice(from);
    const end = rest.search(/[。！？]/);
    const sentence = end === -1 ? rest.trimEnd() : rest.slice(0, end + 1);
    if (!sentence) continue;
    // Round 43: a note's label after a series marker (…二是…。三是提示：措施要与问题一一对应。): the list's slot held the note.
    const lead = SERIES_LEAD.exec(sentence)?.[0].length ?? 0;
    const note = NOTE_LINE.exec(sentence.slice(lead));
    if (note && lead) {
      if (noteToWriter(sentence.slice(lead + note[0].length), note[0])) marks.push({ start: line.start + from + lead, end: line.start + from + sentence.length });
      continue;
    }
    if (!note && afterComma.includes(from)) continue;
    const isNote = note ? noteToWriter(sentence.slice(note[0].length), note[0]) : EXAMPLE_TO_REMOVE.test(sentence) || ((OPENS_WITH_PART.test(sentence) || OPENS_AS_REQUEST.test(sentence)) && addressesWriter(sentence) || (OPENS_WITH_PART.test(sentence) && (PART_TO_SHOW.test(sentence) || PART_TO_ATTACH.test(sentence)))) && !TO_THE_UNITS.test(sentence);
    if (isNote) marks.push({ start: line.start + from, end: line.start + from + sentence.length });
  }
  return marks;
}
