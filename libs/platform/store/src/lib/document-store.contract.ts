import type { DocumentStore, StoredDocument } from './document-store.port';
import { describeQueryContract } from './document-store-queries.contract';
import { describeWriteContract } from './document-store-writes.contract';

/**
 * What a backing server may lack. The real adapters have all of them; a wire-protocol stand-in
 * (FerretDB v1 in CI) lacks some, and the tests that need one then run only against a real server.
 */
export type StoreCapability =
  /** Several writes committed all-or-nothing (MongoDB: a replica set). */
  | 'multi-document-transactions'
  /** A conditional single-document write (`version` check) is atomic under concurrent writers. */
  | 'atomic-conditional-writes'
  /** `renameCollection` with `dropTarget: true` (the read-model swap). */
  | 'rename-with-drop-target';

export interface ContractOptions {
  /** Capabilities this server lacks, and why; their tests are skipped with the reason printed. */
  lacks?: StoreCapability[];
  why?: string;
}

/** What the contract's parts share: the suite's store and a way to get fresh collections. */
export interface ContractContext {
  /** The store opened for this suite (available inside tests and hooks). */
  readonly store: DocumentStore;
  /** Declares (via `init`) a new, empty collection with a unique name and returns the name. */
  collection(indexes?: string[]): Promise<string>;
  /** Opens another store over the same backing data; the suite closes it. Call `init` on it before use. */
  openAnother(): Promise<DocumentStore>;
  /** Writes documents one commit each (seeding that needs no multi-document transaction). */
  seed(collection: string, documents: StoredDocument[], op?: 'put' | 'insert'): Promise<void>;
  /** `it`, for a test that needs `capability`: skipped with a printed reason where the server lacks it. */
  needs(capability: StoreCapability): jest.It;
}

/**
 * The DocumentStore contract, written once and run against every adapter (and any future one).
 *
 * `makeStore` must open a new store over the same backing data on every call (the suite opens a
 * second connection to test concurrent commits). The suite closes the stores it opened; creating and
 * removing the backing data (a temp file, a database) is the caller's job. Each test works in its
 * own collection, so the backing data only needs to be fresh per run.
 */
export function describeDocumentStoreContract(label: string, makeStore: () => Promise<DocumentStore>, options: ContractOptions = {}): void {
  const lacks = new Set(options.lacks ?? []);
  if (lacks.size > 0) {
    console.log(`DocumentStore contract: ${label} lacks ${[...lacks].join(', ')} (${options.why ?? 'no reason given'}): the tests needing them run only against a real server`);
  }
  describe(`DocumentStore contract: ${label}`, () => {
    const opened: DocumentStore[] = [];
    const run = Math.random().toString(36).slice(2, 8);
    let main: DocumentStore | undefined;
    let counter = 0;

    const context: ContractContext = {
      get store(): DocumentStore {
        if (!main) throw new Error('the contract store is not open yet (use it inside tests and hooks)');
        return main;
      },
      async collection(indexes: string[] = []): Promise<string> {
        counter += 1;
        const name = `t_${run}_${counter}`;
        await context.store.init([{ name, indexes }]);
        return name;
      },
      async openAnother(): Promise<DocumentStore> {
        const store = await makeStore();
        opened.push(store);
        return store;
      },
      async seed(collection, documents, op = 'put') {
        for (const document of documents) await context.store.commit([{ op, collection, document }]);
      },
      needs: (capability) => (lacks.has(capability) ? it.skip : it),
    };

    beforeAll(async () => {
      main = await context.openAnother();
    });

    afterAll(async () => {
      await Promise.all(opened.map((store) => store.close()));
    });

    describeWriteContract(context);
    describeQueryContract(context);
  });
}
