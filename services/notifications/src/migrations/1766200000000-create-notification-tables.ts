import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook subscriptions and their deliveries, and the projections that say which agencies an event
 * concerns: the parties of each agreement, the facility running each program, the BAPAS holding
 * each case.
 */
export class CreateNotificationTables1766200000000 implements MigrationInterface {
  name = 'CreateNotificationTables1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE agreement_parties (
        agreement_id uuid NOT NULL,
        agency_code  text NOT NULL,
        PRIMARY KEY (agreement_id, agency_code)
      )`);
    await runner.query(`
      CREATE TABLE program_facilities (
        program_id    uuid PRIMARY KEY,
        facility_code text NOT NULL,
        agreement_id  uuid NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE case_holders (
        case_id    uuid PRIMARY KEY,
        bapas_code text NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE subscriptions (
        id            uuid PRIMARY KEY,
        agency_code   text NOT NULL,
        url           text NOT NULL,
        event_types   text[] NOT NULL CHECK (cardinality(event_types) > 0),
        description   text,
        secret_sealed text NOT NULL,
        created_by    text NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        deleted_at    timestamptz
      )`);
    await runner.query(
      `CREATE INDEX subscriptions_of_agency ON subscriptions (agency_code) WHERE deleted_at IS NULL`,
    );
    await runner.query(`
      CREATE TABLE deliveries (
        id               uuid PRIMARY KEY,
        subscription_id  uuid NOT NULL REFERENCES subscriptions (id),
        message_id       text NOT NULL,
        event_id         uuid NOT NULL,
        event_type       text NOT NULL,
        body             text NOT NULL,
        status           text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
        attempts         integer NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz NOT NULL DEFAULT now(),
        give_up_at       timestamptz NOT NULL,
        last_attempt_at  timestamptz,
        last_status_code integer,
        last_error       text,
        delivered_at     timestamptz,
        finished_at      timestamptz,
        redelivery_of    uuid REFERENCES deliveries (id) ON DELETE SET NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    // One delivery per subscription and event; redeliveries are rows of their own.
    await runner.query(
      `CREATE UNIQUE INDEX deliveries_once_per_event ON deliveries (subscription_id, event_id)
       WHERE redelivery_of IS NULL`,
    );
    await runner.query(
      `CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await runner.query(`CREATE INDEX deliveries_of_subscription ON deliveries (subscription_id, id)`);
    await runner.query(`CREATE INDEX deliveries_finished ON deliveries (finished_at)`);
    await runner.query(`
      CREATE TABLE delivery_attempts (
        delivery_id  uuid NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,
        attempt      integer NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        status_code  integer,
        error        text,
        duration_ms  integer NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE delivery_attempts`);
    await runner.query(`DROP TABLE deliveries`);
    await runner.query(`DROP TABLE subscriptions`);
    await runner.query(`DROP TABLE case_holders`);
    await runner.query(`DROP TABLE program_facilities`);
    await runner.query(`DROP TABLE agreement_parties`);
  }
}
