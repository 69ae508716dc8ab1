// Grows the Muaro Jambi story by whole units of data, straight in each service's schema as its owner:
// participants by COPY (their personal data sealed by the rehabilitation service's own vault, bound
// to each row), everything else by INSERT … SELECT over generate_series, copying a row the journey
// created through the API and changing what must differ (ids, numbers, links), so that every row
// keeps the constraints and reads back like one the services wrote themselves.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { NikVault } from '../../rehabilitation/src/participants/nik-vault';
import type { RehabilitationEnv } from '../../rehabilitation/src/config/rehabilitation-env';
import type { JourneyResult } from '../src/demo/muaro-jambi-journey';
import { AGENCIES } from '../src/demo/muaro-jambi-journey';
import type { ServiceName } from './bench-platform';

/**
 * Rows one unit of data adds (100 units: a million participants). Programs stay within their
 * capacity, so a program's enrolments do not grow with the data; the programs do.
 */
export const PER_UNIT = {
  participants: 10_000,
  /** Every tenth participant completed their program, was released and has a case open. */
  releasedEvery: 10,
  /** A full first page of programs (and allocations) at 1×, and 4,800 (the overview reads 5,000) at 100×. */
  programs: 48,
  agreements: 10,
  /** Disbursements (and their ledger entries) per program allocation. */
  disbursementsPerAllocation: 20,
  auditEntries: 10_000,
  personalDataReads: 1_000,
} as const;

/**
 * The id of the n-th seeded row of a kind: a version-4 UUID made of the MD5 of `<kind>-<n>`, which
 * `sqlId` computes the same in PostgreSQL (so rows of different services can name each other).
 */
export function seededId(kind: string, n: number): string {
  const hex = createHash('md5').update(`${kind}-${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}
const sqlId = (kind: string, n: string) =>
  `overlay(overlay(md5('${kind}-' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

/**
 * `count` copies of the row of `table` that `template` selects, numbered n = $1 … $2 - 1 by
 * generate_series, with the columns of `changes` (SQL expressions over n and the template t) replaced.
 */
function copies(table: string, template: string, changes: Record<string, string>, where = 'TRUE'): string {
  const pairs = Object.entries(changes)
    .map(([column, value]) => `'${column}', ${value}`)
    .join(', ');
  return `INSERT INTO ${table}
    SELECT (jsonb_populate_record(t, jsonb_build_object(${pairs}))).*
      FROM ${table} t, generate_series($1::int, $2::int - 1) AS n
     WHERE t.id = (${template}) AND ${where}`;
}

/**
 * A connection as the schema's owner. PostgreSQL is shared by everything on this machine: when its
 * connection slots are all taken (SQLSTATE 53300), wait for one rather than abandon the run.
 */
export async function connectOwner(url: string): Promise<Client> {
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      return client;
    } catch (error) {
      if ((error as { code?: string }).code !== '53300' || attempt >= 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

/**
 * Vacuums and analyses what was just seeded, as autovacuum would soon after in production (it may be
 * off on a development server): visibility maps and hint bits set, so reads do not pay for the bulk load.
 */
async function settle(db: Client, tables: string): Promise<void> {
  await db.query(`VACUUM (ANALYZE) ${tables}`);
}

async function withOwner<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await connectOwner(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Streams rows (tab-separated, COPY text format) into a table through psql's \copy, one statement. */
async function copyRows(url: string, table: string, columns: string[], rows: () => Iterable<string>) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await copyOnce(url, table, columns, rows());
    } catch (error) {
      // All connection slots taken (see connectOwner): nothing was copied, so try again.
      if (!/remaining connection slots/.test((error as Error).message) || attempt >= 60) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function copyOnce(url: string, table: string, columns: string[], rows: Iterable<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const psql = spawn(
      'psql',
      [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy ${table} (${columns.join(', ')}) FROM STDIN`],
      {
        stdio: ['pipe', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    psql.stderr.on('data', (chunk) => (stderr += chunk));
    psql.on('error', reject);
    psql.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`COPY ${table}: ${stderr.trim()}`)),
    );
    const iterator = rows[Symbol.iterator]();
    const write = () => {
      for (;;) {
        let batch = '';
        for (let i = 0; i < 1000; i++) {
          const next = iterator.next();
          if (next.done) {
            psql.stdin.end(batch);
            return;
          }
          batch += next.value;
        }
        if (!psql.stdin.write(batch)) return void psql.stdin.once('drain', write);
      }
    };
    write();
  });
}

const bytea = (buffer: Buffer) => `\\\\x${buffer.toString('hex')}`;

function* participantRows(vault: NikVault, from: number, to: number, today: string): Generator<string> {
  for (let n = from; n < to; n++) {
    const id = seededId('growth-participant', n);
    const nik = `15${String(n).padStart(14, '0')}`;
    const sealed = vault.encrypt(nik, id);
    const released = n % PER_UNIT.releasedEvery === 0;
    yield (
      [
        id,
        `GROWTH-${n}`,
        AGENCIES.lapas.code,
        bytea(sealed.ciphertext),
        bytea(sealed.iv),
        bytea(sealed.authTag),
        sealed.keyId,
        vault.lookupHash(nik),
        vault.seal('fullName', `Peserta ${n}`, id),
        n % 3 === 0 ? 'F' : 'M',
        vault.seal('birthDate', '1990-01-01', id),
        released ? 'RELEASED' : 'INCARCERATED',
        released ? today : '\\N',
        released ? 'PAROLE' : '\\N',
        released ? AGENCIES.bapas.code : '\\N',
        released ? '1505' : '\\N',
      ].join('\t') + '\n'
    );
  }
}

export interface GrowthContext {
  ownerUrl(service: ServiceName): string;
  journey: JourneyResult;
  nikKeys: Pick<RehabilitationEnv, 'NIK_ENCRYPTION_KEY' | 'NIK_HASH_KEY'>;
}

/** Adds units `from` … `to - 1` of data to every service. */
export async function grow(context: GrowthContext, from: number, to: number): Promise<void> {
  const { journey } = context;
  const range = (perUnit: number) => [from * perUnit, to * perUnit];
  const today = new Date().toISOString().slice(0, 10);

  // rehabilitation: participants, programs of the PKS, an enrolment for each participant.
  const vault = new NikVault({ ...context.nikKeys, NIK_ENCRYPTION_KEY_ID: 'k1' } as RehabilitationEnv);
  const [pFrom, pTo] = range(PER_UNIT.participants);
  await copyRows(
    context.ownerUrl('rehabilitation'),
    'rehabilitation.participant',
    [
      'id',
      'registration_number',
      'facility_code',
      'nik_ciphertext',
      'nik_iv',
      'nik_auth_tag',
      'nik_key_id',
      'nik_hash',
      'full_name_sealed',
      'sex',
      'birth_date_sealed',
      'status',
      'release_date',
      'release_type',
      'bapas_code',
      'domicile_region_code',
    ],
    () => participantRows(vault, pFrom, pTo, today),
  );
  const perProgram = Math.ceil(PER_UNIT.participants / PER_UNIT.programs);
  const programOf = (n: string) =>
    sqlId('growth-program', `(${n} * ${PER_UNIT.programs} / ${PER_UNIT.participants})`);
  const released = `n % ${PER_UNIT.releasedEvery} = 0`;
  await withOwner(context.ownerUrl('rehabilitation'), async (db) => {
    const welding = `SELECT '${journey.programIds.welding}'::uuid`;
    await db.query(
      copies('rehabilitation.program', welding, {
        id: sqlId('growth-program', 'n'),
        title: `t.title || ' ' || n`,
        capacity: `${perProgram}`,
        budget_requested: '100000',
        allocation_id: sqlId('growth-allocation', 'n'),
      }),
      range(PER_UNIT.programs),
    );
    // Each program holds its capacity, a tenth of it completed (with a certificate), the rest enrolled.
    await db.query(
      `INSERT INTO rehabilitation.enrollment
         (id, program_id, participant_id, status, score, certificate_number, enrolled_at, ended_at)
       SELECT ${sqlId('growth-enrollment', 'n')},
              ${programOf('n')},
              ${sqlId('growth-participant', 'n')},
              CASE WHEN ${released} THEN 'COMPLETED' ELSE 'ENROLLED' END,
              CASE WHEN ${released} THEN 85 END,
              CASE WHEN ${released} THEN 'GROWTH/' || n END,
              now(),
              CASE WHEN ${released} THEN now() END
         FROM generate_series($1::int, $2::int - 1) AS n`,
      [pFrom, pTo],
    );
    // Reads of one participant's personal data, for its access log.
    await db.query(
      `INSERT INTO rehabilitation.personal_data_access (id, participant_id, client_id, agency_code, route, accessed_at)
       SELECT ${sqlId('growth-access', 'n')}, $3, 'test-platform-admin', '${AGENCIES.lapas.code}',
              'GET /participants/:id', now()
         FROM generate_series($1::int, $2::int - 1) AS n`,
      [...range(PER_UNIT.personalDataReads), journey.participantIds[0]],
    );
    await settle(
      db,
      'rehabilitation.participant, rehabilitation.program, rehabilitation.enrollment, rehabilitation.personal_data_access',
    );
  });

  // reintegration: a case and a training completion under the PKS for every released participant.
  await withOwner(context.ownerUrl('reintegration'), async (db) => {
    await db.query(
      copies(
        'reintegration.reintegration_case',
        `SELECT '${journey.caseIds[2]}'::uuid`,
        {
          id: sqlId('growth-case', 'n'),
          participant_id: sqlId('growth-participant', 'n'),
          status: `'OPEN'`,
          release_date: `'${today}'`,
          opened_at: 'now()',
        },
        released,
      ),
      [pFrom, pTo],
    );
    await db.query(
      `INSERT INTO reintegration.training_completion
       SELECT (jsonb_populate_record(t, jsonb_build_object(
                 'enrollment_id', ${sqlId('growth-enrollment', 'n')},
                 'participant_id', ${sqlId('growth-participant', 'n')},
                 'program_id', ${programOf('n')},
                 'certificate_number', 'GROWTH/' || n))).*
         FROM reintegration.training_completion t, generate_series($1::int, $2::int - 1) AS n
        WHERE t.participant_id = $3 AND t.agreement_id = $4 AND ${released}`,
      [pFrom, pTo, journey.participantIds[2], journey.pksId],
    );
    await settle(db, 'reintegration.reintegration_case, reintegration.training_completion');
  });

  // budgeting: an approved allocation for every new program, paid out in many small disbursements.
  await withOwner(context.ownerUrl('budgeting'), async (db) => {
    const approved = `SELECT id FROM budgeting.allocations WHERE status = 'APPROVED' AND budget_id = '${journey.budgetId}' ORDER BY id LIMIT 1`;
    await db.query(
      copies('budgeting.allocations', approved, {
        id: sqlId('growth-allocation', 'n'),
        program_id: sqlId('growth-program', 'n'),
        amount: '100000',
        request_event_id: 'gen_random_uuid()',
        requested_at: 'now()',
        decided_at: 'now()',
      }),
      range(PER_UNIT.programs),
    );
    await db.query(
      `INSERT INTO budgeting.ledger_entries (id, budget_id, kind, amount, allocated_change, allocation_id, recorded_by, recorded_at)
       SELECT ${sqlId('growth-allocated', 'n')}, $3, 'ALLOCATED', 100000, 100000, ${sqlId('growth-allocation', 'n')},
              'test-platform-admin', now()
         FROM generate_series($1::int, $2::int - 1) AS n`,
      [...range(PER_UNIT.programs), journey.budgetId],
    );
    const per = PER_UNIT.disbursementsPerAllocation;
    const [dFrom, dTo] = range(PER_UNIT.programs * per);
    await db.query(
      `INSERT INTO budgeting.disbursements (id, allocation_id, budget_id, amount, date, description, reference, recorded_by, recorded_at)
       SELECT ${sqlId('growth-disbursement', 'n')}, ${sqlId('growth-allocation', `(n / ${per})`)}, $3, 1000, CURRENT_DATE,
              'Honor instruktur', 'GROWTH/' || n, 'test-platform-admin', now()
         FROM generate_series($1::int, $2::int - 1) AS n`,
      [dFrom, dTo, journey.budgetId],
    );
    await db.query(
      `INSERT INTO budgeting.ledger_entries (id, budget_id, kind, amount, disbursed_change, allocation_id, disbursement_id, recorded_by, recorded_at)
       SELECT ${sqlId('growth-disbursed', 'n')}, $3, 'DISBURSED', 1000, 1000, ${sqlId('growth-allocation', `(n / ${per})`)},
              ${sqlId('growth-disbursement', 'n')}, 'test-platform-admin', now()
         FROM generate_series($1::int, $2::int - 1) AS n`,
      [dFrom, dTo, journey.budgetId],
    );
    await settle(db, 'budgeting.allocations, budgeting.ledger_entries, budgeting.disbursements');
  });

  // agreements: more active PKS under the MoU, each with its parties and first version.
  await withOwner(context.ownerUrl('agreements'), async (db) => {
    const pks = `SELECT '${journey.pksId}'::uuid`;
    await db.query(
      copies('agreements.agreements', pks, {
        id: sqlId('growth-agreement', 'n'),
        number: `t.number || '/G' || n`,
      }),
      range(PER_UNIT.agreements),
    );
    for (const table of ['agreement_parties', 'agreement_versions'])
      await db.query(
        `INSERT INTO agreements.${table}
         SELECT (jsonb_populate_record(t, jsonb_build_object('agreement_id', ${sqlId('growth-agreement', 'n')}))).*
           FROM agreements.${table} t, generate_series($1::int, $2::int - 1) AS n
          WHERE t.agreement_id = $3`,
        [...range(PER_UNIT.agreements), journey.pksId],
      );
    await settle(db, 'agreements.agreements, agreements.agreement_parties, agreements.agreement_versions');
  });

  // gateway: the audit trail.
  await withOwner(context.ownerUrl('gateway'), async (db) => {
    await db.query(
      copies('gateway.audit_entry', 'SELECT id FROM gateway.audit_entry ORDER BY id LIMIT 1', {
        id: sqlId('growth-audit', 'n'),
      }),
      range(PER_UNIT.auditEntries),
    );
    await settle(db, 'gateway.audit_entry');
  });
}
