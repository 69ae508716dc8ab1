// S1 commands of the rehabilitation service: register a participant, record attendance, record a
// release, each against a bare `pg` pool running the very transactions the service committed
// (recorded statement by statement) on a copy of the database taken just before, in the same run.
import { asSchemaOwner, jsonHeaders, measureCommand, runBench, startBuiltService } from '@sinergi/testing';

const NIK_KEYS = {
  NIK_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  NIK_HASH_KEY: 'bench-nik-hash-key-0123456789abcdef',
};
const LAPAS = { code: 'LAPAS-BENCH', name: 'Lapas Pengukuran', kind: 'LAPAS', regionCode: '1505' };
const BAPAS = { code: 'BAPAS-BENCH', name: 'Bapas Pengukuran', kind: 'BAPAS', regionCode: '1571' };
/** The facility's own program-officer records attendance. */
const PROGRAM_OFFICER = {
  clientId: 'bench-program-officer',
  agencyCode: LAPAS.code,
  roles: ['program-officer'],
};
/** Attendance: this many programs running at once, each with a class of CLASS_SIZE people. */
const PROGRAMS = 32;
const CLASS_SIZE = 20;
const SESSIONS_PER_PROGRAM = 64;
/** People registered in the measured run (each call with a token of its own: a token is good once). */
const REGISTRATIONS = 4096;

/** A unique, valid NIK and registration number for the n-th person (born 1990-05-12, male). */
function person(n: number) {
  const district = String(1 + (Math.floor(n / 9999) % 99)).padStart(2, '0');
  const serial = String(1 + (n % 9999)).padStart(4, '0');
  return {
    registrationNumber: `BENCH-${n}`,
    nik: `1505${district}120590${serial}`,
    fullName: `Warga Binaan ${n}`,
    sex: 'M',
    birthDate: '1990-05-12',
    facilityCode: LAPAS.code,
  };
}

/** Ids of the people still incarcerated at the facility, in id order. */
const incarcerated = () =>
  asSchemaOwner('rehabilitation', async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM participant WHERE status = 'INCARCERATED' ORDER BY id`,
    );
    return rows.map((r) => r.id);
  });

/**
 * Programs in progress under an active agreement of the facility and the BAPAS, the first
 * CLASS_SIZE people enrolled in each and SESSIONS_PER_PROGRAM sessions held, written as the
 * service's schema owner would (the state the service's own commands lead to). Answers the
 * attendance calls to make: one per session, the whole class each.
 */
async function seedClasses(classIds: string[]) {
  return asSchemaOwner('rehabilitation', async (db) => {
    await db.query(
      `INSERT INTO known_agreement (id, kind, status, scopes, party_codes, start_date, end_date)
       VALUES ('0193a000-0000-7000-8000-000000000001', 'MOU', 'ACTIVE', '{SKILLS_TRAINING}', $1,
               '2026-01-01', '2030-12-31')`,
      [[LAPAS.code, BAPAS.code]],
    );
    await db.query(
      `INSERT INTO program (id, agreement_id, facility_code, track, category, title, capacity, start_date,
                            end_date, planned_sessions, budget_requested, status, funding_status)
       SELECT gen_random_uuid(), '0193a000-0000-7000-8000-000000000001', $1, 'KEMANDIRIAN', 'WELDING',
              'Pelatihan las ' || g, $2, '2026-01-05', '2026-12-20', $3, 50000000, 'IN_PROGRESS', 'APPROVED'
         FROM generate_series(1, $4) g`,
      [LAPAS.code, CLASS_SIZE, SESSIONS_PER_PROGRAM, PROGRAMS],
    );
    await db.query(
      `INSERT INTO enrollment (id, program_id, participant_id, status)
       SELECT gen_random_uuid(), p.id, person, 'ENROLLED' FROM program p, unnest($1::uuid[]) person`,
      [classIds],
    );
    await db.query(
      `INSERT INTO program_session (id, program_id, date, topic)
       SELECT gen_random_uuid(), p.id, DATE '2026-01-05' + g, 'Sesi ' || g
         FROM program p, generate_series(1, $1) g`,
      [SESSIONS_PER_PROGRAM],
    );
    const { rows } = await db.query<{ program_id: string; id: string }>(
      `SELECT program_id, id FROM program_session ORDER BY date, program_id`,
    );
    return rows.map((r) => `/programs/${r.program_id}/sessions/${r.id}/attendance`);
  });
}

async function main() {
  const agreements = await startBuiltService('agreements');
  const rehabilitation = await startBuiltService('rehabilitation', NIK_KEYS);
  try {
    for (const agency of [LAPAS, BAPAS]) {
      const response = await fetch(`${agreements.url}/agencies`, {
        method: 'POST',
        headers: await jsonHeaders('agreements', 'POST', '/agencies'),
        body: JSON.stringify(agency),
      });
      if (response.status !== 201) throw new Error(`registering ${agency.code}: ${response.status}`);
    }
    // The facility reaches rehabilitation as an event; registering the first person proves it arrived.
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${rehabilitation.url}/participants`, {
        method: 'POST',
        headers: await jsonHeaders('rehabilitation', 'POST', '/participants'),
        body: JSON.stringify(person(0)),
      });
      if (response.status === 201) break;
      if (attempt > 100) throw new Error(`the facility never reached rehabilitation (${response.status})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    // A database can be copied only while no one is connected to it.
    await Promise.all([agreements.stop(), rehabilitation.stop()]);
  }

  console.log('S1 commands (rehabilitation service directly, against the same SQL run raw)');
  await measureCommand({
    service: 'rehabilitation',
    env: NIK_KEYS,
    what: 'register a participant',
    marker: /INSERT INTO participant /i,
    command: {
      paths: Array.from({ length: REGISTRATIONS }, () => '/participants'),
      body: (i) => person(i + 1),
    },
  });

  const people = await incarcerated();
  if (people.length < CLASS_SIZE) throw new Error(`only ${people.length} people registered`);
  const classIds = people.slice(0, CLASS_SIZE);
  const sessions = await seedClasses(classIds);
  await measureCommand({
    service: 'rehabilitation',
    env: NIK_KEYS,
    what: `record attendance (${CLASS_SIZE} people a session)`,
    marker: /INSERT INTO attendance/i,
    command: {
      paths: sessions,
      caller: PROGRAM_OFFICER,
      body: (i) => ({
        records: classIds.map((participantId, j) => ({
          participantId,
          status: (i + j) % 10 === 0 ? 'ABSENT' : 'PRESENT',
        })),
      }),
    },
  });

  const released = await incarcerated();
  await measureCommand({
    service: 'rehabilitation',
    env: NIK_KEYS,
    what: 'record a release',
    marker: /UPDATE participant SET status/i,
    command: {
      paths: released.map((id) => `/participants/${id}/release`),
      body: () => ({ releaseDate: '2026-11-01', releaseType: 'PAROLE', bapasCode: BAPAS.code }),
    },
  });
}

runBench(main);
