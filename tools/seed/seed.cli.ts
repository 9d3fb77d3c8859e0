/**
 * `npm run seed`: loads the shipped catalogue and calendar data into the configured stores
 * (SQLite in DATA_DIR, or MongoDB when STORE_ADAPTER=mongo), publishes their events through the
 * outbox, and waits until every event is on the bus. Idempotent: running it again changes nothing,
 * and it never overwrites an admin's later edit (it lists them instead).
 */
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { CalendarSeeder, EventCalendarModule } from '@fhk/event-calendar/feature';
import { CatalogueSeeder, MeasureCatalogueModule } from '@fhk/measure-catalogue/feature';
import { loadConfig } from '@fhk/platform/config';
import { SeedReport } from '@fhk/platform/outbox';
import { composeRootModule, PlatformRuntime } from '@fhk/platform/runtime';
import { waitFor } from '@fhk/shared/util';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, SEED_ON_START: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const runtime = new PlatformRuntime(config);
  await runtime.ensureTopics();
  const app = await NestFactory.createApplicationContext(
    composeRootModule(runtime, 'seed', [MeasureCatalogueModule, EventCalendarModule]),
    { logger: ['error', 'warn'] },
  );
  await app.init();
  const bar = new SingleBar({ format: ' {task} |{bar}| {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.shades_classic);
  const run = async (task: string, seed: (p: (done: number, total: number) => void) => Promise<SeedReport>) => {
    let started = false;
    const report = await seed((done, total) => {
      if (!started) bar.start(total, 0, { task: task.padEnd(18) });
      started = true;
      bar.update(done, { task: task.padEnd(18) });
    });
    bar.stop();
    console.log(
      `   ${report.created.length} created, ${report.updated.length} updated, ${report.unchanged.length} unchanged` +
        (report.keptAdminEdits.length ? `; kept admin edits (seed differs): ${report.keptAdminEdits.join(', ')}` : ''),
    );
  };
  await run('measure-catalogue', (p) => app.get(CatalogueSeeder).seed(p));
  await run('event-calendar', (p) => app.get(CalendarSeeder).seed(p));

  const seeders = [app.get(CatalogueSeeder), app.get(CalendarSeeder)];
  process.stdout.write(' publishing outbox events… ');
  await waitFor(async () => (await Promise.all(seeders.map((s) => s.pendingEvents()))).every((n) => n === 0), 'the outboxes to drain', 120_000);
  console.log('done');
  await app.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
