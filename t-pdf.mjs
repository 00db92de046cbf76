import { chromium } from '@playwright/test';
const [,, url, out, css] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await (await b.newContext({ bypassCSP: true })).newPage();
await page.goto(url);
await page.emulateMedia({ media: 'print' });
if (css) await page.addStyleTag({ content: css });
await page.pdf({ path: out, format: 'A4', preferCSSPageSize: true });
await b.close();
