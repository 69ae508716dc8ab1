import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People who sign in (officers of an agency), their one-time codes, second factors and sessions. */
export class CreateUserTables1764600000000 implements MigrationInterface {
  name = 'CreateUserTables1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE users (
        id                  uuid PRIMARY KEY,
        agency_code         text        NOT NULL,
        email               text        NOT NULL UNIQUE CHECK (email = lower(email)),
        name                text        NOT NULL,
        nip                 char(18),
        roles               text[]      NOT NULL,
        status              text        NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
        password_hash       text,
        totp_secret         text,
        totp_pending_secret text,
        totp_last_step      bigint,
        created_by          text        NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX users_by_agency ON users (agency_code, id)`);
    await runner.query(`
      CREATE TABLE user_codes (
        code_hash  text PRIMARY KEY,
        user_id    uuid        NOT NULL REFERENCES users (id),
        purpose    text        NOT NULL CHECK (purpose IN ('INVITATION', 'RESET')),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        issued_by  text        NOT NULL,
        issued_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX user_codes_by_user ON user_codes (user_id)`);
    await runner.query(`
      CREATE TABLE recovery_codes (
        user_id   uuid NOT NULL REFERENCES users (id),
        code_hash text NOT NULL,
        used_at   timestamptz,
        PRIMARY KEY (user_id, code_hash)
      )`);
    await runner.query(`
      CREATE TABLE agency_sign_in_policies (
        agency_code   text PRIMARY KEY,
        totp_required boolean     NOT NULL,
        updated_by    text        NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE sign_in_failures (
        subject         text PRIMARY KEY,
        failures        int         NOT NULL,
        last_failure_at timestamptz NOT NULL,
        blocked_until   timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE user_sessions (
        id           uuid PRIMARY KEY,
        token_hash   text        NOT NULL UNIQUE,
        csrf_token   text        NOT NULL,
        user_id      uuid        NOT NULL REFERENCES users (id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at   timestamptz NOT NULL,
        revoked_at   timestamptz,
        revoked_by   text,
        address      text,
        user_agent   text
      )`);
    await runner.query(
      `CREATE INDEX user_sessions_by_user ON user_sessions (user_id) WHERE revoked_at IS NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'user_sessions',
      'sign_in_failures',
      'agency_sign_in_policies',
      'recovery_codes',
      'user_codes',
      'users',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
