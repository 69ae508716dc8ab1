import { Injectable, Module } from '@nestjs/common';
import { ProgramCreatedV1, ProgramFundingRequestedV1 } from '@sinergi/contracts';
import { ServiceEnv, type ServiceDefinition } from '@sinergi/platform';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CreateMessagingTables1764288000000,
  EventPublisher,
  InboxHandlerNames1765200000000,
  HandleEvent,
  HandleEvents,
  type HandledEvent,
  MessagingModule,
  OutboxJsonAsWritten1767200000000,
  OutboxPending1767000000000,
  Transactions,
  type MessagingOverrides,
} from '../src';

/*
 * Two small services standing in for real ones: a producer in the rehabilitation schema that
 * writes state and events together, and a consumer in the budgeting schema recording effects.
 */

class CreateProbeTables1764288000001 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE TABLE probe_state (aggregate_id text NOT NULL, seq int NOT NULL, PRIMARY KEY (aggregate_id, seq))`,
    );
    await runner.query(
      `CREATE TABLE probe_commits (event_id uuid PRIMARY KEY, aggregate_id text NOT NULL, commit_seq int NOT NULL)`,
    );
    await runner.query(
      `CREATE TABLE probe_counters (aggregate_id text PRIMARY KEY, last int NOT NULL DEFAULT 0)`,
    );
    await runner.query(`CREATE TABLE probe_effects (
      id bigserial PRIMARY KEY, event_id uuid NOT NULL, aggregate_id text NOT NULL, seq int NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
    await runner.query(
      `CREATE TABLE probe_log (id bigserial PRIMARY KEY, event_id uuid NOT NULL, handler text NOT NULL)`,
    );
  }
  async down(runner: QueryRunner) {
    await runner.query(`DROP TABLE probe_log`);
    await runner.query(`DROP TABLE probe_effects`);
    await runner.query(`DROP TABLE probe_counters`);
    await runner.query(`DROP TABLE probe_commits`);
    await runner.query(`DROP TABLE probe_state`);
  }
}

export const fundingRequest = (facilityCode: string, seq: number): ProgramFundingRequestedV1 =>
  Object.assign(new ProgramFundingRequestedV1(), {
    agreementId: '0193a3c2-7f00-7000-8000-000000000001',
    facilityCode,
    track: 'KEMANDIRIAN',
    amount: seq,
    fiscalYear: 2027,
  });

@Injectable()
export class ProbeCommands {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
  ) {}

  /** One state change and its event, committed together (or `fail` rolls both back). */
  record(aggregateId: string, seq: number, facilityCode = 'LAPAS-TEST', fail = false) {
    return this.transactions.run(async (manager) => {
      await manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, $2)`, [aggregateId, seq]);
      const event = await this.events.publish(
        ProgramFundingRequestedV1,
        aggregateId,
        fundingRequest(facilityCode, seq),
      );
      if (fail) throw new Error('rolled back on purpose');
      return event;
    });
  }
}

/**
 * Writers of one key that are not otherwise serialised (as enrolment events keyed by participant,
 * written under different programs' locks): each publishes, holds its transaction open for
 * `holdMs`, then takes the key's commit counter, whose row lock it keeps until commit — so the
 * counter numbers the transactions of a key in commit order.
 */
@Injectable()
export class ConcurrentWriters {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
  ) {}

  write(aggregateId: string, holdMs: number) {
    return this.transactions.run(async (manager) => {
      const event = await this.events.publish(
        ProgramFundingRequestedV1,
        aggregateId,
        fundingRequest('LAPAS-CONCURRENT', 0),
      );
      await new Promise((resolve) => setTimeout(resolve, holdMs));
      const [{ last }] = await manager.query(
        `INSERT INTO probe_counters (aggregate_id, last) VALUES ($1, 1)
         ON CONFLICT (aggregate_id) DO UPDATE SET last = probe_counters.last + 1 RETURNING last`,
        [aggregateId],
      );
      await manager.query(
        `INSERT INTO probe_commits (event_id, aggregate_id, commit_seq) VALUES ($1, $2, $3)`,
        [event.id, aggregateId, last],
      );
    });
  }
}

/** Facility codes whose events the consumer refuses, to make poison messages. */
export const POISON_FACILITY = 'POISON';

@Injectable()
export class ProbeEffects {
  /** Facilities whose poison was "fixed" (as a deployed bug fix would), so a redriven event succeeds. */
  static readonly healed = new Set<string>();
  /** The aggregate ids of each call, in order: what the consumer gave the handler together. */
  static readonly calls: string[][] = [];

  constructor(private readonly transactions: Transactions) {}

  /** Records effects with one statement per call, as a handler of many events is meant to. */
  @HandleEvents(ProgramFundingRequestedV1)
  async onFundingRequested(events: Array<HandledEvent<ProgramFundingRequestedV1>>) {
    if (
      events.some((e) => e.data.facilityCode === POISON_FACILITY) &&
      !ProbeEffects.healed.has(POISON_FACILITY)
    ) {
      throw new Error('this handler always fails for POISON');
    }
    ProbeEffects.calls.push(events.map((e) => e.event.aggregateId));
    await this.transactions.manager.query(
      `INSERT INTO probe_effects (event_id, aggregate_id, seq)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[])`,
      [
        events.map((e) => e.event.id),
        events.map((e) => e.event.aggregateId),
        events.map((e) => e.data.amount),
      ],
    );
  }
}

/** A handler added later, of an event the consumer ignored so far and of one it already handles. */
@Injectable()
export class ProgramLog {
  constructor(private readonly transactions: Transactions) {}

  @HandleEvent(ProgramCreatedV1)
  async onCreated(_data: ProgramCreatedV1, event: { id: string }) {
    await this.log(event.id, 'onCreated');
  }

  @HandleEvent(ProgramFundingRequestedV1)
  async onFundingRequested(_data: ProgramFundingRequestedV1, event: { id: string }) {
    await this.log(event.id, 'onFundingRequested');
  }

  private async log(eventId: string, handler: string) {
    await this.transactions.manager.query(`INSERT INTO probe_log (event_id, handler) VALUES ($1, $2)`, [
      eventId,
      handler,
    ]);
  }
}

@Module({ providers: [ProbeCommands, ConcurrentWriters] })
class ProducerModule {}

@Module({ providers: [ProbeEffects] })
class ConsumerModule {}

@Module({ providers: [ProbeEffects, ProgramLog] })
class LaterConsumerModule {}

const probe = (
  name: string,
  feature: Function,
  overrides: MessagingOverrides,
): ServiceDefinition<ServiceEnv> => ({
  name,
  version: 'test',
  defaultPort: 0,
  envClass: ServiceEnv,
  imports: () => [MessagingModule.forService(overrides), feature as never],
  migrations: [
    CreateMessagingTables1764288000000,
    CreateProbeTables1764288000001,
    InboxHandlerNames1765200000000,
    OutboxPending1767000000000,
    OutboxJsonAsWritten1767200000000,
  ],
});

const fast = { pollIntervalMs: 200, maxBackoffMs: 1_000 };

export const producerService = (overrides: MessagingOverrides = {}) =>
  probe('rehabilitation', ProducerModule, {
    ...overrides,
    relay: { ...fast, ...overrides.relay },
    consumer: { enabled: false },
  });

/** A consumer of `program.funding-requested`; as `budgeting` it subscribes to that topic. */
export const consumerService = (
  overrides: MessagingOverrides = {},
  name = 'budgeting',
  feature = ConsumerModule,
) =>
  probe(name, feature, {
    ...overrides,
    relay: { enabled: false },
    consumer: { backoffMs: 20, retryDelayMs: 200, ...overrides.consumer },
  });

/** The same consumer after `ProgramLog` was added to it. */
export const laterConsumerService = (overrides: MessagingOverrides = {}) =>
  consumerService(overrides, 'budgeting', LaterConsumerModule);
