import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { useFreshStore } from './test-hooks.js';
import { storesUnderTest, type StoreUnderTest } from './testing.js';

/**
 * The table types in `tables/` are written by hand; this checks them against the database every
 * migration leaves behind, so a migration that adds, drops or loosens a column fails here until the
 * type follows. A column is compared by name, by kind (text or number) and by whether it may be null.
 */
interface ColumnShape {
  kind: 'text' | 'number';
  nullable: boolean;
}
type TableShapes = Record<string, Record<string, ColumnShape>>;

const TABLES_DIR = join(import.meta.dirname, 'tables');

/** Reads every `…Tables` interface (table name → row type) in tables/ with the TypeScript parser. */
function declaredTables(): TableShapes {
  const rowTypes = new Map<string, ts.TypeElement[]>();
  const tableMaps: ts.InterfaceDeclaration[] = [];
  for (const file of readdirSync(TABLES_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join(TABLES_DIR, file), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      if (statement.name.text.endsWith('Tables')) tableMaps.push(statement);
      else rowTypes.set(statement.name.text, [...statement.members]);
    }
  }
  const shapes: TableShapes = {};
  for (const map of tableMaps) {
    for (const member of map.members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) {
        throw new Error(`${map.name.text}: each table maps to a named row type`);
      }
      const rowName = member.type.typeName.getText(member.getSourceFile());
      const columns = rowTypes.get(rowName);
      if (!columns) throw new Error(`${map.name.text}: no interface ${rowName} in tables/`);
      shapes[member.name.getText(member.getSourceFile())] = Object.fromEntries(
        columns.filter(ts.isPropertySignature).map((c) => [c.name.getText(c.getSourceFile()), columnShape(c.type!)]),
      );
    }
  }
  return shapes;
}

function columnShape(type: ts.TypeNode): ColumnShape {
  const parts = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  const isNull = (t: ts.TypeNode) => ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword;
  const number = parts.some((t) => t.kind === ts.SyntaxKind.NumberKeyword);
  return { kind: number ? 'number' : 'text', nullable: parts.some(isNull) };
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  nullable: number | boolean;
}

/** The columns as the migrated database has them. A primary-key column counts as not null on SQLite too. */
async function migratedTables(store: ReturnType<typeof useFreshStore>, dialect: StoreUnderTest['name']): Promise<TableShapes> {
  const query =
    dialect === 'sqlite'
      ? sql<ColumnRow>`select m.name as table_name, p.name as column_name, p.type as data_type,
          (p."notnull" = 0 and p.pk = 0) as nullable
          from sqlite_master m join pragma_table_info(m.name) p
          where m.type = 'table' and m.name not like 'sqlite_%'`
      : sql<ColumnRow>`select table_name, column_name, data_type, is_nullable = 'YES' as nullable
          from information_schema.columns where table_schema = current_schema()`;
  const shapes: TableShapes = {};
  for (const row of (await query.execute(store.db)).rows) {
    const kind = /text|char/i.test(row.data_type) ? 'text' : 'number';
    (shapes[row.table_name] ??= {})[row.column_name] = { kind, nullable: Boolean(Number(row.nullable)) };
  }
  return shapes;
}

describe.each(storesUnderTest())('table types on $name', (under) => {
  const store = useFreshStore(under);

  it('match every table and column the migrations leave', async () => {
    const declared = declaredTables();
    expect(Object.keys(declared).length).toBeGreaterThan(25);
    expect(await migratedTables(store, under.name)).toEqual(declared);
  });
});
