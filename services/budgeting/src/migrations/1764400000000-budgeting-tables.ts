import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agreement read model, budgets, allocations, disbursements and the append-only ledger. */
export class CreateBudgetingTables1764400000000 implements MigrationInterface {
  async up(runner: QueryRunner) {
    await runner.query(`CREATE TABLE agreements (
      id uuid PRIMARY KEY,
      status text NOT NULL,
      party_codes text[] NOT NULL DEFAULT '{}',
      start_date date,
      end_date date,
      updated_at timestamptz NOT NULL)`);

    await runner.query(`CREATE TABLE budgets (
      id uuid PRIMARY KEY,
      agreement_id uuid NOT NULL,
      fiscal_year int NOT NULL,
      source text NOT NULL CHECK (source IN ('APBD', 'APBN', 'HIBAH', 'CSR')),
      owner_agency_code text NOT NULL,
      auto_approve_limit bigint CHECK (auto_approve_limit >= 0),
      created_by text NOT NULL,
      created_at timestamptz NOT NULL,
      UNIQUE (agreement_id, fiscal_year, source, owner_agency_code))`);
    await runner.query(`CREATE INDEX budgets_owner ON budgets (owner_agency_code)`);

    await runner.query(`CREATE TABLE allocations (
      id uuid PRIMARY KEY,
      agreement_id uuid NOT NULL,
      fiscal_year int NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('PROGRAM', 'REINTEGRATION_GRANT')),
      program_id uuid,
      case_id uuid,
      grant_id uuid,
      amount bigint NOT NULL CHECK (amount >= 0),
      status text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'RELEASED')),
      budget_id uuid REFERENCES budgets (id),
      rejection_reason text,
      released_amount bigint,
      requested_at timestamptz NOT NULL,
      request_event_id uuid NOT NULL,
      decided_at timestamptz,
      decided_by text,
      CHECK ((purpose = 'PROGRAM' AND program_id IS NOT NULL)
          OR (purpose = 'REINTEGRATION_GRANT' AND case_id IS NOT NULL AND grant_id IS NOT NULL)),
      CHECK (status NOT IN ('APPROVED', 'RELEASED') OR budget_id IS NOT NULL))`);
    // One open (pending or approved) allocation per program or grant: a repeated request is a duplicate,
    // while a new request after a rejection is a new allocation.
    await runner.query(
      `CREATE UNIQUE INDEX allocations_open_per_program ON allocations (program_id) WHERE status IN ('PENDING', 'APPROVED')`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX allocations_open_per_grant ON allocations (grant_id) WHERE status IN ('PENDING', 'APPROVED')`,
    );
    await runner.query(`CREATE INDEX allocations_agreement ON allocations (agreement_id, fiscal_year)`);
    await runner.query(`CREATE INDEX allocations_budget ON allocations (budget_id)`);

    await runner.query(`CREATE TABLE disbursements (
      id uuid PRIMARY KEY,
      allocation_id uuid NOT NULL REFERENCES allocations (id),
      budget_id uuid NOT NULL REFERENCES budgets (id),
      amount bigint NOT NULL CHECK (amount > 0),
      date date NOT NULL,
      description text NOT NULL,
      reference text NOT NULL,
      recorded_by text NOT NULL,
      recorded_at timestamptz NOT NULL)`);
    await runner.query(`CREATE INDEX disbursements_allocation ON disbursements (allocation_id)`);

    await runner.query(`CREATE TABLE ledger_entries (
      id uuid PRIMARY KEY,
      seq bigserial NOT NULL UNIQUE,
      budget_id uuid NOT NULL REFERENCES budgets (id),
      kind text NOT NULL CHECK (kind IN ('CEILING_SET', 'CEILING_REVISED', 'ALLOCATED', 'RELEASED', 'DISBURSED')),
      amount bigint NOT NULL CHECK (amount >= 0),
      ceiling_change bigint NOT NULL DEFAULT 0,
      allocated_change bigint NOT NULL DEFAULT 0,
      disbursed_change bigint NOT NULL DEFAULT 0,
      allocation_id uuid REFERENCES allocations (id),
      disbursement_id uuid REFERENCES disbursements (id),
      reason text,
      recorded_by text NOT NULL,
      caused_by text,
      recorded_at timestamptz NOT NULL)`);
    await runner.query(`CREATE INDEX ledger_entries_budget ON ledger_entries (budget_id)`);
    await runner.query(
      `CREATE INDEX ledger_entries_allocation ON ledger_entries (allocation_id) WHERE allocation_id IS NOT NULL`,
    );
    await runner.query(`CREATE FUNCTION refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are immutable (% refused): record a correcting entry instead', TG_OP;
      END $$`);
    await runner.query(`CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION refuse_ledger_change()`);
    await runner.query(`CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_ledger_change()`);
  }

  async down(runner: QueryRunner) {
    await runner.query(`DROP TABLE ledger_entries`);
    await runner.query(`DROP FUNCTION refuse_ledger_change()`);
    await runner.query(`DROP TABLE disbursements`);
    await runner.query(`DROP TABLE allocations`);
    await runner.query(`DROP TABLE budgets`);
    await runner.query(`DROP TABLE agreements`);
  }
}
