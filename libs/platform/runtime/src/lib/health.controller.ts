import { Controller, Get, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@fhk/platform/auth';
import { ApiZodOkResponse, reply } from '@fhk/platform/http';
import { z } from 'zod';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { HealthRegistry } from '@fhk/platform/service-kit';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly registry: HealthRegistry,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiZodOkResponse(z.object({ status: z.literal('ok') }))
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: every service and adapter in this process (503 if any is down)' })
  async ready() {
    // Terminus throws a 503 when a check is down; answer it with the same body (every check's
    // detail), not as an error, so tools can see what is not ready and why.
    try {
      return await this.check();
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      return reply(error.getResponse(), { status: HttpStatus.SERVICE_UNAVAILABLE });
    }
  }

  private check() {
    return this.health.check(
      this.registry.entries().map(([name, check]) => async () => {
        const indicator = this.indicators.check(name);
        try {
          const { ok, ...details } = await check();
          return ok ? indicator.up(details) : indicator.down(details);
        } catch (error) {
          return indicator.down({ detail: (error as Error).message });
        }
      }),
    );
  }
}
