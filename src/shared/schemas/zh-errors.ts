/**
 * Chinese validation messages for every schema. Importing this module once sets zod's global
 * error map (z.config), so a field without a message of its own still fails in Chinese with a
 * fix, never in zod's English defaults. A schema's own message (report.ts) still wins.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from './vocab.ts';

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', int: '整数', boolean: 'true 或 false', array: '列表（每项以“- ”开头）', object: '若干字段（键: 值）', date: '日期',
};
const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? String(t);
const unitOf = (origin: unknown) => (origin === 'string' ? '个字' : origin === 'array' ? '项' : '');
const actual = (input: unknown) => (Array.isArray(input) ? '列表' : input === null ? '空值' : typeName(typeof input));

/** The Chinese message for one zod issue, always with a 修正方法. */
export function chineseMessage(iss: { code?: string; input?: unknown; [k: string]: unknown }): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return `缺少这个字段（应为${typeName(iss.expected)}）。修正方法：补上这个字段`;
      return `应为${typeName(iss.expected)}，实际是${actual(iss.input)}。修正方法：改成${typeName(iss.expected)}`;
    case 'invalid_value':
      return `“${String(iss.input)}”不是可用的值，应为以下之一：${(iss.values as unknown[]).map(String).join('、')}。修正方法：改用其中一个`;
    case 'too_small': {
      const unit = unitOf(iss.origin);
      return unit ? `至少要 ${iss.minimum} ${unit}。修正方法：补充完整` : `不能小于 ${iss.minimum}。修正方法：改成合理的值`;
    }
    case 'too_big': {
      const unit = unitOf(iss.origin);
      return unit ? `最多 ${iss.maximum} ${unit}。修正方法：删短` : `不能大于 ${iss.maximum}。修正方法：改成合理的值`;
    }
    case 'invalid_format':
      if (String(iss.pattern) === String(SLUG_PATTERN)) return `“${String(iss.input)}”不是合规的短名。修正方法：只用小写英文字母、数字和连字符`;
      return `“${String(iss.input)}”格式不对。修正方法：按字段说明的格式改写`;
    case 'unrecognized_keys':
      return `有未知字段：${(iss.keys as string[]).join('、')}。修正方法：删去，或改正字段名的拼写`;
    default:
      return `内容不符合要求（${iss.code ?? '未知'}）。修正方法：对照字段说明改写`;
  }
}

z.config({ customError: (iss) => chineseMessage(iss as unknown as Parameters<typeof chineseMessage>[0]) });
