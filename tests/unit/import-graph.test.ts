/**
 * The folders say where code runs, and this test keeps them honest (the README's layout section):
 *
 *   src/shared   pure: imports only src/shared and packages; no node:, no astro: virtual modules
 *   src/browser  DOM entry points: imports src/shared and src/browser, never src/build
 *   src/build    Node, at build time: imports src/shared and src/build, never src/browser
 *   scripts/     thin CLIs: import src/shared, src/build and their own helpers in scripts/lib and
 *                scripts/bench (which may also bundle src/browser code to run it in Chromium);
 *                no CLI (a top-level scripts/*.ts) is imported by anything
 *   pages, components, layouts  render at build time; their <script src> points into src/browser
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CODE = /\.(ts|mjs|astro)$/;
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'content' ? [] : files(p);
    return CODE.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Edge {
  from: string;
  to: string;
  /** A package or virtual module ('astro:content', 'node:fs', 'yaml'), or a resolved repo path. */
  external: boolean;
  scriptSrc: boolean;
}

const SPEC = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]|<script[^>]*\ssrc=["']([^"']+)["']/g;
const SCRIPT_BLOCK = /<script\b[^>]*>[\s\S]*?<\/script>/g;
function edges(file: string, text = readFileSync(file, 'utf8')): Edge[] {
  // In a .astro file, what a <script> block imports is bundled for the browser, like a <script src>.
  const inScript = file.endsWith('.astro') ? [...text.matchAll(SCRIPT_BLOCK)].map((m) => [m.index, m.index + m[0].length]) : [];
  return [...text.matchAll(SPEC)].map((m) => {
    const s = m[1] ?? m[2];
    const relative = s.startsWith('.');
    const browser = !!m[2] || inScript.some(([a, b]) => m.index > a && m.index < b);
    return { from: file, to: relative ? path.normalize(path.join(path.dirname(file), s)) : s, external: !relative, scriptSrc: browser };
  });
}

const area = (p: string) => /^(src\/(shared|browser|build)|scripts\/(lib|bench)|scripts|src\/(pages|components|layouts)|tests)\b/.exec(p)?.[1] ?? 'other';
const all = [...files('src'), ...files('scripts'), 'astro.config.mjs'].flatMap((f) => edges(f));

function violations(rule: (e: Edge) => string | undefined): string[] {
  return all.map((e) => rule(e)).filter((x): x is string => !!x);
}

describe('the import graph follows where code runs', () => {
  it('finds the imports it checks (the parser is not blind)', () => {
    expect(all.filter((e) => area(e.from) === 'src/shared' && !e.external).length).toBeGreaterThan(10);
    expect(all.filter((e) => e.scriptSrc).length).toBeGreaterThan(3);
    expect(all.some((e) => e.from === 'src/pages/search.astro' && e.scriptSrc && e.to === 'src/browser/search/page.ts')).toBe(true);
    expect(edges('x/a.ts', "import a from './b.ts';\nconst m = await import('../c.ts');\n<script src=\"../d.ts\"></script>").map((e) => e.to)).toEqual(['x/b.ts', 'c.ts', 'd.ts']);
  });

  it('src/shared imports only src/shared and packages, never node: or astro: modules', () => {
    expect(
      violations((e) => {
        if (area(e.from) !== 'src/shared') return;
        if (e.external) return /^(node:|astro:)/.test(e.to) ? `${e.from} → ${e.to}` : undefined;
        return area(e.to) === 'src/shared' ? undefined : `${e.from} → ${e.to}`;
      }),
    ).toEqual([]);
  });

  it('src/browser and src/build import src/shared but not each other', () => {
    expect(
      violations((e) => {
        const [a, b] = [area(e.from), area(e.to)];
        if (e.external) return a === 'src/browser' && /^(node:|astro:)/.test(e.to) ? `${e.from} → ${e.to}` : undefined;
        if ((a === 'src/browser' && b === 'src/build') || (a === 'src/build' && b === 'src/browser')) return `${e.from} → ${e.to}`;
      }),
    ).toEqual([]);
  });

  it('scripts import only src/shared, src/build and their own helpers, and no CLI is imported', () => {
    expect(
      violations((e) => {
        if (e.external) return;
        const [a, b] = [area(e.from), area(e.to)];
        if (b === 'scripts') return `${e.from} → ${e.to}（命令行入口不能被导入）`;
        const allowed = ['src/shared', 'src/build', 'scripts/lib', 'scripts/bench', ...(a === 'scripts/bench' ? ['src/browser'] : [])];
        if (a.startsWith('scripts') && !allowed.includes(b)) return `${e.from} → ${e.to}`;
      }),
    ).toEqual([]);
  });

  it('page scripts are browser entry points, and pages never import browser code at build time', () => {
    expect(
      violations((e) => {
        if (e.external) return;
        const [a, b] = [area(e.from), area(e.to)];
        if (e.scriptSrc && b !== 'src/browser') return `${e.from} <script src> → ${e.to}`;
        if (!e.scriptSrc && b === 'src/browser' && !['src/browser', 'scripts/bench'].includes(a)) return `${e.from} → ${e.to}`;
      }),
    ).toEqual([]);
  });
});
