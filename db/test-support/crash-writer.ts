// Child process for the crash test: writes whole reviews (one transaction each) as fast as it can,
// printing a line after each commit, until it is killed.
import { addQuarters } from '../../contract/quarters';
import { openStore } from '../store';

const file = process.argv[2]!;
const store = openStore({ file, appVersion: 'crash-test' });
let count = 0;
for (;;) {
  const home = store.handlers['homes.create']({
    name: `Home ${count}`,
    urn: null,
    registeredManager: null,
    places: 2,
  });
  for (let q = 0; q < 4; q++) {
    store.handlers['reviews.start']({ homeId: home.id, quarter: addQuarters('2026-Q3', -q) });
    process.stdout.write(`committed ${++count}\n`);
  }
}
