import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAgreementTables1764400000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL,
        region_code text NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        parent_agreement_id uuid REFERENCES agreements (id),
        number text NOT NULL,
        title text NOT NULL,
        scopes text[] NOT NULL,
        clauses jsonb NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        status text NOT NULL,
        version int NOT NULL,
        termination_reason text,
        expiring_announced boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK (start_date < end_date)
      )`);
    await runner.query(`CREATE INDEX agreements_status ON agreements (status)`);
    await runner.query(`
      CREATE TABLE agreement_parties (
        agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        agency_code text NOT NULL REFERENCES agencies (code),
        position int NOT NULL,
        signed_at timestamptz,
        signatory_name text,
        signatory_title text,
        signed_by_client text,
        PRIMARY KEY (agreement_id, agency_code)
      )`);
    await runner.query(`CREATE INDEX agreement_parties_agency ON agreement_parties (agency_code)`);
    await runner.query(`
      CREATE TABLE agreement_history (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        version int NOT NULL,
        action text NOT NULL,
        actor_client_id text NOT NULL,
        actor_agency_code text,
        at timestamptz NOT NULL,
        reason text,
        changes jsonb
      )`);
    await runner.query(`CREATE INDEX agreement_history_agreement ON agreement_history (agreement_id, seq)`);
    await runner.query(`
      CREATE TABLE agreement_versions (
        agreement_id uuid NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        version int NOT NULL,
        terms jsonb NOT NULL,
        effective_from timestamptz NOT NULL,
        PRIMARY KEY (agreement_id, version)
      )`);
    await runner.query(`
      CREATE TABLE work_plans (
        agreement_id uuid NOT NULL REFERENCES agreements (id),
        fiscal_year int NOT NULL,
        status text NOT NULL,
        activities jsonb NOT NULL,
        targets jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        approved_at timestamptz,
        approved_by text,
        PRIMARY KEY (agreement_id, fiscal_year)
      )`);
    await runner.query(`
      CREATE TABLE evaluations (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES agreements (id),
        period text NOT NULL,
        fiscal_year int NOT NULL,
        findings text NOT NULL,
        recommendations text NOT NULL,
        indicators jsonb NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by text NOT NULL
      )`);
    await runner.query(`CREATE INDEX evaluations_agreement ON evaluations (agreement_id, id)`);

    // Indicator facts learned from other services' events, one row per person or thing counted,
    // so a replayed (or re-sent) event can never count twice.
    await runner.query(`
      CREATE TABLE enrollment_starts (
        enrollment_id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL,
        fiscal_year int NOT NULL,
        participant_id text NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX enrollment_starts_agreement ON enrollment_starts (agreement_id, fiscal_year)`,
    );
    await runner.query(`
      CREATE TABLE enrollment_outcomes (
        enrollment_id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL,
        fiscal_year int NOT NULL,
        participant_id text NOT NULL,
        outcome text NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX enrollment_outcomes_agreement ON enrollment_outcomes (agreement_id, fiscal_year)`,
    );
    await runner.query(`
      CREATE TABLE release_facts (
        agreement_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        release_date date NOT NULL,
        first_placement_date date,
        first_reoffence_date date,
        PRIMARY KEY (agreement_id, participant_id, release_date)
      )`);
    await runner.query(`
      CREATE TABLE budget_ceilings (
        budget_id text PRIMARY KEY,
        agreement_id uuid NOT NULL,
        fiscal_year int NOT NULL,
        ceiling bigint NOT NULL,
        as_of timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE allocation_disbursements (
        allocation_id text PRIMARY KEY,
        agreement_id uuid NOT NULL,
        fiscal_year int NOT NULL,
        disbursed_total bigint NOT NULL
      )`);
  }

  async down(runner: QueryRunner) {
    for (const table of [
      'allocation_disbursements',
      'budget_ceilings',
      'release_facts',
      'enrollment_outcomes',
      'enrollment_starts',
      'evaluations',
      'work_plans',
      'agreement_versions',
      'agreement_history',
      'agreement_parties',
      'agreements',
      'agencies',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
