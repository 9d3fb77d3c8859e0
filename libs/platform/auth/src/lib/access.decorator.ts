import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Principal, Role } from './roles';

/**
 * Who may call a route. Every route needs one (deny by default: the guard refuses a route without
 * a rule). `anonymous` routes still read a token when one is sent, so answers can depend on the role.
 */
export type AccessRule = { anonymous: true } | { roles: readonly Role[] };

export const ACCESS_RULE = 'fhk:access-rule';

/** Anyone, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_RULE, { anonymous: true } satisfies AccessRule);

const ERROR_BODY = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string' },
    issues: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, reason: { type: 'string' } } } },
  },
};

/** A signed-in caller with one of these roles; finer checks (ownership, consent) are the service's. Documented in OpenAPI. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { roles } satisfies AccessRule),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'No valid bearer token (missing, malformed, expired, wrong signature or audience); see WWW-Authenticate', schema: ERROR_BODY }),
    ApiForbiddenResponse({ description: `Needs one of the roles: ${roles.join(', ')} (and, for a firm, to be in your scope)`, schema: ERROR_BODY }),
  );

export interface AuthenticatedRequest {
  method?: string;
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal | null;
}

/** The verified caller of this request, or null when anonymous. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | null => context.switchToHttp().getRequest<AuthenticatedRequest>().principal ?? null,
);
