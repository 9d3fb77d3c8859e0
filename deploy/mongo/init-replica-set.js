// Run by the mongo-init one-shot service (mongosh). Idempotent: initiates replica set rs0 the first
// time, does nothing to an initiated set, then waits until this member is a writable PRIMARY.
// The member is named mongo:27017 because that is how the services (and the driver's replica-set
// discovery) reach it on the compose network.
const config = { _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] };

try {
  const status = rs.status();
  print(`replica set ${status.set} already initiated`);
} catch (error) {
  if (error.codeName !== 'NotYetInitialized') throw error;
  rs.initiate(config);
  print('replica set rs0 initiated');
}

const deadline = Date.now() + 60 * 1000;
while (!db.hello().isWritablePrimary) {
  if (Date.now() > deadline) {
    print('timed out after 60s waiting for rs0 to elect a PRIMARY');
    quit(1);
  }
  sleep(500);
}
print('rs0 has a writable PRIMARY');
