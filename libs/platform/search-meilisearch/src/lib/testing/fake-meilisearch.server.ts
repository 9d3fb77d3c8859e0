/**
 * A loopback HTTP stand-in for the parts of the Meilisearch API the adapter calls: indexes,
 * settings, document tasks, swaps and task polling. It models the protocol (asynchronous tasks
 * that may fail, index existence, swaps), NOT search relevance: `/search` records the request and
 * answers with `searchResponse`. The real-server contract run covers the semantics.
 */
import { AddressInfo } from 'node:net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';

type Json = Record<string, unknown>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

interface FakeIndex {
  settings: Json;
  documents: Map<string, Json>;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'succeeded' | 'failed';
  error: { code: string; message: string; type: string; link: string } | null;
}

export class FakeMeilisearch {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<string, FakeIndex>();
  /** Task type -> error code: the next task of that type fails with it (once). */
  readonly failNext = new Map<string, string>();
  searchResponse: Json = {};
  private readonly tasks: FakeTask[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections(); // fetch keeps connections alive
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** "METHOD path" of every recorded request, polling excluded. */
  calls(): string[] {
    return this.requests.filter((r) => !r.path.startsWith('/tasks/')).map((r) => `${r.method} ${r.path}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(request);
    const [status, payload] = this.route(request);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(payload));
  }

  private route({ method, path, body }: RecordedRequest): [number, unknown] {
    const parts = path.split('/').filter(Boolean);
    const [head, uid, sub, extra] = parts;
    const index = uid ? this.indexes.get(uid) : undefined;
    const notFound: [number, unknown] = [404, { code: 'index_not_found', message: `Index \`${uid}\` not found.`, type: 'invalid_request', link: '' }];
    if (head === 'health') return [200, { status: 'available' }];
    if (head === 'version') return [200, { pkgVersion: '1.20.0', commitSha: 'fake', commitDate: 'fake' }];
    if (head === 'tasks') return this.task(Number(uid));
    if (head === 'swap-indexes' && method === 'POST') {
      const [{ indexes: [a, b] }] = body as Array<{ indexes: [string, string] }>;
      return this.enqueue(null, 'indexSwap', () => {
        const left = this.indexes.get(a);
        const right = this.indexes.get(b);
        if (!left || !right) return 'index_not_found';
        this.indexes.set(a, right);
        this.indexes.set(b, left);
        return undefined;
      });
    }
    if (head !== 'indexes') return [404, { code: 'not_found', message: path, type: 'invalid_request', link: '' }];
    if (!uid && method === 'POST') {
      const { uid: created } = body as { uid: string };
      return this.enqueue(created, 'indexCreation', () => {
        if (this.indexes.has(created)) return 'index_already_exists';
        this.indexes.set(created, { settings: {}, documents: new Map() });
        return undefined;
      });
    }
    if (!uid) return [200, { results: [...this.indexes.keys()].map((name) => ({ uid: name })), offset: 0, limit: 1000, total: this.indexes.size }];
    if (!sub && method === 'GET') return index ? [200, { uid, primaryKey: 'id' }] : notFound;
    if (!sub && method === 'DELETE') return this.enqueue(uid, 'indexDeletion', () => (this.indexes.delete(uid) ? undefined : 'index_not_found'));
    if (sub === 'settings' && method === 'GET') return index ? [200, index.settings] : notFound;
    if (sub === 'settings' && method === 'PATCH') {
      return this.enqueue(uid, 'settingsUpdate', () => {
        const target = this.indexes.get(uid);
        if (!target) return 'index_not_found';
        target.settings = { ...target.settings, ...(body as Json) };
        return undefined;
      });
    }
    if (sub === 'stats') return index ? [200, { numberOfDocuments: index.documents.size, isIndexing: false }] : notFound;
    if (sub === 'search') return index ? [200, this.searchResponse] : notFound;
    if (sub === 'documents' && extra === 'delete-batch') {
      return this.enqueue(uid, 'documentDeletion', () => {
        for (const id of body as string[]) this.indexes.get(uid)?.documents.delete(id);
        return undefined;
      });
    }
    if (sub === 'documents' && method === 'POST') {
      return this.enqueue(uid, 'documentAdditionOrUpdate', () => {
        // Like Meilisearch, adding documents to a missing index creates it (without settings).
        const target = this.indexes.get(uid) ?? { settings: {}, documents: new Map<string, Json>() };
        this.indexes.set(uid, target);
        for (const document of body as Json[]) target.documents.set(String(document.id), document);
        return undefined;
      });
    }
    return [404, { code: 'not_found', message: `${method} ${path}`, type: 'invalid_request', link: '' }];
  }

  /** Applies the change at once, unless told to fail; polling then reports the outcome. */
  private enqueue(indexUid: string | null, type: string, apply: () => string | undefined): [number, unknown] {
    const forced = this.failNext.get(type);
    if (forced) this.failNext.delete(type);
    const code = forced ?? apply();
    const task: FakeTask = {
      uid: this.tasks.length,
      indexUid,
      type,
      status: code ? 'failed' : 'succeeded',
      error: code ? { code, message: `fake ${code}`, type: 'invalid_request', link: '' } : null,
    };
    this.tasks.push(task);
    return [202, { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() }];
  }

  private task(uid: number): [number, unknown] {
    const task = this.tasks[uid];
    if (!task) return [404, { code: 'task_not_found', message: `task ${uid}`, type: 'invalid_request', link: '' }];
    return [200, { ...task, batchUid: uid, canceledBy: null, duration: 'PT0S', enqueuedAt: '', startedAt: '', finishedAt: '' }];
  }
}
