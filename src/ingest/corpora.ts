import { readFileSync } from 'node:fs';
import type { LabelledReview } from '../text/corpus.js';
import { CsvSplitter } from './readers/csv-splitter.js';
import { sharedData } from './shared-data.js';

/** The two public review corpora with polarity labels (../shared/data), for training, evaluation and tests; each parsed once per process. */
let chinese: LabelledReview[] | undefined;
let english: LabelledReview[] | undefined;

export function chineseReviews(): LabelledReview[] {
  return (chinese ??= parseOnlineShopping(readFileSync(sharedData.onlineShopping, 'utf8')));
}

export function englishReviews(): LabelledReview[] {
  return (english ??= parseAmazonWeakLabels(readFileSync(sharedData.amazonReviews, 'utf8')));
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
