import { Topics } from '@sinergi/contracts';
import { EventProbe } from '@sinergi/testing';
import { count, officerOf, PEMKAB, startAgreements, type TestApi } from './support';

describe('agencies (real PostgreSQL and Kafka)', () => {
  let api: TestApi;
  let probe: EventProbe;

  beforeAll(async () => {
    api = await startAgreements();
    probe = await EventProbe.start([Topics.agency]);
  });
  afterAll(async () => {
    await probe?.stop();
    await api?.stop();
  });

  it('registers an agency once and announces it', async () => {
    const body = {
      code: 'DISNAKER-MUARO-JAMBI',
      name: 'Dinas Tenaga Kerja',
      kind: 'DINAS',
      regionCode: '1505',
    };
    const created = await api.call('POST', '/agencies', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject(body);

    const [event] = await probe.waitFor((m) => m.key === body.code);
    expect(event.envelope).toMatchObject({ type: 'agency.registered', data: body });

    const again = await api.call('POST', '/agencies', { ...body, name: 'Another name' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('agency.already-registered');
    expect((await api.call('GET', `/agencies/${body.code}`)).body.name).toBe('Dinas Tenaga Kerja');
  });

  it('keeps a time zone per agency: WIB unless told WITA or WIT, changed by platform-admin and announced', async () => {
    const wib = await api.call('POST', '/agencies', {
      code: 'DINSOS-MUARO-JAMBI',
      name: 'Dinas Sosial',
      kind: 'DINAS',
      regionCode: '1505',
    });
    expect(wib.status).toBe(201);
    expect(wib.body.timeZone).toBe('Asia/Jakarta');

    const wit = { code: 'PEMKAB-JAYAPURA', name: 'Pemkab Jayapura', kind: 'PEMKAB', regionCode: '9103' };
    const created = await api.call('POST', '/agencies', { ...wit, timeZone: 'Asia/Jayapura' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...wit, timeZone: 'Asia/Jayapura' });
    const [registered] = await probe.waitFor((m) => m.key === wit.code);
    expect(registered.envelope).toMatchObject({
      type: 'agency.registered',
      data: { ...wit, timeZone: 'Asia/Jayapura' },
    });

    const moved = await api.call('PATCH', `/agencies/${wit.code}`, { timeZone: 'Asia/Makassar' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ ...wit, timeZone: 'Asia/Makassar' });
    expect((await api.call('GET', `/agencies/${wit.code}`)).body.timeZone).toBe('Asia/Makassar');
    const updated = await probe.waitFor((m) => m.key === wit.code && m.envelope?.type === 'agency.updated');
    expect(updated.map((m) => m.envelope?.data)).toEqual([{ ...wit, timeZone: 'Asia/Makassar' }]);

    const renamed = await api.call('PATCH', `/agencies/${wit.code}`, {
      name: 'Pemerintah Kabupaten Jayapura',
    });
    expect(renamed.body).toMatchObject({ name: 'Pemerintah Kabupaten Jayapura', timeZone: 'Asia/Makassar' });
  });

  it('refuses any other time zone with 400 naming the field, and changes nothing', async () => {
    const before = await count(api, 'SELECT count(*) FROM agencies');
    for (const timeZone of ['UTC', 'Asia/Singapore', 'WIT', '+09:00', 9]) {
      const registered = await api.call('POST', '/agencies', {
        code: 'PEMKAB-MIMIKA',
        name: 'Pemkab Mimika',
        kind: 'PEMKAB',
        regionCode: '9109',
        timeZone,
      });
      expect([timeZone, registered.status, registered.body.code]).toEqual([
        timeZone,
        400,
        'request.invalid-input',
      ]);
      expect(registered.body.errors.map((e: { field: string }) => e.field)).toEqual(['timeZone']);

      const patched = await api.call('PATCH', `/agencies/${PEMKAB}`, { timeZone });
      expect([timeZone, patched.status]).toEqual([timeZone, 400]);
      expect(patched.body.errors.map((e: { field: string }) => e.field)).toEqual(['timeZone']);
    }
    expect(await count(api, 'SELECT count(*) FROM agencies')).toBe(before);
    expect((await api.call('GET', `/agencies/${PEMKAB}`)).body.timeZone).toBe('Asia/Jakarta');

    const empty = await api.call('PATCH', `/agencies/${PEMKAB}`, {});
    expect(empty.status).toBe(400);
    const unknown = await api.call('PATCH', '/agencies/NOBODY', { timeZone: 'Asia/Jayapura' });
    expect(unknown.status).toBe(404);
    const officer = await api.call(
      'PATCH',
      `/agencies/${PEMKAB}`,
      { timeZone: 'Asia/Jayapura' },
      officerOf(PEMKAB),
    );
    expect(officer.status).toBe(403);
    expect((await api.call('GET', `/agencies/${PEMKAB}`)).body.timeZone).toBe('Asia/Jakarta');
  });

  it('accepts a 2-digit province code', async () => {
    const created = await api.call('POST', '/agencies', {
      code: 'KANWIL-PAS-PROV',
      name: 'Kanwil',
      kind: 'KANWIL_PAS',
      regionCode: '15',
    });
    expect(created.status).toBe(201);
  });

  it('lets only platform-admin register', async () => {
    const response = await api.call(
      'POST',
      '/agencies',
      { code: 'PARTNER-X', name: 'X', kind: 'PARTNER', regionCode: '1505' },
      officerOf(PEMKAB),
    );
    expect(response.status).toBe(403);
    expect((await api.call('GET', '/agencies/PARTNER-X')).status).toBe(404);
  });

  it('names every invalid field and stores nothing', async () => {
    const before = await count(api, 'SELECT count(*) FROM agencies');
    const response = await api.call('POST', '/agencies', {
      code: 'bad code',
      name: '',
      kind: 'MINISTRY',
      regionCode: '150',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'code',
      'kind',
      'name',
      'regionCode',
    ]);
    expect(await count(api, 'SELECT count(*) FROM agencies')).toBe(before);
  });

  it('lists agencies page by page and finds one by code', async () => {
    const first = await api.call('GET', '/agencies?limit=2', undefined, officerOf(PEMKAB));
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    const second = await api.call('GET', `/agencies?limit=500&cursor=${first.body.nextCursor}`);
    const codes = [...first.body.items, ...second.body.items].map((a: { code: string }) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toContain(PEMKAB);
    const dinas = await api.call('GET', '/agencies?kind=DINAS&limit=500');
    expect(dinas.body.items.map((a: { code: string }) => a.code)).toContain('DISNAKER-MUARO-JAMBI');
    expect(dinas.body.items.filter((a: { kind: string }) => a.kind !== 'DINAS')).toEqual([]);
    expect((await api.call('GET', `/agencies/${PEMKAB}`)).body).toMatchObject({
      code: PEMKAB,
      kind: 'PEMKAB',
    });
    expect((await api.call('GET', '/agencies/NOBODY')).status).toBe(404);
  });
});
