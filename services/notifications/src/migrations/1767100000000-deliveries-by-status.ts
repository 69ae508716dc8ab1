import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A subscription's deliveries of one status in page order (failed or pending ones among many that
 * succeeded), and its pending delivery of an event, found without stepping over the rest.
 */
export class DeliveriesByStatus1767100000000 implements MigrationInterface {
  name = 'DeliveriesByStatus1767100000000';

  async up(runner: QueryRunner) {
    await runner.query(
      `CREATE INDEX deliveries_subscription_status ON deliveries (subscription_id, status, id)`,
    );
    await runner.query(
      `CREATE INDEX deliveries_pending_message ON deliveries (subscription_id, message_id) WHERE status = 'PENDING'`,
    );
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP INDEX deliveries_pending_message`);
    await runner.query(`DROP INDEX deliveries_subscription_status`);
  }
}
