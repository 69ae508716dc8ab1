// `npm run docs:events`: writes the AsyncAPI 3 document and the event table from libs/contracts and
// the services' @HandleEvent handlers. `-- --check` (run in CI) also fails when Subscriptions and
// the handlers disagree or when the AsyncAPI parser finds errors.
const path = require('node:path');
const { ROOT, writeOrCheck } = require('./generated-files');

require('../libs/testing/register-ts');
const events = require('../libs/messaging/src/catalogue/event-docs.ts');

async function main() {
  const consumers = events.consumersFromSources(events.serviceSourceDirs(ROOT));
  const generated = events.renderEventDocs(consumers);
  if (process.argv.includes('--check')) {
    const problems = [
      ...events.subscriptionMismatches(consumers),
      ...(await events.asyncApiErrors(generated[events.EVENT_DOCS.asyncapi])),
    ];
    if (problems.length > 0) {
      console.error(`event catalogue check failed:\n  - ${problems.join('\n  - ')}`);
      process.exit(1);
    }
  }
  writeOrCheck(
    Object.fromEntries(Object.entries(generated).map(([file, text]) => [path.join(ROOT, file), text])),
    { what: 'event docs are', command: 'npm run docs:events' },
  );
}

main().catch((error) => {
  console.error(`docs:events: ${error.stack}`);
  process.exit(1);
});
