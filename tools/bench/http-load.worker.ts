/**
 * The load generator, in a second process (forked by http-load.process.ts): autocannon against
 * one endpoint with a rotating set of request bodies, result sent back over IPC.
 */
import autocannon from 'autocannon';
import type { HttpLoadRequest } from './http-load.process';

process.once('message', (request: HttpLoadRequest) => {
  let next = 0;
  const bodies = request.bodies ?? [];
  const instance = autocannon(
    {
      url: request.url,
      method: request.method,
      headers: request.headers,
      connections: request.connections,
      duration: request.durationSeconds,
      requests: [
        {
          method: request.method,
          setupRequest: (req) => (bodies.length ? { ...req, body: bodies[next++ % bodies.length] } : req),
        },
      ],
    },
    (error, result) => {
      if (error) {
        process.send?.({ error: error.message });
        return;
      }
      process.send?.({
        result: {
          requestsPerSecond: result.requests.average,
          requests: result.requests.total,
          latencyP50Ms: result.latency.p50,
          latencyP99Ms: result.latency.p99,
          latencyMaxMs: result.latency.max,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          durationSeconds: result.duration,
          connections: result.connections,
        },
      });
    },
  );
  process.once('disconnect', () => instance.stop());
});
