# Sourced by .ci/run: starts the real servers the port contract suites can run against on this
# machine, exports their addresses for every suite that follows, and stops them by their pids when
# the calling shell exits, pass or fail.
#  - Kafka (tools/kafka: Maven Central jars, KRaft, loopback, free ports)   -> KAFKA_BROKERS
#  - a MongoDB wire-protocol stand-in (tools/mongo-stand-in: FerretDB v1 built from the Go module
#    proxy, SQLite backend) -> MONGO_STAND_IN_URL. Not MongoDB: the store contract tests needing what
#    it lacks run only against a real replica set (MONGO_URL), with the reason printed.
# No registry ships a Meilisearch server: its contract suite runs only when MEILI_URL is set.
stop_test_servers() {
  node tools/mongo-stand-in/mongo-stand-in.js stop || true
  node tools/kafka/kafka-broker.js stop || true
}
trap stop_test_servers EXIT

if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "start-test-servers: installing Java 17 and Maven (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
fi
KAFKA_BROKERS="$(node tools/kafka/kafka-broker.js start)"
export KAFKA_BROKERS
echo "start-test-servers: KAFKA_BROKERS=${KAFKA_BROKERS}"

MONGO_STAND_IN_URL="$(node tools/mongo-stand-in/mongo-stand-in.js start)"
export MONGO_STAND_IN_URL
echo "start-test-servers: MONGO_STAND_IN_URL=${MONGO_STAND_IN_URL}"
