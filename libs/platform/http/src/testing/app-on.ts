import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createFastifyAdapter } from '../lib/fastify-http';

export const HTTP_ADAPTERS = ['express', 'fastify'] as const;

/** A test app on either adapter (ADR 0017): controllers and their answers must not change. */
export async function appOn(adapter: (typeof HTTP_ADAPTERS)[number], module: unknown, configure: (app: INestApplication) => void): Promise<INestApplication> {
  const options = { bodyParser: false, logger: false as const };
  const app = adapter === 'fastify' ? await NestFactory.create(module as never, createFastifyAdapter(1024 * 1024), options) : await NestFactory.create(module as never, options);
  configure(app);
  await app.init();
  if (adapter === 'fastify') await app.getHttpAdapter().getInstance().ready();
  return app;
}
