import { Topics } from '@sinergi/contracts';
import { EventProbe } from '@sinergi/testing';
import { AgreementScheduler } from '../src/agreements/agreement-scheduler';
import {
  ADMIN,
  AUDITOR,
  BAPAS,
  count,
  KANWIL,
  LAPAS,
  mouBody,
  officerOf,
  PEMKAB,
  signedAgreement,
  startAgreements,
  type Response,
  type TestApi,
} from './support';

describe('agreements: lifecycle, PKS rules, signing rights, amendments (real PostgreSQL and Kafka)', () => {
  let api: TestApi;
  let probe: EventProbe;

  beforeAll(async () => {
    api = await startAgreements();
    probe = await EventProbe.start([Topics.agreement]);
  });
  afterAll(async () => {
    await probe?.stop();
    await api?.stop();
  });

  const eventsOf = (id: string) => probe.messages.filter((m) => m.key === id).map((m) => m.envelope!);

  describe('state machine: every state × every action', () => {
    type State = 'DRAFT' | 'PENDING_SIGNATURE' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

    /** A fresh agreement in `state`. */
    async function agreementIn(state: State): Promise<string> {
      switch (state) {
        case 'DRAFT':
          return (await api.call('POST', '/agreements', mouBody())).body.id;
        case 'PENDING_SIGNATURE': {
          const id = await agreementIn('DRAFT');
          await api.call('POST', `/agreements/${id}/submit`);
          return id;
        }
        case 'SIGNED':
          return (await signedAgreement(api, mouBody({ startDate: '2027-06-01' }))).id;
        case 'ACTIVE':
          return (await signedAgreement(api)).id;
        case 'TERMINATED': {
          const id = await agreementIn('ACTIVE');
          await api.call('POST', `/agreements/${id}/terminate`, { reason: 'setting up the test' });
          return id;
        }
        case 'EXPIRED': {
          const { id } = await signedAgreement(
            api,
            mouBody({ startDate: '2026-01-01', endDate: '2027-02-27' }),
          );
          await api.service.app.get(AgreementScheduler).runDueTransitions();
          return id;
        }
      }
    }

    const actions: Record<string, (id: string) => Promise<Response>> = {
      update: (id) => api.call('PATCH', `/agreements/${id}`, { title: 'Edited title' }),
      submit: (id) => api.call('POST', `/agreements/${id}/submit`),
      sign: (id) =>
        api.call('POST', `/agreements/${id}/signatures`, {
          partyCode: PEMKAB,
          signatoryName: 'Bupati',
          signatoryTitle: 'Bupati Muaro Jambi',
        }),
      terminate: (id) => api.call('POST', `/agreements/${id}/terminate`, { reason: 'no longer needed' }),
      amend: (id) =>
        api.call('POST', `/agreements/${id}/amendments`, {
          reason: 'extend',
          changes: { title: 'Amended title' },
        }),
    };

    const allowed: Record<State, Record<string, number>> = {
      DRAFT: { update: 200, submit: 200 },
      PENDING_SIGNATURE: { sign: 201 },
      SIGNED: { terminate: 200 },
      ACTIVE: { terminate: 200, amend: 201 },
      EXPIRED: {},
      TERMINATED: {},
    };

    const cases = (Object.keys(allowed) as State[]).flatMap((state) =>
      Object.keys(actions).map((action) => ({ state, action, expected: allowed[state][action] ?? 409 })),
    );

    it.each(cases)('$state × $action → $expected', async ({ state, action, expected }) => {
      const id = await agreementIn(state);
      expect((await api.call('GET', `/agreements/${id}`)).body.status).toBe(state);
      const response = await actions[action](id);
      expect(response.status).toBe(expected);
      if (expected === 409) {
        expect(response.body).toMatchObject({
          code: 'agreement.invalid-state',
          type: 'https://sinergi.example/docs/errors.md#agreement.invalid-state',
        });
        expect(response.body.detail).toContain(`agreement is ${state}`);
        expect((await api.call('GET', `/agreements/${id}`)).body.status).toBe(state);
      }
    });
  });

  describe('PKS rules', () => {
    it('refuses a PKS without a parent, an MOU with one, and a PKS whose parent is not an MOU', async () => {
      const active = await signedAgreement(api);
      const pks = await signedAgreement(api, mouBody({ kind: 'PKS', parentAgreementId: active.id }));
      const noParent = await api.call('POST', '/agreements', mouBody({ kind: 'PKS' }));
      const mouWithParent = await api.call('POST', '/agreements', mouBody({ parentAgreementId: active.id }));
      const pksUnderPks = await api.call(
        'POST',
        '/agreements',
        mouBody({ kind: 'PKS', parentAgreementId: pks.id }),
      );
      for (const response of [noParent, mouWithParent, pksUnderPks]) {
        expect(response.status).toBe(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['parentAgreementId']);
      }
    });

    it('needs an ACTIVE parent MOU when drafted and when signed', async () => {
      const draft = await api.call('POST', '/agreements', mouBody());
      const underDraft = await api.call(
        'POST',
        '/agreements',
        mouBody({ kind: 'PKS', parentAgreementId: draft.body.id }),
      );
      expect(underDraft.status).toBe(409);
      expect(underDraft.body.detail).toContain('is DRAFT; a PKS needs an ACTIVE MOU');

      const parent = await signedAgreement(api);
      const pks = await api.call(
        'POST',
        '/agreements',
        mouBody({ kind: 'PKS', parentAgreementId: parent.id }),
      );
      expect(pks.status).toBe(201);
      await api.call('POST', `/agreements/${pks.body.id}/submit`);
      await api.call('POST', `/agreements/${parent.id}/terminate`, { reason: 'replaced by a new MOU' });
      const signing = await api.call('POST', `/agreements/${pks.body.id}/signatures`, {
        partyCode: PEMKAB,
        signatoryName: 'Bupati',
        signatoryTitle: 'Bupati',
      });
      expect(signing.status).toBe(409);
      expect(signing.body.code).toBe('agreement.parent-not-active');
      expect(signing.body.detail).toContain('is TERMINATED');
    });

    it('keeps a PKS term inside its parent’s term', async () => {
      const parent = await signedAgreement(api, mouBody({ startDate: '2027-01-01', endDate: '2028-12-31' }));
      const outside = await api.call(
        'POST',
        '/agreements',
        mouBody({
          kind: 'PKS',
          parentAgreementId: parent.id,
          startDate: '2026-12-01',
          endDate: '2029-01-01',
        }),
      );
      expect(outside.status).toBe(400);
      expect(outside.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'endDate',
        'startDate',
      ]);

      const inside = await signedAgreement(
        api,
        mouBody({
          kind: 'PKS',
          parentAgreementId: parent.id,
          startDate: '2027-02-01',
          endDate: '2028-12-31',
        }),
      );
      expect(inside.status).toBe('ACTIVE');
      const shortened = await api.call('POST', `/agreements/${parent.id}/amendments`, {
        reason: 'shorter MOU',
        changes: { endDate: '2028-06-30' },
      });
      expect(shortened.status).toBe(400);
      expect(shortened.body.errors[0].field).toBe('changes.endDate');
      const [signed] = await probe.waitFor(
        (m) => m.key === inside.id && m.envelope?.type === 'agreement.signed',
      );
      expect(signed.envelope!.data).toEqual({
        partyCodes: [PEMKAB, KANWIL],
        startDate: '2027-02-01',
        endDate: '2028-12-31',
        scopes: ['SKILLS_TRAINING', 'SOCIAL_REINTEGRATION'],
        kind: 'PKS',
        parentAgreementId: parent.id,
        timeZone: 'Asia/Jakarta', // its first party's, Pemkab Muaro Jambi's (WIB)
      });
    });
  });

  describe('signatures', () => {
    const sign = (id: string, partyCode: string, caller = ADMIN) =>
      api.call(
        'POST',
        `/agreements/${id}/signatures`,
        { partyCode, signatoryName: 'Signatory', signatoryTitle: 'Head' },
        caller,
      );

    it('lets each party sign once, only by its own clients, and activates on the last signature', async () => {
      const created = await api.call('POST', '/agreements', mouBody(), officerOf(PEMKAB));
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect(
        (await api.call('POST', `/agreements/${id}/submit`, undefined, officerOf(PEMKAB))).body.status,
      ).toBe('PENDING_SIGNATURE');

      expect((await sign(id, PEMKAB, officerOf(KANWIL))).status).toBe(403);
      expect((await sign(id, PEMKAB, AUDITOR)).status).toBe(403);
      expect((await sign(id, PEMKAB, officerOf(LAPAS))).status).toBe(404);
      const notAParty = await sign(id, BAPAS);
      expect(notAParty.status).toBe(400);
      expect(notAParty.body.errors[0].field).toBe('partyCode');

      const first = await sign(id, PEMKAB, officerOf(PEMKAB));
      expect(first.status).toBe(201);
      expect(first.body.status).toBe('PENDING_SIGNATURE');
      expect(first.body.parties[0]).toMatchObject({ code: PEMKAB, signatoryName: 'Signatory' });
      expect(first.body.parties[0].signedAt).toEqual(expect.any(String));
      expect(first.body.parties[1].signedAt).toBeNull();

      const twice = await sign(id, PEMKAB, officerOf(PEMKAB));
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('agreement.already-signed');
      expect(twice.body.detail).toContain('already signed');

      const last = await sign(id, KANWIL, officerOf(KANWIL));
      expect(last.status).toBe(201);
      expect(last.body.status).toBe('ACTIVE');
      await probe.waitFor((m) => m.key === id && m.envelope?.type === 'agreement.activated');
      expect(eventsOf(id).map((e) => e.type)).toEqual([
        'agreement.drafted',
        'agreement.submitted',
        'agreement.signed',
        'agreement.activated',
      ]);
    });

    it('leaves an agreement whose term has not started SIGNED', async () => {
      const signed = await signedAgreement(api, mouBody({ startDate: '2027-03-02' }));
      expect(signed.status).toBe('SIGNED');
    });
  });

  describe('agency scope', () => {
    it('shows an agreement only to its parties, platform-admin and auditor', async () => {
      const { id } = await signedAgreement(api);
      expect((await api.call('GET', `/agreements/${id}`, undefined, officerOf(KANWIL))).status).toBe(200);
      expect((await api.call('GET', `/agreements/${id}`, undefined, AUDITOR)).status).toBe(200);
      expect((await api.call('GET', `/agreements/${id}`, undefined, officerOf(LAPAS))).status).toBe(404);
      expect((await api.call('GET', `/agreements/${id}/history`, undefined, officerOf(LAPAS))).status).toBe(
        404,
      );
      const lapasList = await api.call('GET', '/agreements', undefined, officerOf(LAPAS));
      expect(lapasList.body.items).toEqual([]);
      const byParty = await api.call(
        'GET',
        `/agreements?partyCode=${KANWIL}&status=ACTIVE&limit=500`,
        undefined,
        AUDITOR,
      );
      expect(byParty.body.items.map((a: { id: string }) => a.id)).toContain(id);
      expect(byParty.body.items.every((a: { status: string }) => a.status === 'ACTIVE')).toBe(true);
      const terminate = await api.call('POST', `/agreements/${id}/terminate`, { reason: 'x' }, AUDITOR);
      expect(terminate.status).toBe(403);
    });

    it('lets an agreement-officer draft only agreements its agency is a party to', async () => {
      const response = await api.call('POST', '/agreements', mouBody(), officerOf(LAPAS));
      expect(response.status).toBe(403);
    });
  });

  describe('amendments', () => {
    it('bumps the version and keeps who changed what, when and why', async () => {
      const { id } = await signedAgreement(api);
      const amended = await api.call(
        'POST',
        `/agreements/${id}/amendments`,
        {
          reason: 'Addendum I: two more years',
          changes: { endDate: '2033-12-31', title: 'Title after addendum' },
        },
        officerOf(KANWIL),
      );
      expect(amended.status).toBe(201);
      expect(amended.body).toMatchObject({
        version: 2,
        endDate: '2033-12-31',
        title: 'Title after addendum',
      });

      const history = await api.call('GET', `/agreements/${id}/history`, undefined, officerOf(PEMKAB));
      expect(history.status).toBe(200);
      expect(history.body.version).toBe(2);
      expect(history.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
      expect(history.body.versions[0].terms.endDate).toBe('2031-12-31');
      expect(history.body.versions[1].terms.endDate).toBe('2033-12-31');
      expect(history.body.amendments).toEqual([
        {
          version: 2,
          reason: 'Addendum I: two more years',
          changes: {
            endDate: { old: '2031-12-31', new: '2033-12-31' },
            title: { old: 'Pembinaan dan reintegrasi warga binaan', new: 'Title after addendum' },
          },
          amendedBy: { clientId: officerOf(KANWIL).clientId, agencyCode: KANWIL },
          amendedAt: expect.any(String),
        },
      ]);
      expect(history.body.events.map((e: { action: string }) => e.action)).toEqual([
        'DRAFTED',
        'SUBMITTED',
        'SIGNED',
        'SIGNED',
        'ACTIVATED',
        'AMENDED',
      ]);
      const [event] = await probe.waitFor((m) => m.key === id && m.envelope?.type === 'agreement.amended');
      expect(event.envelope!.data).toEqual({
        version: 2,
        changes: { endDate: '2033-12-31', title: 'Title after addendum' },
      });
    });

    it('refuses an amendment that changes nothing or breaks the terms', async () => {
      const { id } = await signedAgreement(api);
      const nothing = await api.call('POST', `/agreements/${id}/amendments`, {
        reason: 'noop',
        changes: { title: 'Pembinaan dan reintegrasi warga binaan' },
      });
      expect(nothing.status).toBe(400);
      expect(nothing.body.errors[0].field).toBe('changes');
      const badScopes = await api.call('POST', `/agreements/${id}/amendments`, {
        reason: 'drop training',
        changes: { scopes: ['SOCIAL_REINTEGRATION'], endDate: '2026-01-01' },
      });
      expect(badScopes.status).toBe(400);
      expect(badScopes.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'clauses.0.scope',
        'endDate',
      ]);
      expect((await api.call('GET', `/agreements/${id}`)).body.version).toBe(1);
    });
  });

  describe('bad input', () => {
    const stored = async () => ({
      agreements: await count(api, 'SELECT count(*) FROM agreements'),
      outbox: await count(api, 'SELECT count(*) FROM outbox'),
    });

    it('names every invalid field and stores nothing', async () => {
      const before = await stored();
      const malformed = await api.call('POST', '/agreements', {
        kind: 'NOTA',
        number: '',
        title: 'x',
        scopes: ['GARDENING'],
        partyCodes: [PEMKAB],
        startDate: '2027-02-30',
        endDate: 'soon',
        clauses: [{ number: '1', text: 't', responsiblePartyCode: PEMKAB, scope: 'NOPE' }],
        colour: 'blue',
      });
      expect(malformed.status).toBe(400);
      const fields = malformed.body.errors.map((e: { field: string }) => e.field);
      for (const field of [
        'kind',
        'number',
        'scopes',
        'partyCodes',
        'startDate',
        'endDate',
        'clauses.0.scope',
        'colour',
      ]) {
        expect(fields).toContain(field);
      }

      const inconsistent = await api.call(
        'POST',
        '/agreements',
        mouBody({
          partyCodes: [PEMKAB, 'DINSOS-NOWHERE'],
          startDate: '2028-01-01',
          endDate: '2027-01-01',
          clauses: [{ number: '1', text: 't', responsiblePartyCode: LAPAS, scope: 'LEGAL_SERVICES' }],
        }),
      );
      expect(inconsistent.status).toBe(400);
      expect(inconsistent.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'clauses.0.responsiblePartyCode',
        'clauses.0.scope',
        'endDate',
        'partyCodes',
      ]);
      const duplicateParties = await api.call(
        'POST',
        '/agreements',
        mouBody({ partyCodes: [PEMKAB, PEMKAB] }),
      );
      expect(duplicateParties.status).toBe(400);
      expect(await stored()).toEqual(before);
    });

    it('refuses an invalid edit of a draft and keeps the draft as it was', async () => {
      const draft = await api.call('POST', '/agreements', mouBody());
      const edit = await api.call('PATCH', `/agreements/${draft.body.id}`, {
        endDate: '2026-12-31',
        scopes: [],
      });
      expect(edit.status).toBe(400);
      expect(edit.body.errors.map((e: { field: string }) => e.field)).toEqual(['scopes']);
      const inconsistent = await api.call('PATCH', `/agreements/${draft.body.id}`, { endDate: '2026-12-31' });
      expect(inconsistent.status).toBe(400);
      expect(inconsistent.body.errors).toEqual([
        { field: 'endDate', message: 'endDate must be after startDate' },
      ]);
      expect((await api.call('GET', `/agreements/${draft.body.id}`)).body).toEqual(draft.body);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      expect((await api.call('GET', '/agreements/0193a3c2-7f00-7000-8000-000000000001')).status).toBe(404);
      expect((await api.call('GET', '/agreements/not-an-id')).status).toBe(404);
    });
  });
});
