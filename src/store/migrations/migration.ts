import type { Kysely } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** A plain, ordered schema change; `name` sorts into the order migrations run. */
export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

/**
 * Column types that mean the same on both databases. SQLite takes any type name by affinity,
 * so PostgreSQL's spelling is used everywhere ('double precision' keeps yuan exact to the fen).
 */
export const col = {
  text: 'text',
  int: 'integer',
  money: 'double precision',
  real: 'double precision',
} as const;
