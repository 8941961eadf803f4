/** One marketing-material file: an uploaded product photo or a picture made from it. */
export interface MaterialTable {
  merchant_id: string;
  id: string;
  /** photo | main | poster | cover */
  kind: string;
  product_id: string | null;
  /** The uploaded photo a picture was made from; null for a photo itself. */
  photo_id: string | null;
  /** The agent task that made it; null for an upload. */
  task_id: string | null;
  /** A, B, C or D within a concept-test kit; null outside one. */
  variant: string | null;
  concept_test_id: string | null;
  /** Path of the PNG/JPEG under the materials folder of the data dir. */
  file: string;
  width: number;
  height: number;
  bytes: number;
  /** JSON: the words on the picture. */
  copy: string;
  /** uploaded (a photo), draft (made, not yet reviewed), accepted, rejected */
  status: string;
  created_at: string;
}

export interface MaterialsTables {
  material: MaterialTable;
}
