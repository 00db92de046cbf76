/** The failure list at the end of `npm test`: names and first error lines from both reporters' JSON. */
import { describe, expect, it } from 'vitest';
import { failuresFromPlaywright, failuresFromVitest } from '../../scripts/lib/test-report.ts';

describe('failuresFromVitest', () => {
  it('names each failed test with its file and the first lines of its error, without colour codes', () => {
    const report = {
      testResults: [
        {
          name: `${process.cwd()}/tests/unit/a.test.ts`,
          status: 'failed',
          assertionResults: [
            { fullName: 'group passes', status: 'passed' },
            { fullName: 'group breaks', status: 'failed', failureMessages: ['AssertionError: \u001b[31mexpected\u001b[39m 1 to be 2\n\n    at a.test.ts:3:5\nline 3\nline 4\nline 5\nline 6\nline 7'] },
          ],
        },
        { name: `${process.cwd()}/tests/unit/b.test.ts`, status: 'failed', message: 'Error: Cannot find module x', assertionResults: [] },
      ],
    };
    expect(failuresFromVitest(report)).toEqual([
      { name: 'tests/unit/a.test.ts › group breaks', lines: ['AssertionError: expected 1 to be 2', '    at a.test.ts:3:5', 'line 3', 'line 4', 'line 5', 'line 6'] },
      { name: 'tests/unit/b.test.ts', lines: ['Error: Cannot find module x'] },
    ]);
  });
  it('gives nothing for a passing or missing report', () => {
    expect(failuresFromVitest(undefined)).toEqual([]);
    expect(failuresFromVitest({ testResults: [{ name: 'x', status: 'passed', assertionResults: [{ fullName: 'ok', status: 'passed' }] }] })).toEqual([]);
  });
});

describe('failuresFromPlaywright', () => {
  it('names unexpected and flaky tests by file, line and describe path, with the last error', () => {
    const report = {
      suites: [
        {
          title: 'search.spec.ts',
          file: 'search.spec.ts',
          specs: [
            { title: 'passes', line: 3, tests: [{ status: 'expected', results: [{ status: 'passed' }] }] },
            { title: 'near results', line: 261, tests: [{ status: 'unexpected', results: [{ status: 'failed', error: { message: 'Error: expect(locator).toHaveAttribute failed\nReceived: "loading"' } }] }] },
          ],
          suites: [
            {
              title: 'without JavaScript',
              file: 'search.spec.ts',
              specs: [{ title: 'says so', line: 273, tests: [{ status: 'flaky', results: [{ status: 'failed', error: { message: 'first' } }, { status: 'passed' }] }] }],
            },
          ],
        },
      ],
    };
    expect(failuresFromPlaywright(report)).toEqual([
      { name: 'search.spec.ts:261 › near results', lines: ['Error: expect(locator).toHaveAttribute failed', 'Received: "loading"'] },
      { name: 'search.spec.ts:273 › without JavaScript › says so（重试后通过，仍算失败）', lines: ['first'] },
    ]);
  });
});
