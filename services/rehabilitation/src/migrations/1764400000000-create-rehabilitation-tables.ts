import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRehabilitationTables1764400000000 implements MigrationInterface {
  name = 'CreateRehabilitationTables1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    // Read models of the agreements service (fed from agreements.agreement.v1 and agreements.agency.v1).
    // Terms are null while only a status change has arrived (a retried agreement.signed comes later).
    await runner.query(`
      CREATE TABLE known_agreement (
        id          uuid PRIMARY KEY,
        kind        text,
        status      text   NOT NULL,
        scopes      text[],
        party_codes text[],
        start_date  date,
        end_date    date,
        version     int    NOT NULL DEFAULT 1,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE known_agency (
        code        text PRIMARY KEY,
        kind        text NOT NULL,
        region_code text NOT NULL,
        name        text NOT NULL
      )`);

    await runner.query(`
      CREATE TABLE program (
        id                   uuid PRIMARY KEY,
        agreement_id         uuid   NOT NULL,
        facility_code        text   NOT NULL,
        track                text   NOT NULL,
        category             text   NOT NULL,
        title                text   NOT NULL,
        provider_agency_code text,
        capacity             int    NOT NULL CHECK (capacity >= 1),
        start_date           date   NOT NULL,
        end_date             date   NOT NULL,
        planned_sessions     int    NOT NULL,
        budget_requested     bigint NOT NULL CHECK (budget_requested >= 0),
        status               text   NOT NULL,
        funding_status       text   NOT NULL,
        allocation_id        uuid,
        rejection_reason     text,
        cancellation_reason  text,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX program_agreement ON program (agreement_id, id)`);
    await runner.query(`CREATE INDEX program_facility ON program (facility_code, id)`);

    await runner.query(`
      CREATE TABLE participant (
        id                    uuid PRIMARY KEY,
        registration_number   text  NOT NULL,
        facility_code         text  NOT NULL,
        nik_ciphertext        bytea NOT NULL,
        nik_iv                bytea NOT NULL,
        nik_auth_tag          bytea NOT NULL,
        nik_key_id            text  NOT NULL,
        nik_hash              text  NOT NULL UNIQUE,
        full_name             text  NOT NULL,
        sex                   text  NOT NULL,
        birth_date            date  NOT NULL,
        expected_release_date date,
        status                text  NOT NULL,
        release_date          date,
        release_type          text,
        bapas_code            text,
        domicile_region_code  text,
        created_at            timestamptz NOT NULL DEFAULT now(),
        UNIQUE (facility_code, registration_number)
      )`);
    await runner.query(`CREATE INDEX participant_facility ON participant (facility_code, id)`);
    await runner.query(`
      CREATE TABLE personal_data_access (
        id             uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        client_id      text NOT NULL,
        agency_code    text NOT NULL,
        route          text NOT NULL,
        accessed_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(
      `CREATE INDEX personal_data_access_participant ON personal_data_access (participant_id, id)`,
    );

    await runner.query(`
      CREATE TABLE enrollment (
        id                 uuid PRIMARY KEY,
        program_id         uuid NOT NULL REFERENCES program (id),
        participant_id     uuid NOT NULL REFERENCES participant (id),
        status             text NOT NULL,
        score              int CHECK (score BETWEEN 0 AND 100),
        certificate_number text UNIQUE,
        reason             text,
        enrolled_at        timestamptz NOT NULL DEFAULT now(),
        ended_at           timestamptz,
        CONSTRAINT enrollment_once_per_program UNIQUE (program_id, participant_id)
      )`);
    await runner.query(`CREATE INDEX enrollment_participant ON enrollment (participant_id)`);
    await runner.query(`
      CREATE TABLE program_session (
        id         uuid PRIMARY KEY,
        program_id uuid NOT NULL REFERENCES program (id),
        date       date NOT NULL,
        topic      text NOT NULL
      )`);
    await runner.query(`CREATE INDEX program_session_program ON program_session (program_id, date)`);
    await runner.query(`
      CREATE TABLE attendance (
        session_id     uuid NOT NULL REFERENCES program_session (id),
        participant_id uuid NOT NULL REFERENCES participant (id),
        status         text NOT NULL,
        PRIMARY KEY (session_id, participant_id)
      )`);
    // One row per facility and year; incremented under its row lock in the completing transaction,
    // so a rolled-back completion gives its number back and numbers stay gap-free.
    await runner.query(`
      CREATE TABLE certificate_counter (
        facility_code text NOT NULL,
        year          int  NOT NULL,
        last_sequence int  NOT NULL,
        PRIMARY KEY (facility_code, year)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'certificate_counter',
      'attendance',
      'program_session',
      'enrollment',
      'personal_data_access',
      'participant',
      'program',
      'known_agency',
      'known_agreement',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
