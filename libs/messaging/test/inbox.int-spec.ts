import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { deadLetterTopic, EventHeaders, ProgramFundingRequestedV1, Topics } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import {
  EventProbe,
  eventually,
  publishTestEvent,
  REPO_ROOT,
  startTestService,
  testInfrastructure,
} from '@sinergi/testing';
import { DataSource } from 'typeorm';
import { createKafka, createProducer, EventConsumer, MessagingMetrics, redrive } from '../src';
import { counterValue } from './metric-value';
import {
  consumerService,
  fundingRequest,
  POISON_FACILITY,
  ProbeCommands,
  ProbeEffects,
  producerService,
} from './probe-services';

const effectsOf = (service: RunningService, aggregateIds: string[]) =>
  service.app
    .get(DataSource)
    .query(`SELECT event_id, aggregate_id, seq FROM probe_effects WHERE aggregate_id = ANY($1) ORDER BY id`, [
      aggregateIds,
    ]);

describe('idempotent inbox and consumer runner (real PostgreSQL and Kafka)', () => {
  const infra = testInfrastructure();

  it('changes state once when the same event arrives three times', async () => {
    const consumer = await startTestService(consumerService());
    try {
      const aggregate = randomUUID();
      const first = await publishTestEvent(
        ProgramFundingRequestedV1,
        aggregate,
        fundingRequest('LAPAS-DUP', 7),
      );
      await publishTestEvent(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-DUP', 7), {
        id: first.id,
      });
      await publishTestEvent(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-DUP', 7), {
        id: first.id,
      });
      const marker = await publishTestEvent(
        ProgramFundingRequestedV1,
        aggregate,
        fundingRequest('LAPAS-DUP', 8),
      );

      const effects = await eventually(
        () => effectsOf(consumer, [aggregate]),
        (rows) => rows.some((r: { event_id: string }) => r.event_id === marker.id),
      );
      expect(effects.map((r: { event_id: string }) => r.event_id)).toEqual([first.id, marker.id]);
      const inbox = await consumer.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = $1`, [first.id]);
      expect(inbox[0].n).toBe(1);
    } finally {
      await consumer.stop();
    }
  });

  it('gives a @HandleEvents handler consecutive events together, in order, each once', async () => {
    const aggregate = randomUUID();
    const handledCount = (outcome: 'handled' | 'duplicate') =>
      counterValue(MessagingMetrics.handled, { type: 'program.funding-requested', outcome });
    const before = { handled: await handledCount('handled'), duplicate: await handledCount('duplicate') };
    const events = [];
    // Written before the consumer starts, so they are fetched together.
    for (let seq = 1; seq <= 30; seq++) {
      events.push(
        await publishTestEvent(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-MANY', seq)),
      );
      if (seq === 10)
        await publishTestEvent(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-MANY', 5), {
          id: events[4].id,
        });
    }
    const consumer = await startTestService(consumerService());
    try {
      const effects = await eventually(
        () => effectsOf(consumer, [aggregate]),
        (rows) => rows.length >= 30,
      );
      expect(effects.map((r: { seq: number }) => r.seq)).toEqual(events.map((_, i) => i + 1));
      expect(effects.map((r: { event_id: string }) => r.event_id)).toEqual(events.map((e) => e.id));
      const sizes = ProbeEffects.calls
        .map((ids) => ids.filter((id) => id === aggregate).length)
        .filter((n) => n > 0);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(30);
      expect(Math.max(...sizes)).toBeGreaterThan(1);
      // Counted after the chunk's commit: thirty handled, and the one redelivered as a duplicate.
      const counted = await eventually(
        async () => ({
          handled: (await handledCount('handled')) - before.handled,
          duplicate: (await handledCount('duplicate')) - before.duplicate,
        }),
        (delta) => delta.handled + delta.duplicate >= 31,
      );
      expect(counted).toEqual({ handled: 30, duplicate: 1 });
    } finally {
      await consumer.stop();
    }
  });

  it('dead-letters poison messages with their origin while later messages flow, and redrive brings one back', async () => {
    const consumer = await startTestService(consumerService());
    const dlq = deadLetterTopic(Topics.program, 'budgeting');
    const probe = await EventProbe.start([dlq]);
    try {
      const aggregate = randomUUID();
      const kafka = createKafka({ brokers: infra.brokers.split(','), clientId: 'poison-test' });
      const producer = createProducer(kafka);
      await producer.connect();
      const invalidId = randomUUID();
      const invalid = {
        ...(await envelopeFor(aggregate, 1)),
        id: invalidId,
        data: { ...fundingRequest('LAPAS-X', 1), amount: -5 },
      };
      await producer.send({
        topic: `${infra.topicPrefix}${Topics.program}`,
        messages: [
          { key: aggregate, value: JSON.stringify(invalid), headers: { [EventHeaders.id]: invalidId } },
        ],
      });
      await producer.disconnect();
      const poison = await publishTestEvent(
        ProgramFundingRequestedV1,
        aggregate,
        fundingRequest(POISON_FACILITY, 2),
      );
      const healthy = await publishTestEvent(
        ProgramFundingRequestedV1,
        aggregate,
        fundingRequest('LAPAS-OK', 3),
      );

      await eventually(
        () => effectsOf(consumer, [aggregate]),
        (rows) => rows.some((r: { event_id: string }) => r.event_id === healthy.id),
      );
      const dead = await probe.waitFor((m) => m.key === aggregate, 2, 30_000);
      const byId = new Map(dead.map((m) => [m.headers[EventHeaders.id], m.headers]));
      expect(byId.get(invalidId)).toMatchObject({
        'x-original-topic': Topics.program,
        'x-attempts': '1',
        'x-consumer': 'budgeting',
      });
      expect(byId.get(invalidId)!['x-error']).toMatch(/amount/);
      expect(byId.get(poison.id)).toMatchObject({ 'x-original-topic': Topics.program, 'x-attempts': '6' });
      expect(byId.get(poison.id)!['x-error']).toMatch(/always fails/);
      for (const headers of byId.values()) {
        expect(headers['x-original-partition']).toMatch(/^\d+$/);
        expect(headers['x-original-offset']).toMatch(/^\d+$/);
      }

      ProbeEffects.healed.add(POISON_FACILITY);
      const result = await redrive({
        connection: {
          brokers: infra.brokers.split(','),
          clientId: 'redrive-test',
          topicPrefix: infra.topicPrefix,
        },
        consumer: 'budgeting',
        eventId: poison.id,
      });
      expect(result.redriven).toBe(1);
      const effects = await eventually(
        () => effectsOf(consumer, [aggregate]),
        (rows) => rows.some((r: { event_id: string }) => r.event_id === poison.id),
      );
      expect(effects.map((r: { event_id: string }) => r.event_id)).toEqual([healthy.id, poison.id]);
    } finally {
      ProbeEffects.healed.clear();
      await probe.stop();
      await consumer.stop();
    }
  }, 90_000);

  it('applies every effect exactly once with two consumer instances and two relay replicas', async () => {
    const producers = [await startTestService(producerService()), await startTestService(producerService())];
    // What each instance applied itself: the two share one schema, so the table cannot tell.
    const handledBy = [new Set<string>(), new Set<string>()];
    const instance = (i: number) =>
      consumerService({
        hooks: {
          afterHandled: (event, outcome) => {
            if (outcome === 'handled') handledBy[i].add(event.id);
          },
        },
      });
    const consumers = [await startTestService(instance(0)), await startTestService(instance(1))];
    try {
      await Promise.all(consumers.map((c) => c.app.get(EventConsumer).whenJoined()));
      const aggregates = Array.from({ length: 30 }, () => randomUUID());
      for (let seq = 1; seq <= 10; seq++) {
        await Promise.all(
          aggregates.map((a, i) =>
            producers[(i + seq) % 2].app.get(ProbeCommands).record(a, seq, 'LAPAS-PAIR'),
          ),
        );
      }
      const effects = await eventually(
        () => effectsOf(consumers[0], aggregates),
        (rows) => rows.length >= 300,
        60_000,
      );
      await new Promise((r) => setTimeout(r, 1_000));
      const settled = await effectsOf(consumers[0], aggregates);
      expect(settled).toHaveLength(300);
      expect(new Set(settled.map((r: { event_id: string }) => r.event_id)).size).toBe(300);
      // Both instances consumed (the partitions were split between them), and together exactly once.
      expect(handledBy[0].size).toBeGreaterThan(0);
      expect(handledBy[1].size).toBeGreaterThan(0);
      expect(handledBy[0].size + handledBy[1].size).toBe(300);
      expect(new Set([...handledBy[0], ...handledBy[1]]).size).toBe(300);
      for (const aggregate of aggregates) {
        const seqs = effects
          .filter((r: { aggregate_id: string }) => r.aggregate_id === aggregate)
          .map((r: { seq: number }) => r.seq);
        expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      }
    } finally {
      for (const s of [...consumers, ...producers]) await s.stop();
    }
  }, 120_000);

  it('changes nothing when a consumer killed between its commit and its offset commit restarts', async () => {
    const aggregate = randomUUID();
    const child = spawn(
      process.execPath,
      [
        '-r',
        path.join(REPO_ROOT, 'libs/testing/register-ts.js'),
        path.join(__dirname, 'fixtures/consumer-process.ts'),
      ],
      {
        env: process.env,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const handledInChild = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /handled (\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`consumer process exited early (${code})`)));
    });
    let restarted: RunningService | undefined;
    try {
      await new Promise((r) => setTimeout(r, 8_000)); // the child joins the group
      const events = [];
      for (let seq = 1; seq <= 5; seq++)
        events.push(
          await publishTestEvent(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-KILL', seq)),
        );
      const handledId = await handledInChild;
      expect(handledId).toBe(events[0].id);
      child.kill('SIGKILL');

      const outcomes: Array<[string, string]> = [];
      restarted = await startTestService(
        consumerService({
          hooks: { afterHandled: (event, outcome) => void outcomes.push([event.id, outcome]) },
        }),
      );
      const effects = await eventually(
        () => effectsOf(restarted!, [aggregate]),
        (rows) => rows.length >= 5,
        60_000,
      );
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await effectsOf(restarted, [aggregate])).map((r: { event_id: string }) => r.event_id)).toEqual(
        events.map((e) => e.id),
      );
      expect(effects).toHaveLength(5);
      expect(outcomes).toContainEqual([events[0].id, 'duplicate']);
    } finally {
      child.kill('SIGKILL');
      await restarted?.stop();
    }
  }, 120_000);
});

async function envelopeFor(aggregateId: string, seq: number) {
  return {
    id: randomUUID(),
    type: 'program.funding-requested',
    version: 1,
    source: 'test',
    occurredAt: new Date().toISOString(),
    aggregateType: 'program',
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    data: fundingRequest('LAPAS-X', seq),
  };
}
