import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogueItem, CatalogueItemKind, CatalogueItemSchema } from '@fhk/contracts';

/**
 * Version of the shipped catalogue seed. Every data file carries the same `dataVersion`;
 * bump both together whenever the content of any file changes (see data/README.md).
 */
export const CATALOGUE_SEED_VERSION = '2026-12-01.3';

/** Folder holding the seed JSON files (libs/measure-catalogue/feature/data). */
export const CATALOGUE_DATA_DIR = join(__dirname, '../../data');

/** The seed files and the single item kind each one holds, in load order. */
export const CATALOGUE_SEED_FILES: ReadonlyArray<{ file: string; kind: CatalogueItemKind }> = [
  { file: 'areas.json', kind: 'area' },
  { file: 'measures.json', kind: 'measure' },
  { file: 'programmes.json', kind: 'programme' },
  { file: 'service-categories.json', kind: 'service-category' },
  { file: 'service-providers.json', kind: 'service-provider' },
];

/** Thrown when a seed file or item is malformed; the message names file, index, id and field. */
export class CatalogueSeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CatalogueSeedError';
  }
}

function describeId(raw: unknown): string {
  if (raw !== null && typeof raw === 'object' && 'id' in raw) {
    const id = (raw as { id: unknown }).id;
    if (typeof id === 'string') return `"${id}"`;
  }
  return '(no id)';
}

function readSeedFile(dataDir: string, file: string, kind: CatalogueItemKind): unknown[] {
  const path = join(dataDir, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CatalogueSeedError(`${file}: cannot read or parse JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CatalogueSeedError(`${file}: expected an object with dataVersion, kind and items`);
  }
  const envelope = parsed as { dataVersion?: unknown; kind?: unknown; items?: unknown };
  if (envelope.dataVersion !== CATALOGUE_SEED_VERSION) {
    throw new CatalogueSeedError(
      `${file}: field dataVersion is ${JSON.stringify(envelope.dataVersion)}, expected "${CATALOGUE_SEED_VERSION}"`,
    );
  }
  if (envelope.kind !== kind) {
    throw new CatalogueSeedError(`${file}: field kind is ${JSON.stringify(envelope.kind)}, expected "${kind}"`);
  }
  if (!Array.isArray(envelope.items)) {
    throw new CatalogueSeedError(`${file}: field items must be an array`);
  }
  return envelope.items;
}

/**
 * Reads and validates the five catalogue seed files: areas, measures, programmes,
 * service categories and service providers. Throws a {@link CatalogueSeedError} naming the
 * file, item index, id and field of the first invalid item, or the first duplicated id.
 */
export function loadCatalogueSeed(dataDir: string = CATALOGUE_DATA_DIR): CatalogueItem[] {
  const items: CatalogueItem[] = [];
  const seen = new Map<string, string>();
  for (const { file, kind } of CATALOGUE_SEED_FILES) {
    readSeedFile(dataDir, file, kind).forEach((raw, index) => {
      const where = `${file}: items[${index}] (id ${describeId(raw)})`;
      const result = CatalogueItemSchema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(item)';
        throw new CatalogueSeedError(`${where}: field ${field}: ${issue ? issue.message : 'invalid'}`);
      }
      const item = result.data;
      if (item.kind !== kind) {
        throw new CatalogueSeedError(`${where}: field kind is "${item.kind}", expected "${kind}"`);
      }
      const previous = seen.get(item.id);
      if (previous !== undefined) {
        throw new CatalogueSeedError(`${where}: field id duplicates ${previous}`);
      }
      seen.set(item.id, `${file}: items[${index}]`);
      items.push(item);
    });
  }
  return items;
}
