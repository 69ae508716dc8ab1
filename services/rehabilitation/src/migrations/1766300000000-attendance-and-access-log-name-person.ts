import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attendance records keep who recorded them (the client, and the signed-in officer's user id and
 * name), and the personal-data access log keeps the person who read the data beside the client.
 * Rows written before this change have none of them (null).
 */
export class AttendanceAndAccessLogNamePerson1766300000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(
      `ALTER TABLE attendance ADD COLUMN recorded_by text, ADD COLUMN recorded_by_user_id uuid,
                              ADD COLUMN recorded_by_user_name text`,
    );
    await runner.query(`ALTER TABLE personal_data_access ADD COLUMN user_id uuid, ADD COLUMN user_name text`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`ALTER TABLE personal_data_access DROP COLUMN user_id, DROP COLUMN user_name`);
    await runner.query(
      `ALTER TABLE attendance DROP COLUMN recorded_by, DROP COLUMN recorded_by_user_id,
                              DROP COLUMN recorded_by_user_name`,
    );
  }
}
