import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cases with their pathways, placements, follow-ups, grants and reoffences; training history per participant. */
export class CreateReintegrationTables1764460800000 implements MigrationInterface {
  name = 'CreateReintegrationTables1764460800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE reintegration_case (
        id                   uuid PRIMARY KEY,
        participant_id       uuid        NOT NULL,
        bapas_code           text        NOT NULL,
        status               text        NOT NULL CHECK (status IN ('OPEN', 'CLOSED_SUCCESS', 'CLOSED_REOFFENDED', 'CLOSED_OTHER')),
        release_date         date        NOT NULL,
        release_type         text        NOT NULL,
        domicile_region_code text,
        facility_code        text        NOT NULL,
        opened_at            timestamptz NOT NULL,
        closed_at            timestamptz,
        close_reason         text
      )`);
    // One open case per person, and one case per release (a re-announced release opens nothing).
    await runner.query(
      `CREATE UNIQUE INDEX reintegration_case_one_open ON reintegration_case (participant_id) WHERE status = 'OPEN'`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX reintegration_case_one_per_release ON reintegration_case (participant_id, release_date)`,
    );
    await runner.query(`CREATE INDEX reintegration_case_bapas ON reintegration_case (bapas_code, id)`);
    await runner.query(`CREATE INDEX reintegration_case_release_date ON reintegration_case (release_date)`);

    await runner.query(`
      CREATE TABLE case_pathway (
        case_id    uuid        NOT NULL REFERENCES reintegration_case (id),
        pathway    text        NOT NULL,
        status     text        NOT NULL,
        notes      text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, pathway)
      )`);

    await runner.query(`
      CREATE TABLE training_completion (
        enrollment_id      uuid PRIMARY KEY,
        participant_id     uuid        NOT NULL,
        program_id         uuid        NOT NULL,
        agreement_id       uuid        NOT NULL,
        track              text        NOT NULL,
        category           text        NOT NULL,
        score              int         NOT NULL,
        certificate_number text        NOT NULL,
        completed_at       timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX training_completion_participant ON training_completion (participant_id)`,
    );
    await runner.query(`CREATE INDEX training_completion_agreement ON training_completion (agreement_id)`);

    await runner.query(`
      CREATE TABLE placement (
        id                uuid PRIMARY KEY,
        case_id           uuid        NOT NULL REFERENCES reintegration_case (id),
        kind              text        NOT NULL CHECK (kind IN ('EMPLOYMENT', 'BUSINESS')),
        organisation_name text        NOT NULL,
        position          text,
        employment_type   text,
        sector            text,
        start_date        date        NOT NULL,
        end_date          date,
        recorded_at       timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX placement_case ON placement (case_id)`);

    await runner.query(`
      CREATE TABLE follow_up (
        id                uuid PRIMARY KEY,
        case_id           uuid        NOT NULL REFERENCES reintegration_case (id),
        date              date        NOT NULL,
        kind              text        NOT NULL,
        notes             text        NOT NULL,
        employment_status text        NOT NULL,
        recorded_at       timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX follow_up_case ON follow_up (case_id)`);

    await runner.query(`
      CREATE TABLE start_up_grant (
        id               uuid PRIMARY KEY,
        case_id          uuid        NOT NULL REFERENCES reintegration_case (id),
        agreement_id     uuid        NOT NULL,
        amount           bigint      NOT NULL CHECK (amount > 0),
        purpose          text        NOT NULL,
        fiscal_year      int         NOT NULL,
        status           text        NOT NULL CHECK (status IN ('PENDING', 'FUNDED', 'REJECTED')),
        allocation_id    uuid,
        rejection_reason text,
        requested_at     timestamptz NOT NULL,
        decided_at       timestamptz
      )`);
    await runner.query(`CREATE INDEX start_up_grant_case ON start_up_grant (case_id)`);

    await runner.query(`
      CREATE TABLE reoffence (
        id          uuid PRIMARY KEY,
        case_id     uuid        NOT NULL UNIQUE REFERENCES reintegration_case (id),
        date        date        NOT NULL,
        kind        text        NOT NULL CHECK (kind IN ('NEW_CONVICTION', 'PAROLE_REVOKED')),
        notes       text,
        recorded_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'reoffence',
      'start_up_grant',
      'follow_up',
      'placement',
      'training_completion',
      'case_pathway',
      'reintegration_case',
    ])
      await runner.query(`DROP TABLE ${table}`);
  }
}
