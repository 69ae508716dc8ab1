import { randomUUID } from 'node:crypto';
import { COMMAND_KEY_HEADER, type RunningService } from '@sinergi/platform';
import { Client } from 'pg';
import { internalHeaders, serviceNameOf, testInfrastructure } from '@sinergi/testing';
import { SealPlaintextParticipants } from '../src/participants/seal-plaintext-participants';
import {
  admin,
  auditor,
  call,
  database,
  expectOutboxFreeOfPersonalData,
  nikFor,
  personalDataGiven,
  programOfficer,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  TEST_NIK_KEY,
  unique,
} from './support';

describe('participants: NIK validated, encrypted at rest, masked, and every unmasked read audited', () => {
  let service: RunningService;
  const facility = unique('LAPAS-JAMBI');
  const otherFacility = unique('LAPAS-BUNGO');

  beforeAll(async () => {
    service = await startRehabilitation();
    await registerAgency(service, facility, 'LAPAS');
    await registerAgency(service, otherFacility, 'LAPAS');
  });
  afterAll(async () => {
    await service?.stop();
  });

  const body = (nik: string, overrides: object = {}) => ({
    registrationNumber: `REG-${randomUUID()}`,
    nik,
    fullName: 'Budi Santoso',
    sex: 'M',
    birthDate: '1990-05-12',
    facilityCode: facility,
    ...overrides,
  });

  it.each([
    ['valid', '1505011205900101', {}, 201],
    ['valid, woman (day + 40)', '1505015205900102', { sex: 'F', fullName: 'Siti Aminah' }, 201],
    ['valid, Papua Pegunungan (95)', '9501011205900103', {}, 201],
    ['wrong length', '150501120590010', {}, 400],
    ['bad province (10)', '1005011205900104', {}, 400],
    ['date mismatch', '1505011305900105', {}, 400],
    ['woman without + 40', '1505011205900106', { sex: 'F' }, 400],
  ])('NIK %s (%s)', async (_name, nik, overrides, status) => {
    const reply = await call(service, admin, 'POST', '/participants', body(nik, overrides));
    expect(reply.status).toBe(status);
    if (status === 400) expect(reply.body.errors).toEqual([{ field: 'nik', message: expect.any(String) }]);
    else expect(reply.body).toMatchObject({ nik, status: 'INCARCERATED', personalDataMasked: false });
  });

  it('lists every invalid field in one 400', async () => {
    const reply = await call(service, admin, 'POST', '/participants', {
      registrationNumber: '',
      nik: 1505011205900101,
      fullName: 'X',
      sex: 'X',
      birthDate: '1990-13-40',
      facilityCode: facility,
      extra: true,
    });
    expect(reply.status).toBe(400);
    const fields = new Set(reply.body.errors.map((e: { field: string }) => e.field));
    expect([...fields].sort()).toEqual(['birthDate', 'extra', 'nik', 'registrationNumber', 'sex']);
  });

  it('refuses a NIK already registered (409), whichever facility', async () => {
    const nik = nikFor('1988-02-03', 'M', 4242, '150502');
    expect(
      (await call(service, admin, 'POST', '/participants', body(nik, { birthDate: '1988-02-03' }))).status,
    ).toBe(201);
    const again = await call(
      service,
      admin,
      'POST',
      '/participants',
      body(nik, { birthDate: '1988-02-03', facilityCode: otherFacility }),
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('participant.already-registered');
    expect(again.body.detail).toMatch(/NIK is already registered/);
  });

  it('answers a NIK held elsewhere with the same 409 as one held in the caller’s own facility, naming no holder', async () => {
    const heldElsewhere = nikFor('1987-04-05', 'M', 4343, '150502');
    const heldHere = nikFor('1987-04-06', 'M', 4344, '150502');
    const first = await call(
      service,
      programOfficer(facility),
      'POST',
      '/participants',
      body(heldElsewhere, { birthDate: '1987-04-05', fullName: 'Ahmad Holder' }),
    );
    expect(first.status).toBe(201);
    const mine = programOfficer(otherFacility);
    const own = { birthDate: '1987-04-06', facilityCode: otherFacility };
    expect((await call(service, mine, 'POST', '/participants', body(heldHere, own))).status).toBe(201);

    const elsewhere = await call(
      service,
      mine,
      'POST',
      '/participants',
      body(heldElsewhere, { birthDate: '1987-04-05', facilityCode: otherFacility }),
    );
    const here = await call(service, mine, 'POST', '/participants', body(heldHere, own));
    const comparable = ({ correlationId: _c, ...rest }: Record<string, unknown>) => rest;
    expect(elsewhere.status).toBe(409);
    expect(comparable(elsewhere.body)).toEqual(comparable(here.body));
    expect(Object.keys(elsewhere.body).sort()).toEqual(
      ['code', 'correlationId', 'detail', 'instance', 'status', 'title', 'type'].sort(),
    );
    const text = JSON.stringify(elsewhere.body);
    for (const secret of [facility, first.body.id, 'Ahmad Holder', 'LAPAS', 'BAPAS'])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });

  it('stores the NIK only as AES-256-GCM ciphertext with its key id, and a keyed hash', async () => {
    const { id, nik } = await registerParticipant(service, facility);
    const [row] = await database(service).query(
      `SELECT p::text AS whole_row, encode(nik_ciphertext, 'escape') AS ciphertext_text, nik_key_id, nik_hash,
              length(nik_iv) AS iv_bytes, length(nik_auth_tag) AS tag_bytes
         FROM participant p WHERE id = $1`,
      [id],
    );
    expect(row.whole_row).not.toContain(nik);
    expect(row.ciphertext_text).not.toContain(nik);
    expect(row.whole_row).not.toContain(Buffer.from(nik).toString('hex'));
    expect(row).toMatchObject({ nik_key_id: 'k1', iv_bytes: 12, tag_bytes: 16 });
    expect(row.nik_hash).toMatch(/^[0-9a-f]{64}$/);
    const [{ plain_sha256_hits }] = await database(service).query(
      `SELECT count(*)::int AS plain_sha256_hits FROM participant WHERE nik_hash = encode(sha256($1::bytea), 'hex')`,
      [Buffer.from(nik)],
    );
    expect(plain_sha256_hits).toBe(0); // keyed, so not a dictionary-attackable plain hash
  });

  it('keeps the full name and birth date only as GCM ciphertexts bound to their row and field', async () => {
    const fullName = `Nama Rahasia ${randomUUID()}`;
    const created = await call(
      service,
      admin,
      'POST',
      '/participants',
      body(nikFor('1991-07-21', 'M', 7001), {
        fullName,
        birthDate: '1991-07-21',
      }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const [row] = await database(service).query(
      `SELECT p::text AS whole_row, full_name_sealed, birth_date_sealed FROM participant p WHERE id = $1`,
      [id],
    );
    expect(row.whole_row).not.toContain(fullName);
    expect(row.whole_row).not.toContain('1991-07-21');
    expect(row.full_name_sealed).toMatch(/^k1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect((await call(service, admin, 'GET', `/participants/${id}`)).body).toMatchObject({
      fullName,
      birthDate: '1991-07-21',
    });
    // A ciphertext moved to another row or field does not open.
    const other = await registerParticipant(service, facility);
    const move = (sealed: string) =>
      database(service).query(`UPDATE participant SET full_name_sealed = $2 WHERE id = $1`, [
        other.id,
        sealed,
      ]);
    const [{ full_name_sealed: own }] = await database(service).query(
      `SELECT full_name_sealed FROM participant WHERE id = $1`,
      [other.id],
    );
    await move(row.full_name_sealed);
    expect((await call(service, admin, 'GET', `/participants/${other.id}`)).status).toBe(500);
    await move(own);
    expect((await call(service, admin, 'GET', `/participants/${other.id}`)).status).toBe(200);
  });

  it('seals the plaintext name and birth date of rows written before encryption, at start', async () => {
    const { id } = await registerParticipant(service, facility);
    await database(service).query(
      `UPDATE participant SET full_name = 'Lama Terbuka', birth_date = '1980-01-02', full_name_sealed = NULL,
              birth_date_sealed = NULL WHERE id = $1`,
      [id],
    );
    await service.app.get(SealPlaintextParticipants).onApplicationBootstrap();
    const [row] = await database(service).query(
      `SELECT p::text AS whole_row FROM participant p WHERE id = $1`,
      [id],
    );
    expect(row.whole_row).not.toContain('Lama Terbuka');
    expect(row.whole_row).not.toContain('1980-01-02');
    expect((await call(service, admin, 'GET', `/participants/${id}`)).body).toMatchObject({
      fullName: 'Lama Terbuka',
      birthDate: '1980-01-02',
    });
  });

  it('masks for auditors, hides other facilities (404), and audits every unmasked read', async () => {
    const { id, nik } = await registerParticipant(service, facility);
    const masked = await call(service, auditor, 'GET', `/participants/${id}`);
    expect(masked.status).toBe(200);
    expect(masked.body).toMatchObject({
      nik: `${nik.slice(0, 4)}********${nik.slice(-4)}`,
      personalDataMasked: true,
      birthDate: null,
    });
    expect(masked.body.fullName).toMatch(/^W\. B\. \w\.$/);

    expect((await call(service, programOfficer(otherFacility), 'GET', `/participants/${id}`)).status).toBe(
      404,
    );
    const others = await call(
      service,
      programOfficer(otherFacility),
      'GET',
      `/participants?facilityCode=${facility}`,
    );
    expect(others.body.items).toEqual([]);

    const officer = programOfficer(facility);
    const own = await call(service, officer, 'GET', `/participants/${id}`);
    expect(own.body).toMatchObject({ nik, personalDataMasked: false });
    const listed = await call(service, officer, 'GET', `/participants?status=INCARCERATED&limit=500`);
    expect(listed.body.items.map((p: { id: string }) => p.id)).toContain(id);

    const log = await call(service, auditor, 'GET', `/participants/${id}/access-log`);
    expect(log.status).toBe(200);
    // Registration (by the admin), the single read and the list read; the auditor's masked read is not one.
    expect(log.body.items.map((a: { clientId: string; route: string }) => [a.clientId, a.route])).toEqual([
      [admin.clientId, 'POST /participants'],
      [officer.clientId, 'GET /participants/:id'],
      [officer.clientId, 'GET /participants'],
    ]);
    expect(log.body.items[1]).toMatchObject({
      agencyCode: facility,
      participantId: id,
      accessedAt: expect.any(String),
    });
    // A page at a time, like every list.
    const firstPage = await call(service, auditor, 'GET', `/participants/${id}/access-log?limit=2`);
    expect(firstPage.body.items).toEqual(log.body.items.slice(0, 2));
    expect(firstPage.body.nextCursor).toBe(log.body.items[1].id);
    const secondPage = await call(
      service,
      auditor,
      'GET',
      `/participants/${id}/access-log?limit=2&cursor=${firstPage.body.nextCursor}`,
    );
    expect(secondPage.body).toEqual({ items: log.body.items.slice(2), nextCursor: null });
    expect(log.body.nextCursor).toBeNull();
    expect((await call(service, officer, 'GET', `/participants/${id}/access-log`)).status).toBe(403);
  });

  describe('the NIK masked on request, and shown with a reason recorded in the access log', () => {
    const officerPerson = {
      ...programOfficer(facility),
      clientId: 'user:0190a5c4-7e1b-7c3d-9f00-00000000a001',
      userId: '0190a5c4-7e1b-7c3d-9f00-00000000a001',
      userName: 'Rina Petugas Program',
    };
    const reason = 'Pencocokan data untuk surat pembebasan bersyarat';
    const entriesOf = async (id: string) =>
      (await call(service, auditor, 'GET', `/participants/${id}/access-log`)).body.items as Array<{
        clientId: string;
        route: string;
        reason: string | null;
        accessedByUser: unknown;
      }>;

    it('masks the NIK and withholds the birth date with nik=masked for an officer in scope, recording nothing', async () => {
      const { id, nik } = await registerParticipant(service, facility);
      const before = await entriesOf(id);
      expect(before.map((e) => [e.clientId, e.route, e.reason])).toEqual([
        [admin.clientId, 'POST /participants', null],
      ]);

      const one = await call(service, officerPerson, 'GET', `/participants/${id}?nik=masked`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        id,
        nik: `${nik.slice(0, 4)}********${nik.slice(-4)}`,
        nikMasked: true,
        birthDate: null,
        personalDataMasked: false,
      });
      expect(one.body.fullName).toMatch(/^Warga Binaan [0-9a-f]{8}$/);
      const listed = await call(
        service,
        officerPerson,
        'GET',
        `/participants?facilityCode=${facility}&nik=masked&limit=500`,
      );
      expect(listed.status).toBe(200);
      const row = listed.body.items.find((p: { id: string }) => p.id === id);
      expect(row).toMatchObject({ nik: `${nik.slice(0, 4)}********${nik.slice(-4)}`, nikMasked: true });
      expect(listed.body.items.every((p: { nikMasked: boolean }) => p.nikMasked)).toBe(true);

      expect(await entriesOf(id)).toEqual(before);
      // Without it, the same officer reads the NIK unmasked, and that read is recorded.
      const unmasked = await call(service, officerPerson, 'GET', `/participants/${id}`);
      expect(unmasked.body).toMatchObject({ nik, nikMasked: false, personalDataMasked: false });
      expect((await entriesOf(id)).map((e) => [e.clientId, e.route, e.reason])).toEqual([
        [admin.clientId, 'POST /participants', null],
        [officerPerson.clientId, 'GET /participants/:id', null],
      ]);
    });

    it.each([['unmasked'], ['MASKED'], ['']])('refuses nik=%s (400)', async (value) => {
      const { id } = await registerParticipant(service, facility);
      const one = await call(service, officerPerson, 'GET', `/participants/${id}?nik=${value}`);
      expect(one.status).toBe(400);
      expect(one.body.errors).toEqual([{ field: 'nik', message: expect.any(String) }]);
      const list = await call(service, officerPerson, 'GET', `/participants?nik=${value}`);
      expect(list.status).toBe(400);
      expect(list.body.errors).toEqual([{ field: 'nik', message: expect.any(String) }]);
    });

    it('shows the full NIK for a reason and records exactly one entry naming the reason and the person', async () => {
      const { id, nik } = await registerParticipant(service, facility);
      const before = await entriesOf(id);
      const shown = await call(service, officerPerson, 'POST', `/participants/${id}/nik-disclosures`, {
        reason,
      });
      expect(shown.status).toBe(200);
      expect(shown.body).toEqual({ participantId: id, nik });

      const after = await entriesOf(id);
      expect(after).toHaveLength(before.length + 1);
      expect(after.slice(0, before.length)).toEqual(before);
      expect(after[before.length]).toEqual({
        id: expect.any(String),
        participantId: id,
        clientId: officerPerson.clientId,
        agencyCode: facility,
        accessedByUser: { userId: officerPerson.userId, userName: 'Rina Petugas Program' },
        route: 'POST /participants/:id/nik-disclosures',
        reason,
        accessedAt: expect.any(String),
      });
      const [stored] = await database(service).query(
        `SELECT reason, user_name FROM personal_data_access WHERE participant_id = $1 AND reason IS NOT NULL`,
        [id],
      );
      expect(stored).toEqual({ reason, user_name: 'Rina Petugas Program' });
    });

    it.each([
      ['missing', {}],
      ['too short (9 characters)', { reason: 'Cek data.' }],
      ['blank', { reason: '            ' }],
      ['too long (501 characters)', { reason: 'x'.repeat(501) }],
      ['not a string', { reason: 1234567890 }],
    ])('refuses a reason %s (400) and records nothing', async (_name, body) => {
      const { id } = await registerParticipant(service, facility);
      const before = await entriesOf(id);
      const refused = await call(service, officerPerson, 'POST', `/participants/${id}/nik-disclosures`, body);
      expect(refused.status).toBe(400);
      // One error per broken rule, each naming the reason.
      const fields = refused.body.errors.map((e: { field: string }) => e.field);
      expect([...new Set(fields)]).toEqual(['reason']);
      expect(refused.body).not.toHaveProperty('nik');
      expect(await entriesOf(id)).toEqual(before);
    });

    it('accepts a reason of exactly 10 and of 500 characters', async () => {
      const { id, nik } = await registerParticipant(service, facility);
      for (const text of ['Cek data!!', 'y'.repeat(500)]) {
        const shown = await call(service, officerPerson, 'POST', `/participants/${id}/nik-disclosures`, {
          reason: text,
        });
        expect(shown.status).toBe(200);
        expect(shown.body.nik).toBe(nik);
      }
      expect((await entriesOf(id)).map((e) => e.reason)).toEqual([null, 'Cek data!!', 'y'.repeat(500)]);
    });

    it('never keeps the answer for a repeated command key: the repeat is 409 and records nothing', async () => {
      const { id, nik } = await registerParticipant(service, facility);
      const path = `/participants/${id}/nik-disclosures`;
      const send = async () => {
        const response = await fetch(`${service.url}${path}`, {
          method: 'POST',
          headers: {
            ...(await internalHeaders(
              { service: serviceNameOf(service), method: 'POST', path },
              officerPerson,
            )),
            'content-type': 'application/json',
            [COMMAND_KEY_HEADER]: `nik-${id}`,
          },
          body: JSON.stringify({ reason }),
        });
        return { status: response.status, body: (await response.json()) as { code?: string } };
      };
      expect(await send()).toEqual({ status: 200, body: { participantId: id, nik } });
      const repeat = await send();
      expect(repeat.status).toBe(409);
      expect(repeat.body.code).toBe('idempotency.response-not-kept');
      expect(JSON.stringify(repeat.body)).not.toContain(nik);
      expect((await entriesOf(id)).filter((e) => e.reason === reason)).toHaveLength(1);
      const [kept] = await database(service).query(
        `SELECT body FROM command_keys WHERE client_id = $1 AND key = $2`,
        [officerPerson.clientId, `nik-${id}`],
      );
      expect(kept).toEqual({ body: null });
    });

    it('answers an auditor 403 and an officer of another facility 404, recording nothing', async () => {
      const { id } = await registerParticipant(service, facility);
      const before = await entriesOf(id);
      const audited = await call(service, auditor, 'POST', `/participants/${id}/nik-disclosures`, { reason });
      expect(audited.status).toBe(403);
      expect(audited.body).not.toHaveProperty('nik');
      const elsewhere = await call(
        service,
        programOfficer(otherFacility),
        'POST',
        `/participants/${id}/nik-disclosures`,
        { reason },
      );
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body).not.toHaveProperty('nik');
      const unknown = await call(service, admin, 'POST', `/participants/${randomUUID()}/nik-disclosures`, {
        reason,
      });
      expect(unknown.status).toBe(404);
      expect(await entriesOf(id)).toEqual(before);
    });

    it('shows the NIK to the platform-admin and to the supervising BAPAS after release', async () => {
      const bapas = unique('BAPAS-JAMBI');
      await registerAgency(service, bapas, 'BAPAS');
      const { id, nik } = await registerParticipant(service, facility);
      const released = await call(service, admin, 'POST', `/participants/${id}/release`, {
        releaseDate: '2027-02-20',
        releaseType: 'PAROLE',
        bapasCode: bapas,
      });
      expect(released.status).toBe(200);
      const supervisor = { clientId: 'pk-nik', agencyCode: bapas, roles: ['probation-officer'] };
      const otherBapas = {
        clientId: 'pk-other',
        agencyCode: unique('BAPAS-BUNGO'),
        roles: ['probation-officer'],
      };
      for (const caller of [admin, supervisor]) {
        const shown = await call(service, caller, 'POST', `/participants/${id}/nik-disclosures`, { reason });
        expect(shown).toEqual({ status: 200, body: { participantId: id, nik } });
      }
      expect(
        (await call(service, otherBapas, 'POST', `/participants/${id}/nik-disclosures`, { reason })).status,
      ).toBe(404);
      const log = await entriesOf(id);
      expect(log.filter((e) => e.reason === reason).map((e) => e.clientId)).toEqual([
        admin.clientId,
        supervisor.clientId,
      ]);
    });
  });

  it("lists for each officer exactly the people in their scope: a facility's inmates, a BAPAS's supervisees", async () => {
    const lapas = unique('LAPAS-MUARA');
    const bapas = unique('BAPAS-MUARA');
    await registerAgency(service, lapas, 'LAPAS');
    await registerAgency(service, bapas, 'BAPAS');
    const inmates = [await registerParticipant(service, lapas), await registerParticipant(service, lapas)];
    const elsewhere = await registerParticipant(service, otherFacility);
    for (const { id } of [inmates[1], elsewhere]) {
      const released = await call(service, admin, 'POST', `/participants/${id}/release`, {
        releaseDate: '2027-02-20',
        releaseType: 'PAROLE',
        bapasCode: bapas,
      });
      expect(released.status).toBe(200);
    }
    const idsFor = async (caller: { clientId: string; agencyCode: string; roles: string[] }) => {
      const reply = await call(service, caller, 'GET', '/participants?limit=100');
      expect(reply.status).toBe(200);
      return (reply.body.items as Array<{ id: string }>).map((p) => p.id).sort();
    };
    const both = { clientId: 'pk-both', agencyCode: bapas, roles: ['program-officer', 'probation-officer'] };
    expect(await idsFor(programOfficer(lapas))).toEqual(inmates.map((p) => p.id).sort());
    expect(await idsFor({ clientId: 'pk-bapas', agencyCode: bapas, roles: ['probation-officer'] })).toEqual(
      [inmates[1].id, elsewhere.id].sort(),
    );
    expect(await idsFor(both)).toEqual([inmates[1].id, elsewhere.id].sort());
  });

  it('keeps reading old rows after a key rotation', async () => {
    const { id, nik } = await registerParticipant(service, facility);
    const rotated = await startRehabilitation({
      NIK_ENCRYPTION_KEY: 'b2'.repeat(32),
      NIK_ENCRYPTION_KEY_ID: 'k2',
      NIK_PREVIOUS_ENCRYPTION_KEYS: `k1:${TEST_NIK_KEY}`,
    });
    let fresh: { id: string; nik: string } | undefined;
    try {
      expect((await call(rotated, admin, 'GET', `/participants/${id}`)).body.nik).toBe(nik);
      fresh = await registerParticipant(rotated, facility);
      const [row] = await database(rotated).query(`SELECT nik_key_id FROM participant WHERE id = $1`, [
        fresh.id,
      ]);
      expect(row.nik_key_id).toBe('k2');
      expect((await call(rotated, admin, 'GET', `/participants/${fresh.id}`)).body.nik).toBe(fresh.nik);
    } finally {
      await rotated.stop();
      // The test files of a run share its database, and no other service there holds key k2.
      if (fresh) await forgetParticipant(fresh.id);
    }
  });

  it('publishes participant.registered without personal data, and no outbox row carries any', async () => {
    personalDataGiven.push('Budi Santoso', 'Siti Aminah', '1990-05-12', '1988-02-03', '1505011205900101');
    const [registered] = await database(service).query(
      `SELECT envelope FROM outbox WHERE event_type = 'participant.registered' ORDER BY position DESC LIMIT 1`,
    );
    expect(Object.keys(registered.envelope.data)).toEqual(['facilityCode']);
    await expectOutboxFreeOfPersonalData(service);
  });
});

/** Deletes a participant and its access log as the schema's owner (the service's role may not delete). */
async function forgetParticipant(id: string) {
  const owner = new Client({
    connectionString: testInfrastructure().migrationDatabaseUrlOf('rehabilitation'),
  });
  await owner.connect();
  try {
    await owner.query('DELETE FROM personal_data_access WHERE participant_id = $1', [id]);
    await owner.query('DELETE FROM participant WHERE id = $1', [id]);
  } finally {
    await owner.end();
  }
}
