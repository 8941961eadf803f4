/**
 * The labelling desk for gold/absa-negative (conventions in gold/absa-negative/LABELLING.md). It only shows
 * clauses and turns a person's labels into offsets; it never proposes a label.
 *
 *   npx tsx scripts/label-clauses.ts show <category> <from> <count>   numbered clauses of the category's negative reviews
 *   npx tsx scripts/label-clauses.ts add <category> <labels.txt>      append labelled clauses to gold/absa-negative/<category>.jsonl
 *   npx tsx scripts/label-clauses.ts review <category> <min opinion length>  labelled clauses with long opinions, as labels lines to revise
 *   npx tsx scripts/label-clauses.ts written <clauses.txt>            clauses we wrote (`<category>|<clause>|<pairs>`) to written.jsonl
 *
 * A labels line is `<number>|<pair>;<pair>…`, a pair `aspect>opinion>theme` with `_` for an implicit aspect and
 * the opinion prefixed by `+` (positive) or `=` (neutral) when it is not a complaint; nothing after `|` means the
 * clause was read and holds no opinion.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../src/ingest/shared-data.js';
import { clauseSpans } from '../src/text/clauses.js';
import { unitHash } from '../src/painpoints/learning/zhijiang.js';
import { locateLabels, parseGoldClauses, type GoldClause } from '../src/painpoints/learning/gold-clauses.js';

/** Fixed so the numbering shown while labelling is the numbering `add` reads back. */
const ORDER_SEED = 15;
/** Clauses shorter than this are rarely more than a particle; longer ones are run-on narration. */
const MIN_CHARS = 3;
const MAX_CHARS = 40;

interface Candidate {
  id: string;
  row: number;
  clause: number;
  text: string;
}

/** One clause per negative review, in a fixed pseudo-random order, duplicates of a text dropped. */
function candidates(category: string): Candidate[] {
  const rows = parse(readFileSync(sharedData.onlineShopping, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const seen = new Set<string>();
  const picked: (Candidate & { order: number })[] = [];
  rows.forEach((r, row) => {
    if (r.cat !== category || r.label !== '0' || !r.review) return;
    const review = r.review.replace(/^\uFEFF/, '');
    const clauses = clauseSpans(review)
      .map((s, clause) => ({ clause, text: review.slice(s.start, s.end) }))
      .filter((c) => c.text.length >= MIN_CHARS && c.text.length <= MAX_CHARS && /\p{Script=Han}/u.test(c.text));
    if (clauses.length === 0) return;
    const chosen = clauses[Math.floor(unitHash(ORDER_SEED, `pick-${row}`) * clauses.length)];
    if (seen.has(chosen.text)) return;
    seen.add(chosen.text);
    const id = `${category}-${row}-${chosen.clause}`;
    picked.push({ id, row, clause: chosen.clause, text: chosen.text, order: unitHash(ORDER_SEED, id) });
  });
  return picked.sort((a, b) => a.order - b.order);
}

/** Replaces clauses of the same id in gold/absa-negative/<name>.jsonl and adds the new ones. */
function save(name: string, clauses: GoldClause[]): void {
  const file = fileURLToPath(new URL(`../gold/absa-negative/${name}.jsonl`, import.meta.url));
  const kept = existsSync(file) ? parseGoldClauses(readFileSync(file, 'utf8'), file) : [];
  const byId = new Map([...kept, ...clauses].map((c) => [c.id, c]));
  writeFileSync(file, [...byId.values()].map((c) => JSON.stringify(c) + '\n').join(''));
  console.log(`${byId.size} clauses (${[...byId.values()].filter((c) => c.labels.length).length} with labels) in ${file}`);
}

const [command, category, ...rest] = process.argv.slice(2);
if (command === 'written') {
  const lines = readFileSync(category, 'utf8').split('\n').filter((l) => l.trim());
  const perCategory = new Map<string, number>();
  save(
    'written',
    lines.map((line) => {
      const [kind, text, pairs] = line.split('|');
      const n = (perCategory.get(kind) ?? 0) + 1;
      perCategory.set(kind, n);
      return { id: `written-${kind}-${n}`, category: kind, source: 'written' as const, text, labels: locateLabels(text, pairs) };
    }),
  );
  process.exit(0);
}
const list = candidates(category);
if (command === 'show') {
  const [from, count] = rest.map(Number);
  list.slice(from, from + count).forEach((c, i) => console.log(`${from + i}|${c.text}`));
} else if (command === 'review') {
  const file = fileURLToPath(new URL(`../gold/absa-negative/${category}.jsonl`, import.meta.url));
  const labelled = new Map(parseGoldClauses(readFileSync(file, 'utf8'), file).map((c) => [c.id, c]));
  const mark = { negative: '', positive: '+', neutral: '=' };
  list.forEach((c, i) => {
    const labels = labelled.get(c.id)?.labels ?? [];
    if (!labels.some((l) => l.opinion.text.length >= Number(rest[0]))) return;
    const pairs = labels.map((l) => `${l.aspect?.text ?? '_'}>${mark[l.polarity]}${l.opinion.text}>${l.theme}`);
    console.log(`${i}|${pairs.join(';')}	# ${c.text}`);
  });
} else if (command === 'add') {
  // A line may end in a tab and a comment (the clause, as `review` prints it).
  const lines = readFileSync(rest[0], 'utf8').split('\n').map((l) => l.split('\t')[0]).filter((l) => l.trim());
  const problems: string[] = [];
  const clauses: GoldClause[] = lines.flatMap((line) => {
    const bar = line.indexOf('|');
    const c = list[Number(line.slice(0, bar))];
    let labels: GoldClause['labels'];
    try {
      labels = locateLabels(c.text, line.slice(bar + 1));
    } catch (error) {
      problems.push(`${line.slice(0, bar)}: ${(error as Error).message}`);
      return [];
    }
    return {
      id: c.id,
      category,
      source: 'online_shopping_10_cats',
      row: c.row,
      clause: c.clause,
      text: c.text,
      labels,
    };
  });
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  save(category, clauses);
} else {
  console.error('usage: show <category> <from> <count> | add <category> <labels.txt>');
  process.exit(1);
}
