import { describe, expect, it } from 'vitest';
import { byRule, kindsOf, ofKind, rulesOf } from './helpers/draft-check.ts';

describe('the shared checker test helper', () => {
  it('picks findings by kind and by rule, merged ones included, and stays silent on clean text', () => {
    const text = '全面推进决策、执行、监督、服务、结果公开。';
    expect(kindsOf(text)).toContain('system-name');
    expect(ofKind('system-name', text).length).toBeGreaterThan(0);
    const rule = rulesOf(text).find(Boolean)!;
    expect(byRule(rule, text).length).toBeGreaterThan(0);
    expect(ofKind('system-name', '全面推进决策、执行、管理、服务、结果公开。')).toEqual([]);
  });
});
