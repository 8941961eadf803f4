import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Folders under src/ never import each other: if A imports B, B imports nothing from A. A change then
 * has one place to go, and a folder can be read (and tested) with only what is below it.
 *
 * Test files (*.test.ts) are left out. Nothing imports a test, so an arrow from one can never close a
 * loop of modules; a test of the store may load demo data, and a segmenter test may check its words
 * against the painpoints corpus reader, without the shipped code depending on either.
 */

const SRC = new URL('.', import.meta.url).pathname;

// Static imports and re-exports (`from '…'`), side-effect imports, dynamic `import('…')`, and worker `new URL('…', import.meta.url)`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|new URL\(\s*)'(\.{1,2}\/[^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folder of a path under src/ (its first segment), or undefined for top-level files like app.ts. */
function folderOf(pathUnderSrc: string): string | undefined {
  const segments = pathUnderSrc.split('/');
  return segments.length > 1 ? segments[0] : undefined;
}

/** "from->to" → the files in `from` that import something in `to`. */
function folderImports(): Map<string, Set<string>> {
  const arrows = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(relative(SRC, file));
    if (!from) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const target = relative(SRC, normalize(join(dirname(file), specifier)));
      const to = target.startsWith('..') ? undefined : folderOf(target);
      if (!to || to === from) continue;
      const key = `${from}->${to}`;
      if (!arrows.has(key)) arrows.set(key, new Set());
      arrows.get(key)!.add(relative(SRC, file));
    }
  }
  return arrows;
}

function folderCycles(arrows: Map<string, Set<string>>): Map<string, string> {
  const cycles = new Map<string, string>();
  for (const [key, files] of arrows) {
    const [a, b] = key.split('->');
    const back = arrows.get(`${b}->${a}`);
    if (a < b && back) cycles.set(`${a}<->${b}`, `${a} -> ${b}: ${[...files].sort().join(', ')}\n${b} -> ${a}: ${[...back].sort().join(', ')}`);
  }
  return cycles;
}

describe('folders under src/', () => {
  const arrows = folderImports();
  const cycles = folderCycles(arrows);

  it('sees the imports it is meant to check', () => {
    // A broken pattern would find no arrows and pass everything.
    expect([...arrows.keys()]).toEqual(expect.arrayContaining(['server->store', 'store->domain', 'cli->store', 'painpoints->text']));
    expect(arrows.get('store->domain')).toContain('store/import-jobs.ts');
  });

  it('never import each other', () => {
    const unexpected = [...cycles].map(([, files]) => files);
    // Each entry names the files behind both arrows.
    expect(unexpected).toEqual([]);
  });

  it('keep the store to queries: it imports plain types from src/domain and nothing else of ours', () => {
    const outside = [...arrows].filter(([key]) => key.startsWith('store->') && key !== 'store->domain');
    expect(outside.map(([key, files]) => `${key}: ${[...files].join(', ')}`)).toEqual([]);
  });
});
