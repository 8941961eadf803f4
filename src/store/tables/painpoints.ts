/**
 * Per-review extraction results, so pain points update from new reviews alone: a review is extracted
 * once per model version and its triples are kept; ranking reads these rows instead of re-reading text.
 */
export interface ReviewExtractionTable {
  merchant_id: string;
  review_id: string;
  /** Which committed model produced the rows; a new model re-extracts lazily. */
  model_version: string;
  extracted_at: string;
}

export interface AspectOpinionTable {
  merchant_id: string;
  review_id: string;
  seq: number;
  aspect: string;
  aspect_group: string;
  opinion: string;
  polarity: 'positive' | 'negative' | 'neutral';
  clause: string;
}

export interface PainPointsTables {
  review_extraction: ReviewExtractionTable;
  aspect_opinion: AspectOpinionTable;
}
