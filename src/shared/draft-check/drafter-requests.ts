/**
 * Round 43: four more ways a template or a colleague speaks to the drafter, read by drafter-notes.ts in a bracket or a
 * note's body. Each tells someone to write, add to or lay out the report, which a report's own bracket never does.
 */

/**
 * The opening or closing part told what to say (（开头段交代背景和总体评价）, 【结尾简要回顾全年工作】, （首段介绍基本情况）):
 * a report never names its own 开头段 in a bracket.
 */
const PART_TELLS = /^[ \u3000]*(?:开头段?|首段|第一段|结尾段?|末段|尾段)(?:应|要|需|须|可|宜|请|重点|主要)?(?:交代|介绍|说明|阐明|点明|回顾|总结|评价|概述|简述)/u;

/**
 * A modal before 在此 / 此处 and a verb of adding words (（建议在此引用上级文件名称）, 【可在此插入一张统计表】, （请于此处注明来源）).
 * A report's own 在此 is a place of work (（可在此办理）), and a seal or a signature (（请在此签字）) is the placeholder rules'.
 */
const HERE_TO_ADD = /(?:建议|可以?|宜|应当?|需要?|须|请)(?:在此|于此|在此处|于此处|此处|在这里)(?:引用|援引|引述|插入|穿插|附上|补充|补写|列举|列出|写明|写出|注明|说明|举例|加入)/u;

/**
 * Someone asked to add a number of points (（以上问题请法制科再补充一条）, 【请办公室补写两个案例】): a request, then a verb of
 * adding and a count. A report asking its units (请各乡镇…) is the report's own word, silenced by drafter-notes.ts.
 */
const ADD_A_COUNT = /请[^，。；]{0,10}?(?:再|另行?)?(?:补充|补写|增补|补列|列举|列出|举)(?:[一二两三四五六\d]+|一至两|一到两|两到三|两至三)(?:条|个|项|例|点|处|段)/u;

/**
 * The text to fill in after a template or an outline (〔主要负责人履职情况参照模板第二部分填写〕, （本节按提纲第三项撰写）): what follows
 * a model of writing and a verb of writing. A report's own bracket follows a model in its work (（结构参照省厅模板）) with no verb of writing.
 */
const AFTER_TEMPLATE = /(?:参照|按照?|对照|依照|仿照|参考)(?:上级|省厅|市局)?(?:模板|模版|范本|范文|提纲|样稿|示例|上年度?报告|去年报告)[^，。；]{0,12}?(?:填写|撰写|编写|拟写|写)(?![入进于成])/u;

export const asksTheDrafter = (words: string) =>
  PART_TELLS.test(words) || HERE_TO_ADD.test(words) || ADD_A_COUNT.test(words) || AFTER_TEMPLATE.test(words);
