import { CsvSplitter } from '../ingest/readers/csv-splitter.js';
import { combineHashes, hashText } from './hash.js';

/** A review with a gold (or weak) polarity, for training and evaluating sentiment. */
export interface LabelledReview {
  category: string;
  positive: boolean;
  text: string;
}

/**
 * The held-out share and the seed of the split. The split hashes the review text, so it does not
 * depend on row order and a duplicate can never sit on both sides; change the seed only with a
 * retrain, since the committed model has seen every review outside this fold.
 */
export const HELD_OUT_PERCENT = 20;
const SPLIT_SEED = 20260401;

export function isHeldOut(text: string): boolean {
  return (combineHashes(SPLIT_SEED, hashText(text)) >>> 0) % 100 < HELD_OUT_PERCENT;
}

/** online_shopping_10_cats (cat,label,review): trimmed, empty reviews dropped, first of each duplicate text kept. */
export function parseOnlineShopping(csv: string): LabelledReview[] {
  const reviews = recordsOf(csv).map(([category, label, review]) => ({
    category,
    positive: label === '1',
    text: stripBom(review ?? '').trim(),
  }));
  return uniqueTexts(reviews);
}

/** Stars that make a weak label: 1-2 negative, 4-5 positive; 3 says too little either way and is dropped. */
const MAX_NEGATIVE_STARS = 2;
const MIN_POSITIVE_STARS = 4;

/**
 * Datafiniti Amazon reviews with stars as weak labels. The title goes in front of the text: it is
 * the buyer's one-line verdict ("Too small") and our English reviews arrive with titles too.
 */
export function parseAmazonWeakLabels(csv: string): LabelledReview[] {
  const [header, ...rows] = recordsOf(csv, true);
  const column = (name: string) => header.map(stripBom).indexOf(name);
  const [name, rating, text, title] = ['name', 'reviews.rating', 'reviews.text', 'reviews.title'].map(column);
  const reviews: LabelledReview[] = [];
  for (const row of rows) {
    const stars = Number(row[rating]);
    if (!(stars <= MAX_NEGATIVE_STARS || stars >= MIN_POSITIVE_STARS)) continue;
    const body = [row[title], row[text]].filter((part) => part && part.trim()).join('. ').trim();
    if (body) reviews.push({ category: row[name] ?? '', positive: stars >= MIN_POSITIVE_STARS, text: body });
  }
  return uniqueTexts(reviews);
}

function recordsOf(csv: string, keepHeader = false): string[][] {
  const splitter = new CsvSplitter(',');
  const records = [...splitter.push(csv), ...splitter.end()].filter((cells): cells is string[] => Array.isArray(cells) && cells.length > 1);
  return keepHeader ? records : records.slice(1);
}

function uniqueTexts(reviews: LabelledReview[]): LabelledReview[] {
  const seen = new Set<string>();
  return reviews.filter((review) => {
    if (!review.text || seen.has(review.text)) return false;
    seen.add(review.text);
    return true;
  });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
