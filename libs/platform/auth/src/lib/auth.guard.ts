import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { requireIfMatch } from '@fhk/platform/http';
import { ACCESS_RULE, AccessRule, AuthenticatedRequest } from './access.decorator';
import { TokenRejectedError, TokenVerifier } from './token-verifier';

const CONDITIONAL_METHODS = new Set(['PUT', 'PATCH', 'DELETE']);

/** Express's response and Fastify's reply both have `header(name, value)`. */
interface ChallengeResponse {
  header(name: string, value: string): unknown;
}

const REALM = 'fhk';

/**
 * Runs before every HTTP handler of every service (registered globally by AuthModule):
 * a route without an access rule is refused; a missing, malformed, expired, wrongly signed or
 * wrong-audience token is 401 with `WWW-Authenticate`; a valid token without the role is 403.
 * Neither looks at the target, so neither says whether it exists.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger('AuthGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Event handlers (the bus) are not HTTP routes: the bus is inside the trust boundary.
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<ChallengeResponse>();
    if (!rule) {
      this.logger.error(`route ${context.getClass().name}.${context.getHandler().name} has no access rule: refused`);
      throw new ForbiddenException({ message: 'This route has no access rule, so nobody may call it', issues: [{ field: '(route)', reason: 'no access rule (deny by default)' }] });
    }
    request.principal = null;
    // A write without If-Match is refused before anything reads the body (428), once the caller is known to be allowed.
    const needsIfMatch = CONDITIONAL_METHODS.has(String(request.method).toUpperCase());
    const ifMatch = request.headers['if-match'];
    const checkIfMatch = (): true => {
      if (needsIfMatch) requireIfMatch(Array.isArray(ifMatch) ? ifMatch[0] : ifMatch);
      return true;
    };
    const header = request.headers.authorization;
    if (header === undefined) {
      if ('anonymous' in rule) return checkIfMatch();
      throw this.unauthorized(response, 'this request needs a bearer token', undefined);
    }
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(header.trim()) : null;
    if (!match) throw this.unauthorized(response, 'the Authorization header must be "Bearer <token>"', 'invalid_request');
    try {
      request.principal = await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof TokenRejectedError) throw this.unauthorized(response, error.reason, 'invalid_token');
      this.logger.error(`token keys unavailable: ${(error as Error).message}`);
      throw new ServiceUnavailableException({ message: 'The identity provider cannot be reached; try again shortly', issues: [{ field: '(token)', reason: 'issuer keys unavailable' }] });
    }
    if ('anonymous' in rule) return checkIfMatch();
    if (!request.principal.roles.some((role) => rule.roles.includes(role))) {
      throw new ForbiddenException({ message: 'Your role may not do this', issues: [{ field: '(token)', reason: `needs one of the roles: ${rule.roles.join(', ')}` }] });
    }
    return checkIfMatch();
  }

  private unauthorized(response: ChallengeResponse, reason: string, error: 'invalid_request' | 'invalid_token' | undefined): UnauthorizedException {
    const challenge = [`Bearer realm="${REALM}"`, ...(error ? [`error="${error}"`, `error_description="${reason}"`] : [])].join(', ');
    response.header('WWW-Authenticate', challenge);
    return new UnauthorizedException({ message: `Not signed in: ${reason}`, issues: [{ field: 'Authorization', reason }] });
  }
}
