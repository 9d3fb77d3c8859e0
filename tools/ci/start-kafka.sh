# Sourced by .ci/run: starts the local Kafka broker (tools/kafka: Maven Central jars, KRaft, loopback,
# free ports), exports KAFKA_BROKERS for every suite that follows, and stops the broker by its pid
# when the calling shell exits, whatever the outcome.
if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
  echo "start-kafka: installing Java 17 and Maven (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless maven >/dev/null
fi
trap 'node tools/kafka/kafka-broker.js stop' EXIT
KAFKA_BROKERS="$(node tools/kafka/kafka-broker.js start)"
export KAFKA_BROKERS
echo "start-kafka: KAFKA_BROKERS=${KAFKA_BROKERS}"
