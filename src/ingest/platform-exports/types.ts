import type { ImportKind } from '../../domain/imports.js';
import type { OrderStatus } from '../../domain/types.js';

/**
 * One platform export as merchants download it: which headers prove a file is this export, which of
 * its columns feed which field of the import kind, and what its status words mean. Data only: the
 * column sets are written from the platform's own export (see each file's comment), so a new export
 * is a new file, not new code.
 */
export interface PlatformExport {
  /** Canonical platform code (see ../platforms.ts); becomes the rows' platform or channel when the file names none. */
  platform: string;
  kind: ImportKind;
  /** Every one of these headers is in the export, and together they appear in no other kind's file. */
  signature: readonly string[];
  /** Field of the kind → this export's headers for it, tried before the kind's general synonyms. */
  columns: Readonly<Record<string, readonly string[]>>;
  /**
   * Orders: what one row is. `whole orders`: an order, its goods in one line (淘宝 订单报表); `lines of orders`:
   * one line of an order whose buyer another export names (淘宝 宝贝报表). Unsaid: a line, buyer included.
   */
  rows?: 'whole orders' | 'lines of orders';
  /** Orders: the export's 订单状态 words and what each means for sales. */
  statuses?: Readonly<Record<string, OrderStatus>>;
}
