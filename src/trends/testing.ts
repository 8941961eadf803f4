/**
 * Test and evaluation support (reads ../shared/data, so not part of the pure radar): the dated
 * Amazon reviews as the radar sees them.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sharedData } from '../ingest/shared-data.js';
import type { ReviewMentions } from '../painpoints/report/review-mentions.js';

export function amazonReviewMentions(): ReviewMentions[] {
  const rows = parse(readFileSync(sharedData.amazonReviews, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  return rows.map((row, i) => ({
    reviewId: `amazon-${i}`,
    text: `${row['reviews.title']}. ${row['reviews.text']}`,
    productId: row.id,
    productName: row.name,
    // The first listed category is the most specific one Datafiniti gives (e.g. "Computers", "Electronics").
    category: row.categories.split(',')[0],
    brand: row.brand,
    platform: 'amazon',
    owner: null,
    rating: Number(row['reviews.rating']),
    reviewedAt: row['reviews.date'],
    opinions: [],
  }));
}
