import type { z } from 'zod';
import type { ProblemName } from './fields.js';
import { problems } from './fields.js';
import type { FieldProblem } from './keys.js';

type Issue = z.core.$ZodIssue;

const TYPE_PROBLEMS: Record<string, ProblemName> = {
  number: 'not_number',
  int: 'not_whole',
  string: 'not_text',
  boolean: 'not_yes_no',
  array: 'not_list',
};

function sizeProblem(issue: Issue & { origin?: string }, small: boolean): ProblemName {
  if (issue.origin === 'string') return small ? 'text_too_short' : 'text_too_long';
  if (issue.origin === 'array' || issue.origin === 'set') return small ? 'list_too_short' : 'list_too_long';
  const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
  if (small) return inclusive ? 'at_least' : 'above';
  return inclusive ? 'at_most' : 'below';
}

/**
 * One zod issue as a problem people can read. A schema's own refinement names its problem by key in its message
 * (`refine(…, { message: 'yes_over_asked' })`); anything unforeseen is "填得不对" rather than zod's English.
 */
function problemOf(issue: Issue): Pick<FieldProblem, 'problem' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      // zod does not keep the input; its message is the only place that says nothing was sent.
      if (issue.message.endsWith('received undefined')) return { problem: 'missing' };
      return { problem: TYPE_PROBLEMS[issue.expected] ?? 'wrong_type' };
    case 'too_small':
      return { problem: sizeProblem(issue, true), params: { limit: Number(issue.minimum) } };
    case 'too_big':
      return { problem: sizeProblem(issue, false), params: { limit: Number(issue.maximum) } };
    case 'invalid_value':
      return { problem: 'one_of', params: { options: issue.values.map(String).join(' / ') } };
    case 'invalid_format':
      return { problem: issue.format === 'date' || issue.format === 'datetime' ? 'bad_date' : 'bad_format' };
    case 'unrecognized_keys':
      return { problem: 'unknown_field' };
    case 'custom':
      return { problem: Object.hasOwn(problems.en, issue.message) ? (issue.message as ProblemName) : 'invalid' };
    default:
      return { problem: 'invalid' };
  }
}

/** Each wrong field of a failed parse; an unknown key names itself as the field. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const keys = issue.code === 'unrecognized_keys' ? `${path ? `${path}.` : ''}${issue.keys.join(',')}` : path;
    return { field: keys || 'body', ...problemOf(issue) };
  });
}
