import Database from 'better-sqlite3';
import { join } from 'node:path';

/** What the owners store and what the matcher holds, read straight from the embedded store files (read-only). */
const OWNED = [
  { file: 'enterprise-profiles.sqlite', table: 'enterprises', type: 'enterprise' },
  { file: 'measure-catalogue.sqlite', table: 'catalogue_items', type: null },
  { file: 'event-calendar.sqlite', table: 'calendar_events', type: 'event' },
] as const;

export class StoreViews {
  private readonly owners: Database.Database[];
  private readonly matcher: Database.Database;

  constructor(dataDir: string) {
    this.owners = OWNED.map(({ file }) => new Database(join(dataDir, file), { readonly: true, fileMustExist: true }));
    this.matcher = new Database(join(dataDir, 'matcher.sqlite'), { readonly: true, fileMustExist: true });
  }

  /** Changes whenever any owner's entity is created, changed or deleted (count and version sum per store). */
  fingerprint(): string {
    return this.owners
      .map((db, i) => {
        const row = db.prepare(`SELECT COUNT(*) AS n, TOTAL(json_extract(doc, '$.version')) AS v FROM "${OWNED[i].table}"`).get() as { n: number; v: number };
        return `${row.n}/${row.v}`;
      })
      .join(' ');
  }

  /** `type:id@version` of every stored entity, sorted. */
  ownedEntities(): string[] {
    const rows: string[] = [];
    this.owners.forEach((db, i) => {
      const sql = `SELECT id, json_extract(doc, '$.version') AS version, json_extract(doc, '$.kind') AS kind FROM "${OWNED[i].table}"`;
      for (const r of db.prepare(sql).all() as Array<{ id: string; version: number; kind: string }>) {
        const type = OWNED[i].type ?? r.kind;
        rows.push(`${type}:${r.id}@${r.version}`);
      }
    });
    return rows.sort();
  }

  /** The same list as the matcher's read model has it (live rows only). */
  readModelEntities(): string[] {
    const enterprises = this.matcher
      .prepare(`SELECT id, json_extract(doc, '$.version') AS version FROM enterprise_read_model WHERE json_extract(doc, '$.deleted') = 0`)
      .all() as Array<{ id: string; version: number }>;
    const opportunities = this.matcher
      .prepare(`SELECT json_extract(doc, '$.entityId') AS id, json_extract(doc, '$.version') AS version, json_extract(doc, '$.type') AS type FROM opportunity_read_model WHERE json_extract(doc, '$.deleted') = 0`)
      .all() as Array<{ id: string; version: number; type: string }>;
    return [...enterprises.map((r) => `enterprise:${r.id}@${r.version}`), ...opportunities.map((r) => `${r.type}:${r.id}@${r.version}`)].sort();
  }

  close(): void {
    for (const db of [...this.owners, this.matcher]) db.close();
  }
}
