import { hash, verify } from '@node-rs/argon2';
import { randomUUID } from 'node:crypto';
import { Role, ROLES } from '../roles';

export interface Account {
  /** The token subject (`sub`): stable, what ownership is recorded under. */
  id: string;
  username: string;
  roles: Role[];
}

/** The subject of the demo account of a role: `demo-<role>` (the seeded sample firm is owned by `demo-enterprise`). */
export const demoSubjectOf = (role: Role): string => `demo-${role}`;

// argon2id (the library's default algorithm; OWASP's minimum: 19 MiB, 2 passes, 1 lane).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * The local issuer's accounts: one demo account per role, username = role name, all with the
 * password from DEMO_PASSWORD. Only argon2id hashes are kept.
 */
export class AccountStore {
  private constructor(
    private readonly accounts: Map<string, Account & { passwordHash: string }>,
    /** A hash of a random password, verified against for unknown usernames so timing does not tell them apart. */
    private readonly dummyHash: string,
  ) {}

  static async demo(password: string): Promise<AccountStore> {
    const passwordHash = await hash(password, ARGON2_OPTIONS);
    const accounts = new Map(ROLES.map((role) => [role, { id: demoSubjectOf(role), username: role, roles: [role], passwordHash }]));
    return new AccountStore(accounts, await hash(randomUUID(), ARGON2_OPTIONS));
  }

  static async empty(): Promise<AccountStore> {
    return new AccountStore(new Map(), await hash(randomUUID(), ARGON2_OPTIONS));
  }

  /** The account for these credentials, or null; the same work is done for an unknown username. */
  async authenticate(username: unknown, password: unknown): Promise<Account | null> {
    if (typeof username !== 'string' || typeof password !== 'string' || password.length > 1024) return null;
    const account = this.accounts.get(username);
    const ok = await verify(account?.passwordHash ?? this.dummyHash, password).catch(() => false);
    return account && ok ? { id: account.id, username: account.username, roles: account.roles } : null;
  }

  byId(id: string): Account | null {
    const account = [...this.accounts.values()].find((a) => a.id === id);
    return account ? { id: account.id, username: account.username, roles: account.roles } : null;
  }
}

