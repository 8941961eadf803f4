import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { AppError, invalidInput, type ErrorCode } from '../domain/errors.js';
import { spendRequestSchema } from '../approvals/proposal.js';
import { taskInputSchemas } from '../agents/run/inputs.js';
import { PainPointScopeSchema } from '../painpoints/report/scope.js';
import { conceptComparisonSchema } from '../selection/concept-input.js';
import { launchPlanSchema } from '../selection/launch-plan.js';
import { weightsSchema } from '../selection/opportunity-weights.js';
import { cliMessages } from './cli.js';
import { errorMessages } from './errors.js';
import { fieldNames, problems, words } from './fields.js';
import { LOCALES } from './keys.js';
import { fieldName, localeFrom, renderError } from './render.js';

const CODES: ErrorCode[] = ['bad_input', 'not_found', 'unauthorized', 'forbidden', 'conflict', 'refused', 'upstream'];
const HAN = /[\u4e00-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const tables = { errors: errorMessages, fields: fieldNames, problems, words, cli: cliMessages } as const;

  it.each(Object.entries(tables))('says every %s text in Chinese, with the same placeholders as in English', (_, table) => {
    const en = table.en as Record<string, string>;
    const zh = table['zh-CN'] as Record<string, string>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const notChinese = Object.entries(zh).filter(([, text]) => !HAN.test(text)).map(([key]) => key);
    expect(notChinese).toEqual([]);
    const mismatched = Object.keys(en).filter((key) => placeholders(en[key]!).join() !== placeholders(zh[key]!).join());
    expect(mismatched).toEqual([]);
  });

  it('has a general sentence for every error code in every language', () => {
    for (const locale of LOCALES) {
      for (const code of CODES) {
        const text = renderError(locale, { code, params: {}, fields: [] });
        expect(text, `${locale} ${code}`).not.toBe('');
        expect(text).not.toBe(errorMessages[locale]['code.internal']);
      }
    }
  });

  // Every field a person (or the web app) can send to the server names itself in Chinese.
  const schemas: [string, z.ZodType][] = [
    ['launch plan', launchPlanSchema],
    ['concept reactions', conceptComparisonSchema],
    ['spend request', spendRequestSchema],
    ['opportunity weights', weightsSchema],
    ['pain-point scope', PainPointScopeSchema],
    ...Object.entries(taskInputSchemas).flatMap(([role, tasks]) =>
      Object.entries(tasks as Record<string, z.ZodType>).map(([task, schema]) => [`${role} ${task}`, schema] as [string, z.ZodType])),
  ];

  it.each(schemas)('names every field of the %s in Chinese', (_, schema) => {
    const names = [...fieldsOf(schema)];
    expect(names.filter((name) => !HAN.test(fieldName('zh-CN', name)))).toEqual([]);
  });

  it('says what is wrong with a launch plan and concept counts in plain Chinese', () => {
    const plan = launchPlanSchema.safeParse({ price: -3, minimumOrder: 1.5, demand: { kind: 'range', low: 5, likely: 1, high: 2 } });
    const error = invalidInput('launch_plan', plan.error!);
    const zh = renderError('zh-CN', error);
    expect(zh).toMatch(/^开款测算填写有误：/);
    expect(zh).toContain('售价要大于 0');
    expect(zh).toContain('起订量要填整数');
    expect(zh).toContain('开模费没有填');
    expect(zh).toContain('要满足 最少 ≤ 最可能 ≤ 最多');
    expect(zh).not.toMatch(/[A-Za-z]/);
    expect(error.message).toMatch(/^invalid launch plan: .*price must be more than 0/);

    const counts = conceptComparisonSchema.safeParse({ variants: [{ name: 'A', counts: { intentAsked: 3, intentYes: 5 } }, { name: 'B', counts: {} }] });
    expect(renderError('zh-CN', invalidInput('counts', counts.error!))).toBe('反馈数填写有误：说愿意买的人数不能多于问过的人数');
  });

  it('says statuses in the reader’s words and keeps an uncatalogued English detail visible', () => {
    const undone = new AppError('conflict', { key: 'undo_only_executed', params: { status: 'rejected' } });
    expect(renderError('zh-CN', undone)).toBe('只有已经花出去的钱才能撤回；这一笔现在是“已拒绝”');
    expect(undone.message).toBe('only an executed spend can be undone; this one is rejected');
    const legacy = new AppError('bad_input', '--month must look like 2026-11');
    expect(renderError('en', legacy)).toBe('--month must look like 2026-11');
    expect(renderError('zh-CN', legacy)).toBe('填写的内容有误（--month must look like 2026-11）');
  });

  it('reads the language from Accept-Language or LANG, Chinese by default', () => {
    expect(localeFrom(undefined)).toBe('zh-CN');
    expect(localeFrom('en-US,en;q=0.9')).toBe('en');
    expect(localeFrom('fr-FR,zh-CN;q=0.8,en;q=0.5')).toBe('zh-CN');
    expect(localeFrom('en_GB.UTF-8')).toBe('en');
    expect(localeFrom('C.UTF-8')).toBe('zh-CN');
  });

  /**
   * Messages still written as English strings, file by file (none left). A new file here fails the test.
   */
  const STILL_ENGLISH: string[] = [
  ];

  it('leaves no Chinese sentence in the CLI outside the catalogue, so KAIKUAN_LANG=en reads English', () => {
    const root = join(import.meta.dirname, '..');
    const written = sourceFiles(join(root, 'cli')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line: line.replace(/\/\/.*$/, ''), at: `${file.slice(root.length + 1)}:${i + 1}` }))
        .filter(({ line }) => !/^\s*(\*|\/\*)/.test(line) && /['`"][^'`"]*[\u4e00-\u9fff]/.test(line))
        .map(({ at }) => at),
    );
    expect(written).toEqual([]);
  });

  it('has no error written as an English string outside the files still listed', () => {
    const root = join(import.meta.dirname, '..');
    const english = sourceFiles(root)
      .filter((file) => /(new AppError\([^,]+,\s*[`'"]|\b(badInput|notFound)\(\s*[`'"])/.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(root.length + 1))
      .sort();
    expect(english).toEqual([...STILL_ENGLISH].sort());
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !path.includes('/messages/') ? [path] : [];
  });
}

/** Every field name in a schema, walking objects, arrays, unions, optionals and defaults. */
function* fieldsOf(schema: z.ZodType): Generator<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.shape) {
    for (const [name, inner] of Object.entries(def.shape as Record<string, z.ZodType>)) {
      yield name;
      yield* fieldsOf(inner);
    }
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'schema'] as const) {
    if (def[key]) yield* fieldsOf(def[key] as z.ZodType);
  }
  if (Array.isArray(def.options)) for (const option of def.options as z.ZodType[]) yield* fieldsOf(option);
}
