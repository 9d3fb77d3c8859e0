import { AUDIT_TRAIL, AuditTrail } from '@fhk/platform/audit';
import { Roles } from '@fhk/platform/auth';
import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { BUS_TRANSPORT, BusTransport } from '@fhk/platform/bus';
import { ApiZodOkResponse, ApiZodQuery, ApiZodResponse, ZodValidationPipe } from '@fhk/platform/http';
import { DeadLetterReplaySchema, ReliableConsumer } from '@fhk/platform/outbox';
import { MATCHER_CONSUMER_GROUP } from '../read-model/matcher-events.consumer';
import { ReadModelRebuildService } from '../read-model/read-model-rebuild.service';
import { SearchIndexSync } from '../search/search-index.sync';
import { DeadLetterListSchema, IndexRebuildSchema, IndexStatusSchema, ReadModelRebuildStartedSchema, ReadModelStatusSchema, ReplayAllSchema } from './matcher-admin-responses.schema';

const DeadLetterQuerySchema = z.object({ status: z.enum(['dead', 'replayed']).default('dead') }).strict();

/** Admin console endpoints of the matcher: index health, rebuild, dead letters. */
@ApiTags('matcher admin')
@Roles('platform-admin')
@Controller('matcher')
export class MatcherAdminController {
  constructor(
    private readonly index: SearchIndexSync,
    private readonly consumer: ReliableConsumer,
    @Inject(BUS_TRANSPORT) private readonly bus: BusTransport,
    private readonly readModel: ReadModelRebuildService,
    @Inject(AUDIT_TRAIL) private readonly audit: AuditTrail,
  ) {}

  @Get('index')
  @ApiOperation({ summary: 'Index health: documents, read-model counts, consumer lag, dead letters' })
  @ApiZodOkResponse(IndexStatusSchema)
  async status() {
    return {
      ...(await this.index.status()),
      consumerLag: await this.bus.lag(MATCHER_CONSUMER_GROUP, this.consumer.topics),
      deadLetters: (await this.consumer.listDeadLetters('dead', 1000)).length,
    };
  }

  @Post('index/rebuild')
  @ApiOperation({ summary: 'Rebuild the search index from the read model, then swap it in (no downtime)' })
  @ApiZodResponse(201, IndexRebuildSchema, 'Rebuilt: how many documents, how long it took')
  async rebuild() {
    await this.audit.record('admin', [{ type: 'search-index', id: 'rebuild' }]);
    return this.index.rebuild();
  }

  @Get('read-model')
  @ApiOperation({ summary: 'Read-model rebuild: the running one with its progress (phase, log offsets, index), and the last result' })
  @ApiZodOkResponse(ReadModelStatusSchema)
  readModelStatus() {
    return this.readModel.status();
  }

  @Post('read-model/rebuild')
  @HttpCode(202)
  @ApiZodResponse(202, ReadModelRebuildStartedSchema, 'Started: the run, and where to follow it')
  @ApiOperation({
    summary: 'Rebuild the read model from scratch by replaying the retained owner events, swap it in, then rebuild the index (no downtime); 409 while one runs',
  })
  async rebuildReadModel() {
    await this.audit.record('admin', [{ type: 'read-model', id: 'rebuild' }]);
    const run = await this.readModel.start();
    return { ...run, status: '/api/matcher/read-model' };
  }

  @Get('dead-letters')
  @ApiZodQuery(DeadLetterQuerySchema)
  @ApiZodOkResponse(DeadLetterListSchema)
  @ApiOperation({ summary: 'Events the matcher could not apply after its retries (dead), or those replayed since' })
  async deadLetters(@Query(new ZodValidationPipe(DeadLetterQuerySchema, 'query')) query: z.infer<typeof DeadLetterQuerySchema>) {
    return { items: await this.consumer.listDeadLetters(query.status) };
  }

  @Post('dead-letters/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replay every dead letter (after a fix)' })
  @ApiZodOkResponse(ReplayAllSchema)
  async replayAll() {
    const letters = await this.consumer.listDeadLetters('dead', 10_000);
    await this.audit.record('admin', letters.map((letter) => ({ type: 'dead-letter-replay', id: letter.id })));
    const results = [];
    for (const letter of letters) results.push(await this.consumer.replay(letter.id));
    return { results };
  }

  @Post('dead-letters/:id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Replay one dead letter (after a fix): applied, a duplicate, or dead again' })
  @ApiZodOkResponse(DeadLetterReplaySchema)
  async replay(@Param('id') id: string) {
    await this.audit.record('admin', [{ type: 'dead-letter-replay', id: id.slice(0, 200) }]);
    const result = await this.consumer.replay(id);
    if (!result) throw new NotFoundException({ message: `No dead letter ${id} waiting for replay`, issues: [{ field: 'id', reason: 'not found' }] });
    return result;
  }
}
