#!/usr/bin/env node
// A real Apache Kafka broker on loopback, from Maven Central jars (ADR 0014):
//   node tools/kafka/kafka-broker.js start   (npm run kafka:start)   prints the bootstrap address
//   node tools/kafka/kafka-broker.js stop    (npm run kafka:stop)    stops it by its pid
//   node tools/kafka/kafka-broker.js status
// One combined broker + controller (KRaft), free ports, a fresh log directory under tmp/kafka/ each
// start, a small heap. KAFKA_VERSION picks the version (default: the one deploy/ runs).
const { spawn, spawnSync } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { freePort, isRunning, readPid, terminate } = require('../scripts/local-server');

const root = join(__dirname, '..', '..');
const state = join(root, 'tmp', 'kafka');
const files = {
  pid: join(state, 'broker.pid'),
  bootstrap: join(state, 'bootstrap'),
  log: join(state, 'broker.log'),
  properties: join(state, 'server.properties'),
  data: join(state, 'data'),
};
const VERSION = process.env.KAFKA_VERSION || '3.9.1';
const HEAP = process.env.KAFKA_HEAP || '-Xms128m -Xmx512m';
const START_TIMEOUT_MS = Number(process.env.KAFKA_START_TIMEOUT_MS || 90_000);
const major = Number(VERSION.split('.')[0]);

function say(message) {
  process.stderr.write(`kafka: ${message}\n`);
}

function fail(message) {
  say(message);
  process.exit(1);
}

/** The runtime jars of kafka_2.13:<VERSION> plus a logging backend; resolved once per version. */
function resolveJars() {
  const lib = join(state, `lib-${VERSION}`);
  const done = join(lib, '.resolved');
  if (existsSync(done)) return lib;
  rmSync(lib, { recursive: true, force: true });
  say(`resolving org.apache.kafka:kafka_2.13:${VERSION} from Maven Central (once per version) …`);
  const mvn = spawnSync(
    'mvn',
    ['-B', '-q', '-Dstyle.color=never', '-f', join(__dirname, 'pom.xml'), `-Pkafka-${major >= 4 ? 4 : 3}`, `-Dkafka.version=${VERSION}`,
      'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${lib}`],
    // Maven's output goes to stderr: stdout carries only the bootstrap address (`$(npm run -s kafka:start)`).
    { stdio: ['ignore', 2, 2] },
  );
  if (mvn.error) fail(`cannot run mvn (${mvn.error.message}): Java 17 and Maven are needed`);
  if (mvn.status !== 0) fail(`mvn dependency:copy-dependencies failed for kafka ${VERSION}`);
  const jars = readdirSync(lib).filter((f) => f.endsWith('.jar'));
  if (!jars.some((f) => f.startsWith(`kafka_2.13-${VERSION}`))) fail(`kafka_2.13-${VERSION}.jar missing from ${lib}`);
  writeFileSync(done, `${jars.length} jars\n`);
  return lib;
}

/** A Kafka cluster id: 16 random bytes, base64url without padding, not starting with '-'. */
function clusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function java(lib, args, options = {}) {
  const logging =
    major >= 4
      ? `-Dlog4j2.configurationFile=${join(__dirname, 'log4j2.properties')}`
      : `-Dlog4j.configuration=file:${join(__dirname, 'log4j.properties')}`;
  return ['java', [...HEAP.split(/\s+/).filter(Boolean), '-XX:+UseSerialGC', '-Djava.awt.headless=true', logging, '-cp', join(lib, '*'), ...args], options];
}

/** True when `pid` is alive and is our broker (not a recycled pid of something else). */
const isOurBroker = (pid) => isRunning(pid, ['kafka.Kafka', files.properties]);

async function metadataAnswers(bootstrap) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({ clientId: 'kafka-broker-check', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    return cluster.brokers.length > 0 && cluster.controller !== null;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function logTail() {
  return existsSync(files.log) ? readFileSync(files.log, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
}

async function start() {
  const running = readPid(files.pid);
  if (running && isOurBroker(running) && existsSync(files.bootstrap)) {
    const bootstrap = readFileSync(files.bootstrap, 'utf8').trim();
    if (await metadataAnswers(bootstrap)) {
      say(`already running (pid ${running})`);
      process.stdout.write(`${bootstrap}\n`);
      return;
    }
  }
  mkdirSync(state, { recursive: true });
  const lib = resolveJars();
  const [port, controllerPort] = [await freePort(), await freePort()];
  const bootstrap = `127.0.0.1:${port}`;
  rmSync(files.data, { recursive: true, force: true });
  rmSync(files.bootstrap, { force: true });
  writeFileSync(
    files.properties,
    [
      '# Written by tools/kafka/kafka-broker.js: one combined broker + controller on loopback.',
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://${bootstrap},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://${bootstrap}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      `log.dirs=${files.data}`,
      'num.partitions=4',
      'default.replication.factor=1',
      'min.insync.replicas=1',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=4',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      '# As in deploy/: every service creates its topics; a typo must fail, not create a topic.',
      'auto.create.topics.enable=false',
      'num.network.threads=2',
      'num.io.threads=2',
      'log.cleaner.threads=1',
      '',
    ].join('\n'),
  );
  const format = spawnSync(...java(lib, ['kafka.tools.StorageTool', 'format', '-t', clusterId(), '-c', files.properties, '--ignore-formatted'], { encoding: 'utf8' }));
  if (format.status !== 0) fail(`formatting ${files.data} failed:\n${format.stdout}${format.stderr}`);

  const out = openSync(files.log, 'w');
  const child = spawn(...java(lib, ['kafka.Kafka', files.properties], { detached: true, stdio: ['ignore', out, out] }));
  closeSync(out);
  child.unref();
  writeFileSync(files.pid, `${child.pid}\n`);
  say(`kafka ${VERSION} starting (pid ${child.pid}) on ${bootstrap}, log ${files.log}`);

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (!isOurBroker(child.pid)) fail(`the broker exited during start:\n${logTail()}`);
    if (await metadataAnswers(bootstrap)) break;
    if (Date.now() > deadline) {
      await stop();
      fail(`no metadata answer from ${bootstrap} within ${START_TIMEOUT_MS} ms:\n${logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  writeFileSync(files.bootstrap, `${bootstrap}\n`);
  say(`ready: ${bootstrap} (written to ${files.bootstrap})`);
  process.stdout.write(`${bootstrap}\n`);
}

async function stop() {
  const pid = readPid(files.pid);
  if (!pid || !isOurBroker(pid)) {
    say('not running');
  } else {
    if ((await terminate(pid, ['kafka.Kafka', files.properties], 30_000)) === 'killed') say(`pid ${pid} still running after 30 s: SIGKILL`);
    say(`stopped (pid ${pid})`);
  }
  rmSync(files.pid, { force: true });
  rmSync(files.bootstrap, { force: true });
}

async function status() {
  const pid = readPid(files.pid);
  const bootstrap = existsSync(files.bootstrap) ? readFileSync(files.bootstrap, 'utf8').trim() : null;
  if (pid && isOurBroker(pid) && bootstrap && (await metadataAnswers(bootstrap))) {
    process.stdout.write(`${bootstrap}\n`);
    return;
  }
  say('not running');
  process.exitCode = 1;
}

const commands = { start, stop, status };
const command = commands[process.argv[2]];
if (!command) fail(`usage: kafka-broker.js start|stop|status`);
command().catch((error) => fail(error.stack || String(error)));
