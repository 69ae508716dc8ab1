import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox row keeps its envelope and headers as the publisher wrote them (`json`, the text
 * itself) rather than decomposed (`jsonb`): the relay sends that text, and PostgreSQL no longer
 * takes each event apart when it is written and puts it back together when it is read.
 */
export class OutboxJsonAsWritten1767200000000 implements MigrationInterface {
  name = 'OutboxJsonAsWritten1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE outbox ALTER COLUMN envelope TYPE json USING envelope::json,
                         ALTER COLUMN headers TYPE json USING headers::json`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE outbox ALTER COLUMN envelope TYPE jsonb USING envelope::jsonb,
                         ALTER COLUMN headers TYPE jsonb USING headers::jsonb`,
    );
  }
}
