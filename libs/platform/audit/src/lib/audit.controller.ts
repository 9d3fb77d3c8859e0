import { Controller, ForbiddenException, Get, Inject, Optional, Query, Type } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { EntityIdSchema } from '@fhk/contracts';
import { CurrentPrincipal, hasRole, Principal, Roles } from '@fhk/platform/auth';
import { apiComponent, ApiZodOkResponse, ApiZodQuery, pageSchemaOf, ZodValidationPipe } from '@fhk/platform/http';
import { AUDIT_ACTIONS, AuditEntry, AuditEntrySchema } from './audit-entry';
import { AuditTrail } from './audit-trail';

apiComponent('AuditEntry', AuditEntrySchema);

export const AUDIT_TRAIL = Symbol('AUDIT_TRAIL');

/** Whether a caller owns a firm, as the service that holds firms knows it (enterprise-profiles, the matcher). */
export interface EnterpriseOwnership {
  owns(principal: Principal, enterpriseId: string): Promise<boolean>;
}
export const ENTERPRISE_OWNERSHIP = Symbol('ENTERPRISE_OWNERSHIP');

export const AuditQuerySchema = z
  .object({
    enterpriseId: EntityIdSchema.optional(),
    actor: z.string().min(1).max(200).optional().describe('the subject (`sub`) of whoever acted'),
    action: z.enum(AUDIT_ACTIONS).optional(),
    since: z.iso.datetime().optional().describe('entries at or after this instant'),
    until: z.iso.datetime().optional().describe('entries before this instant'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type AuditQueryParams = z.infer<typeof AuditQuerySchema>;

/** An entry as the firm's owner sees it: its own acts in full, others' by role only, no client address. */
export function redactedForOwner(entry: AuditEntry, owner: Principal): AuditEntry {
  const own = entry.actor?.subject === owner.subject;
  return { ...entry, from: null, actor: entry.actor && !own ? { subject: '', username: '', roles: entry.actor.roles } : entry.actor };
}

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase());

/**
 * `GET /api/audit/<service>`: the service's audit log. platform-admin reads and filters all of it;
 * an enterprise account reads the entries about a firm it owns (in the services that hold firms).
 */
export function auditControllerFor(service: string): Type<unknown> {
  @ApiTags('audit')
  @Controller(`audit/${service}`)
  class AuditController {
    constructor(
      @Inject(AUDIT_TRAIL) private readonly trail: AuditTrail,
      @Optional() @Inject(ENTERPRISE_OWNERSHIP) private readonly ownership: EnterpriseOwnership | null,
    ) {}

    @Get()
    @Roles('platform-admin', 'enterprise')
    @ApiZodQuery(AuditQuerySchema)
    @ApiZodOkResponse(pageSchemaOf(AuditEntrySchema).extend({ service: z.literal(service) }))
    @ApiOperation({ summary: `The audit log of ${service}, newest first: who did or read what, about which firm, when, from where (platform-admin; an enterprise account: entries about its own firm, with enterpriseId)` })
    async list(@Query(new ZodValidationPipe(AuditQuerySchema, 'query')) query: AuditQueryParams, @CurrentPrincipal() principal: Principal) {
      if (!hasRole(principal, 'platform-admin')) {
        const owned = !!query.enterpriseId && !!this.ownership && (await this.ownership.owns(principal, query.enterpriseId));
        if (!owned) throw new ForbiddenException({ message: 'Only entries about a firm of yours', issues: [{ field: 'enterpriseId', reason: 'give the id of a firm you own' }] });
      }
      const { total, items } = await this.trail.find(query);
      // A firm sees which role did what and when; the address and the identity of staff stay with platform-admin.
      const visible = hasRole(principal, 'platform-admin') ? items : items.map((e) => redactedForOwner(e, principal));
      return { service, total, limit: query.limit, offset: query.offset, items: visible };
    }
  }
  Object.defineProperty(AuditController, 'name', { value: `${pascal(service)}AuditController` });
  return AuditController;
}
