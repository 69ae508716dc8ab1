import { ProgramFundingRequestedV1 } from '@sinergi/contracts';
import type { RunningService } from '@sinergi/platform';
import { startTestService } from '@sinergi/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { EventPublisher, Transactions } from '../src';
import { fundingRequest, producerService } from './probe-services';

/** What one pooled connection sent and when each answer came, in order. */
type Wire = string[];

const label = (text: string) =>
  /^\s*INSERT INTO outbox\b/.test(text) ? 'INSERT INTO outbox' : text.replace(/\s+/g, ' ').slice(0, 40);

describe('a transaction on the wire (real PostgreSQL)', () => {
  let producer: RunningService;
  let transactions: Transactions;
  let publisher: EventPublisher;
  let db: DataSource;
  const wires = new Map<unknown, Wire>();
  const original = Client.prototype.query;

  beforeAll(async () => {
    producer = await startTestService(producerService());
    transactions = producer.app.get(Transactions);
    publisher = producer.app.get(EventPublisher);
    db = producer.app.get(DataSource);
    Client.prototype.query = function (this: Client, text: unknown, values?: unknown) {
      const answer = (original as (...args: unknown[]) => unknown).call(this, text, values);
      if (typeof text !== 'string' || !(answer instanceof Promise)) return answer;
      const wire = wires.get(this) ?? [];
      wires.set(this, wire);
      wire.push(`sent ${label(text)}`);
      answer.then(
        () => wire.push(`answered ${label(text)}`),
        () => wire.push(`failed ${label(text)}`),
      );
      return answer;
    } as typeof Client.prototype.query;
  });
  afterAll(async () => {
    Client.prototype.query = original;
    await producer?.stop();
  });

  /** Runs `work` in a transaction and answers what its connection sent meanwhile. */
  async function onTheWire<T>(
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<{ value?: T; error?: Error; wire: Wire }> {
    let client: unknown;
    const settled = await transactions
      .run(async (manager) => {
        client = (manager.queryRunner as unknown as { databaseConnection: unknown }).databaseConnection;
        wires.delete(client);
        return work(manager);
      })
      .then(
        (value) => ({ value }),
        (error: Error) => ({ error }),
      );
    return { ...settled, wire: wires.get(client) ?? [] };
  }

  const state = (aggregate: string) =>
    db.query(`SELECT seq FROM probe_state WHERE aggregate_id = $1`, [aggregate]) as Promise<unknown[]>;
  const outbox = (aggregate: string) =>
    db.query(`SELECT event_id FROM outbox WHERE message_key = $1`, [aggregate]) as Promise<unknown[]>;

  it('sends BEGIN with the first statement and the outbox rows with the COMMIT: three round trips for two', async () => {
    const aggregate = randomUUID();
    const { value, wire } = await onTheWire(async (manager) => {
      await manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, 1)`, [aggregate]);
      await manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, 2)`, [aggregate]);
      return publisher.publish(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-WIRE', 1));
    });

    expect(wire).toEqual([
      'sent START TRANSACTION',
      'sent INSERT INTO probe_state (aggregate_id, s',
      'answered START TRANSACTION',
      'answered INSERT INTO probe_state (aggregate_id, s',
      'sent INSERT INTO probe_state (aggregate_id, s',
      'answered INSERT INTO probe_state (aggregate_id, s',
      'sent INSERT INTO outbox',
      'sent COMMIT',
      'answered INSERT INTO outbox',
      'answered COMMIT',
    ]);
    expect(await state(aggregate)).toEqual([{ seq: 1 }, { seq: 2 }]);
    expect(await outbox(aggregate)).toEqual([{ event_id: value!.id }]);
  });

  it('sends reads that do not wait for each other in one write, each run after the one before', async () => {
    const aggregate = randomUUID();
    await transactions.run((manager) =>
      manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, 1), ($1, 2)`, [aggregate]),
    );
    const lock = `SELECT seq FROM probe_state WHERE aggregate_id = $1 ORDER BY seq FOR UPDATE`;
    const count = `SELECT count(*)::int AS n FROM probe_state WHERE aggregate_id = $1`;
    const { value, wire } = await onTheWire(() =>
      transactions.queryTogether([
        { text: lock, values: [aggregate] },
        { text: count, values: [aggregate] },
      ]),
    );

    expect(value).toEqual([[{ seq: 1 }, { seq: 2 }], [{ n: 2 }]]);
    expect(wire).toEqual([
      'sent START TRANSACTION',
      `sent ${label(lock)}`,
      `sent ${label(count)}`,
      'answered START TRANSACTION',
      `answered ${label(lock)}`,
      `answered ${label(count)}`,
      'sent COMMIT',
      'answered COMMIT',
    ]);
  });

  it('keeps nothing when a statement sent with the COMMIT fails, and fails with its error', async () => {
    const aggregate = randomUUID();
    const { error, wire } = await onTheWire(async (manager) => {
      await manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, 1)`, [aggregate]);
      await publisher.publish(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-WIRE', 1));
      transactions.atCommit(() => ({ text: `SELECT 1 / $1::int`, values: [0] }));
    });

    expect(error?.message).toBe('division by zero');
    expect(wire.slice(4)).toEqual([
      'sent INSERT INTO outbox',
      'sent SELECT 1 / $1::int',
      'sent COMMIT',
      'answered INSERT INTO outbox',
      'failed SELECT 1 / $1::int',
      'answered COMMIT',
    ]);
    expect(await state(aggregate)).toEqual([]);
    expect(await outbox(aggregate)).toEqual([]);
  });

  it('keeps nothing when the first statement fails, and the connection serves the next transaction', async () => {
    const aggregate = randomUUID();
    const { error, wire } = await onTheWire(async (manager) => {
      await publisher.publish(ProgramFundingRequestedV1, aggregate, fundingRequest('LAPAS-WIRE', 1));
      await manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, NULL)`, [aggregate]);
    });

    expect(error?.message).toMatch(/null value in column "seq"/);
    expect(wire).toEqual([
      'sent START TRANSACTION',
      'sent INSERT INTO probe_state (aggregate_id, s',
      'answered START TRANSACTION',
      'failed INSERT INTO probe_state (aggregate_id, s',
      'sent ROLLBACK',
      'answered ROLLBACK',
    ]);
    expect(await outbox(aggregate)).toEqual([]);
    // Every pooled connection, this one included, is back in the pool and works.
    const runs = Array.from({ length: 12 }, (_, i) =>
      transactions.run((manager) =>
        manager.query(`INSERT INTO probe_state (aggregate_id, seq) VALUES ($1, $2)`, [aggregate, i + 1]),
      ),
    );
    await Promise.all(runs);
    expect(await state(aggregate)).toHaveLength(12);
  });

  it('sends neither BEGIN nor COMMIT nor ROLLBACK for a transaction that made no statement', async () => {
    const done = await onTheWire(async () => 'nothing to write');
    const refused = await onTheWire(async () => {
      throw new Error('refused before any statement');
    });

    expect(done).toEqual({ value: 'nothing to write', wire: [] });
    expect(refused.error?.message).toBe('refused before any statement');
    expect(refused.wire).toEqual([]);
  });
});
