/**
 * One row per import run. `rows_committed` is the last file row whose batch committed, written in
 * the same transaction as the batch, so an interrupted import resumes right after it.
 */
export interface ImportJobTable {
  merchant_id: string;
  id: string;
  kind: string;
  file_name: string;
  format: string;
  /** SHA-256 of the file's bytes: the same file resumes its unfinished job. */
  fingerprint: string;
  status: 'running' | 'done' | 'failed';
  rows_committed: number;
  rows_landed: number;
  rows_duplicate: number;
  rows_rejected: number;
  error: string | null;
  started_at: string;
  updated_at: string;
}

/** The rejects report: why a row did not land, by the row number the merchant sees. */
export interface ImportRejectTable {
  merchant_id: string;
  job_id: string;
  row: number;
  field: string;
  /** Added by 800_import_reject_values. */
  value: string;
  reason: string;
}

export interface ImportsTables {
  import_job: ImportJobTable;
  import_reject: ImportRejectTable;
}
