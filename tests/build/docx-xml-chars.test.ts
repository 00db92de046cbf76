/**
 * Characters XML 1.0 does not allow (U+FFFE, U+FFFF, C0 controls, lone surrogates) never reach a
 * .docx: gongwenDocument passes every text through xmlText, so a document built from hostile text
 * opens in LibreOffice (converted to PDF with soffice --headless). The CLI path (--organ) is
 * tested in outline-cli.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gongwenDocument } from '../../src/shared/outline/gongwen-docx.ts';
import { xmlText } from '../../src/shared/xml-text.ts';
import { opensInLibreOffice } from './test-utils.ts';

const BAD = '\uFFFE\uFFFF\u0000\u0001\u001b\u000b\ud800';

describe('xmlText', () => {
  it('drops exactly the characters XML 1.0 does not allow', () => {
    expect(xmlText(`江湾镇${BAD}党委\t一\n二\r三 😀 \uE000 \uFFFD`)).toBe('江湾镇党委\t一\n二\r三 😀 \uE000 \uFFFD');
  });
});

describe('a .docx from hostile text', () => {
  it('holds none of the characters and opens in LibreOffice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shufa-xml-chars-'));
    const docx = path.join(dir, '提纲.docx');
    const doc = gongwenDocument({
      title: `江湾镇${BAD}党委2026年度述法报告`,
      blocks: [{ addressee: `县委${BAD}：` }, { heading: 1, text: `一、${BAD}学法` }, { paragraph: `正文${BAD}。` }, { table: [[`甲${BAD}`, '乙'], ['丙', `丁${BAD}`]] }],
      organ: `江湾镇${BAD}党委`,
      date: `2027年1月15日${BAD}`,
    });
    writeFileSync(docx, await Packer.toBuffer(doc));
    const files = unzipSync(readFileSync(docx));
    for (const name of ['word/document.xml', 'docProps/core.xml']) {
      const xml = strFromU8(files[name]!);
      expect(xml, name).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff]/);
    }
    expect(strFromU8(files['word/document.xml']!)).toContain('江湾镇党委');
    expect(opensInLibreOffice(docx)).toBe(true);
  }, 180_000);
});
