import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * The local issuer's sessions, interactions, codes and grants, kept in memory for their short
 * lifetimes (an embedded-mode restart signs users out; access tokens are JWTs and stay valid).
 * One store per issuer, expired entries dropped as they are met and on every write.
 */
export function issuerMemoryAdapter(): new (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const now = () => Date.now();
  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) entries.delete(key);
    return entry && entry.expiresAt > now() ? entry : undefined;
  };
  const prune = () => {
    for (const [key, entry] of entries) if (entry.expiresAt <= now()) entries.delete(key);
  };

  return class IssuerMemoryAdapter implements Adapter {
    constructor(private readonly model: string) {}

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      prune();
      entries.set(this.key(id), { payload, expiresAt: now() + expiresIn * 1000 });
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return live(this.key(id))?.payload;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return this.findBy((payload) => payload.userCode === userCode);
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.findBy((payload) => payload.uid === uid);
    }

    private findBy(test: (payload: AdapterPayload) => boolean): AdapterPayload | undefined {
      for (const [key, entry] of entries) if (key.startsWith(`${this.model}:`) && test(entry.payload) && live(key)) return entry.payload;
      return undefined;
    }

    async consume(id: string): Promise<void> {
      const entry = live(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key);
    }
  };
}
