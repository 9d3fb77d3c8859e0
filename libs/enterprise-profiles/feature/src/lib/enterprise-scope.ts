import { ForbiddenException } from '@nestjs/common';
import { Enterprise } from '@fhk/contracts';
import { hasRole, Principal } from '@fhk/platform/auth';

/**
 * Which firms a caller may see: every repository read takes one, so a query that forgets the
 * owner or the consent cannot be written (docs/adr/0009).
 */
export type EnterpriseScope =
  /** An enterprise account: the firms it owns. */
  | { kind: 'owner'; ownerId: string }
  /** Agency staff: firms whose outreach consent is current. */
  | { kind: 'consenting' }
  /** profiles-admin (writes) and platform-admin (read-only): every firm. */
  | { kind: 'all' };

export function readScopeOf(principal: Principal): EnterpriseScope {
  if (hasRole(principal, 'profiles-admin', 'platform-admin')) return { kind: 'all' };
  if (hasRole(principal, 'agency-staff')) return { kind: 'consenting' };
  if (hasRole(principal, 'enterprise')) return { kind: 'owner', ownerId: principal.subject };
  throw new ForbiddenException({ message: 'Your role may not read enterprise profiles', issues: [{ field: '(token)', reason: 'no role that reads enterprises' }] });
}

/** Changes: the owner, or profiles-admin. */
export function writeScopeOf(principal: Principal): EnterpriseScope {
  if (hasRole(principal, 'profiles-admin')) return { kind: 'all' };
  if (hasRole(principal, 'enterprise')) return { kind: 'owner', ownerId: principal.subject };
  throw new ForbiddenException({ message: 'Your role may not change enterprise profiles', issues: [{ field: '(token)', reason: 'needs enterprise (own firm) or profiles-admin' }] });
}

export function inScope(scope: EnterpriseScope, enterprise: Enterprise): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'owner') return enterprise.ownerId === scope.ownerId;
  return enterprise.outreachConsent;
}

/**
 * Contact details go to the owner, profiles-admin, and agency staff while consent is current;
 * everyone else (platform-admin's read-only view) gets the profile without them.
 */
export function visibleTo(principal: Principal, enterprise: Enterprise): Enterprise {
  const sees =
    hasRole(principal, 'profiles-admin') ||
    (hasRole(principal, 'enterprise') && enterprise.ownerId === principal.subject) ||
    (hasRole(principal, 'agency-staff') && enterprise.outreachConsent);
  return sees ? enterprise : { ...enterprise, contact: null };
}
