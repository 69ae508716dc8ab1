import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ProgramCreatedV1, ProgramFundingRequestedV1 } from '@sinergi/contracts';
import { metricsRegistry } from '@sinergi/platform';
import { eventually, publishTestEvent, startTestService, testInfrastructure } from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { consumerService, fundingRequest } from './probe-services';

const ignoredCount = async (type: string) => {
  const metric = await metricsRegistry.getSingleMetric('sinergi_events_ignored_total')!.get();
  return metric.values.find((v) => v.labels.type === type)?.value ?? 0;
};

describe('a service refuses handlers that would be skipped or stall consumption', () => {
  testInfrastructure();

  it('refuses to start when a handler takes an event from a topic the service does not subscribe to', async () => {
    // rehabilitation subscribes to agreements, agencies and allocations, not to programs.
    await expect(startTestService(consumerService({}, 'rehabilitation'))).rejects.toThrow(
      'rehabilitation cannot consume events:\n' +
        '  - handler ProbeEffects.onFundingRequested takes program.funding-requested from topic rehabilitation.program.v1, ' +
        'which rehabilitation does not subscribe to: add it to Subscriptions.rehabilitation in libs/contracts/src/topics.ts',
    );
  });

  it('refuses to start when a @HandleEvent class in its source folder is in no module', async () => {
    const sourceDir = path.join(__dirname, 'fixtures/forgotten-handler');
    await expect(startTestService(consumerService({ sourceDir }))).rejects.toThrow(
      'budgeting cannot consume events:\n' +
        '  - ForgottenHandler.onCancelled (forgotten.handlers.ts) handles program.cancelled ' +
        "but ForgottenHandler is in no module's providers: add it to a module of budgeting",
    );
  });

  it('counts an event no handler takes in sinergi_events_ignored_total and records nothing for it', async () => {
    const consumer = await startTestService(consumerService());
    try {
      const before = await ignoredCount('program.created');
      const program = randomUUID();
      const ignored = await publishTestEvent(
        ProgramCreatedV1,
        program,
        Object.assign(new ProgramCreatedV1(), {
          agreementId: randomUUID(),
          facilityCode: 'LAPAS-IGNORED',
          track: 'KEMANDIRIAN',
          category: 'WELDING',
        }),
      );
      const marker = await publishTestEvent(
        ProgramFundingRequestedV1,
        program,
        fundingRequest('LAPAS-IGNORED', 1),
      );
      const db = consumer.app.get(DataSource);
      await eventually(
        () => db.query(`SELECT event_id FROM probe_effects WHERE event_id = $1`, [marker.id]),
        (rows) => rows.length === 1,
      );
      expect(await ignoredCount('program.created')).toBe(before + 1);
      const inbox = await db.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [ignored.id]);
      expect(inbox[0].n).toBe(0);
    } finally {
      await consumer.stop();
    }
  });
});
