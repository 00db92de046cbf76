/**
 * Round 42: a note to the drafter about editing the draft itself, wherever it stands in a sentence (上述数据以年终统计为准，
 * 报送前删除本句。; 定稿时请替换此段; 本段内容上报前删去): a verb of editing whose object is the text's own sentence or
 * part (本句, 此段, 本部分, 以上内容…), or such a part told to be edited before the draft goes out. A report speaks of
 * editing other texts (删除《…办法》第五条, 修改执法文书) and of its own parts only to point to them (本部分所列数据,
 * 此处设立便民点), never to delete or rewrite them.
 *
 * And a 【】, 〔〕 or ［］ telling the drafter to fill it in once a figure is checked (【待核实数据后填写】, 〔核实后补充〕): the
 * square brackets are a template's slot and a note at once (drafter-notes.ts OPENS_WITH_FILL); a round bracket of the
 * same words (（数据待核实后填写）) stays the placeholder rules' alone, as ruled before.
 */
import type { Mark } from './context.ts';

/** The draft's own sentence or part, as a note names it. */
const OWN_PART = '(?:本句|此句|该句|这句话?|本段|此段|该段|本段落|本部分|此部分|本节|此节|本行|此行|以上内容|以下内容|上述内容|括号内(?:的)?内容|本括号|此括号|该括号|此处(?:内容|文字)?)';
/** Verbs of editing the draft: deleting, keeping or replacing words. */
const EDIT = '(?:删除|删去|删掉|去掉|删|保留或删除|替换|改写|重写)';
/** The time the draft goes out: 报送前, 定稿时, 印发之前. */
const BEFORE_SENDING = '(?:(?:报送|上报|提交|报出|定稿|印发|发文|签发|正式行文)(?:前|之前|时)|(?:正式稿|定稿|终稿)(?:中|时)?)';

/**
 * 删除本句, 请删去此段; 本段…报送前删除, 此处内容定稿时替换: the clause is the note. So is a clause of nothing but the time
 * and the verb (…，报送前请删除。, 正式稿删除): a report names what it deleted (公开前删除个人信息).
 */
const EDIT_OWN_PART = new RegExp(`(?:请|须|需|应|务必)?${EDIT}${OWN_PART}|${OWN_PART}(?:内容)?[^，,。；;\\n]{0,8}?${BEFORE_SENDING}(?:请|须|需|应|务必)?${EDIT}|^[ \\u3000]*${BEFORE_SENDING}(?:请|须|需|应|务必)?${EDIT}[ \\u3000]*$`, 'u');

/** 【待核实数据后填写】, 〔核实后补充〕, ［待确认后填入］: fill in once a figure is checked. */
const FILL_AFTER_CHECK = /[【〔［\[〖][ \u3000]*(?:待|请|需|须)?(?:核实|核对|复核|确认)[^【】〔〕［］\[\]〖〗\n]{0,10}?后(?:再)?(?:填写|填入|补充|补填|更新)[ \u3000]*[】〕］\]〗]/gu;

/** Clause marks: the clause (between commas or stops) that holds an instruction to edit the draft. */
export function selfEditNotes(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const clause of text.matchAll(/[^，,。；;！？!?\n]+/gu)) {
    if (!EDIT_OWN_PART.test(clause[0])) continue;
    const lead = clause[0].length - clause[0].trimStart().length;
    marks.push({ start: clause.index + lead, end: clause.index + clause[0].trimEnd().length });
  }
  for (const m of text.matchAll(FILL_AFTER_CHECK)) marks.push({ start: m.index, end: m.index + m[0].length });
  return marks;
}
