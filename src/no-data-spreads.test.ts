import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every element of a spread call argument (`f(...xs)`, `list.push(...xs)`, `Math.max(...xs)`) and of
 * `f.apply(this, xs)` becomes one argument on the stack, and V8 throws "Maximum call stack size
 * exceeded" somewhere past ~100,000 of them: a shop with 300,000 reviews broke pages that way.
 *
 * The rule: no spread into a call or `new`, and no `.apply(…)`, unless the spread is an array
 * literal written in place (`f(...[a, b])` has a fixed size). Spreads into array and object
 * literals (`[...a, ...b]`, `{ ...o }`) and rest parameters are fine: they do not use the stack.
 * Loop, `reduce` or a `for` over the values instead. A call whose argument count is bounded by
 * the code itself may be kept by writing `bounded-arguments: <why>` in a comment on the line above.
 */
const ROOT = join(import.meta.dirname, '..');
const SCANNED = ['src', 'web/src', 'bench', 'scripts', 'e2e'];
const EXEMPTION = /bounded-arguments: \S/;

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** `file:line  text` of every call that spreads a computed array or uses `.apply`. */
function dataSizedSpreads(fileName: string, text: string): string[] {
  const kind = fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const lines = text.split('\n');
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    if (line > 0 && EXEMPTION.test(lines[line - 1])) return;
    found.push(`${fileName}:${line + 1}  ${lines[line].trim()}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      for (const argument of node.arguments ?? []) {
        if (ts.isSpreadElement(argument) && !ts.isArrayLiteralExpression(argument.expression)) report(argument);
      }
      const callee = node.expression;
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(callee) && callee.name.text === 'apply') report(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no data-sized argument lists', () => {
  it('finds the spreads the rule forbids and lets the allowed ones through', () => {
    const sample = [
      'Math.max(...values);',
      'list.push(...more);',
      'new Set(...args);',
      'String.fromCharCode.apply(null, codes);',
      'Math.max(...[a, b], 0);',
      'const all = [...a, ...b];',
      'const o = { ...p, q: 1 };',
      'function f(...rest: number[]) { return rest; }',
      '// bounded-arguments: at most 8192 code units',
      'String.fromCharCode.apply(null, chunk);',
    ].join('\n');
    expect(dataSizedSpreads('sample.ts', sample).map((f) => f.split('  ')[0])).toEqual([
      'sample.ts:1',
      'sample.ts:2',
      'sample.ts:3',
      'sample.ts:4',
    ]);
  });

  it('holds in every source file', () => {
    const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(300);
    const found = files.flatMap((file) => dataSizedSpreads(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
