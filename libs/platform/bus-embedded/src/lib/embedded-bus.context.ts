import { BaseRpcContext } from '@nestjs/microservices';
import { registerMessageHeaderReader } from '@fhk/platform/bus';
import { BrokerRecord } from './embedded-broker';

type EmbeddedBusContextArgs = [record: BrokerRecord, group: string];

/** What an `@EventPattern` handler can ask about the message it got from the embedded bus. */
export class EmbeddedBusContext extends BaseRpcContext<EmbeddedBusContextArgs> {
  getRecord(): BrokerRecord {
    return this.args[0];
  }
  getTopic(): string {
    return this.args[0].topic;
  }
  getPartition(): number {
    return this.args[0].partition;
  }
  getOffset(): number {
    return this.args[0].offset;
  }
  getKey(): string {
    return this.args[0].key;
  }
  getHeaders(): Record<string, string> {
    return this.args[0].headers;
  }
  getGroup(): string {
    return this.args[1];
  }
}

registerMessageHeaderReader((context) => (context instanceof EmbeddedBusContext ? { ...context.getHeaders() } : undefined));
