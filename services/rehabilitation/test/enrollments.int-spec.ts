import type { RunningService } from '@sinergi/platform';
import {
  activeAgreement,
  admin,
  call,
  database,
  expectOutboxFreeOfPersonalData,
  fundedProgram,
  inBatches,
  programOfficer,
  registerAgency,
  registerParticipant,
  startRehabilitation,
  unique,
} from './support';

const statusCounts = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, s) => ({ ...counts, [s]: (counts[s] ?? 0) + 1 }), {});

describe('enrolments, attendance and certificates (two service instances, one database)', () => {
  let first: RunningService;
  let second: RunningService;
  let agreementId: string;
  const facility = unique('LAPAS-SENGETI');
  const otherFacility = unique('RUTAN-SENGETI');

  const instance = (i: number) => (i % 2 === 0 ? first : second);

  beforeAll(async () => {
    [first, second] = [await startRehabilitation(), await startRehabilitation()];
    await registerAgency(first, facility, 'LAPAS');
    await registerAgency(first, otherFacility, 'RUTAN');
    agreementId = await activeAgreement(first, { scopes: ['SKILLS_TRAINING', 'PERSONALITY_DEVELOPMENT'] });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  async function startedProgram(facilityCode: string, capacity: number) {
    const programId = await fundedProgram(first, agreementId, facilityCode, { capacity });
    expect((await call(first, admin, 'POST', `/programs/${programId}/start`)).status).toBe(200);
    return programId;
  }

  async function enrolled(programId: string, facilityCode: string, count: number) {
    const people = await inBatches(count, 10, (i) => registerParticipant(instance(i), facilityCode));
    const enrolments = [];
    for (const person of people) {
      const reply = await call(first, admin, 'POST', `/programs/${programId}/enrollments`, {
        participantId: person.id,
      });
      expect(reply.status).toBe(201);
      enrolments.push({ ...person, enrollmentId: reply.body.id as string });
    }
    return enrolments;
  }

  it('200 concurrent enrolment requests into a program of capacity 20 across two instances → exactly 20', async () => {
    const programId = await fundedProgram(first, agreementId, facility, { capacity: 20 });
    const people = await inBatches(200, 20, (i) => registerParticipant(instance(i), facility));
    const started = Date.now();
    const replies = await Promise.all(
      people.map((person, i) =>
        call(instance(i), programOfficer(facility), 'POST', `/programs/${programId}/enrollments`, {
          participantId: person.id,
        }),
      ),
    );
    const elapsed = Date.now() - started;
    const counts = statusCounts(replies.map((r) => r.status));
    const [{ stored }] = await database(first).query(
      `SELECT count(*)::int AS stored FROM enrollment WHERE program_id = $1`,
      [programId],
    );
    console.log(
      `capacity test: 200 concurrent requests (100 per instance) into capacity 20 in ${elapsed} ms → ${JSON.stringify(counts)}; ${stored} enrolment rows`,
    );
    expect(counts).toEqual({ 201: 20, 409: 180 });
    expect(stored).toBe(20);
    expect(
      replies
        .filter((r) => r.status === 409)
        .every(
          (r) =>
            r.body.code === 'enrollment.capacity-full' &&
            /program is full \(capacity 20\)/.test(r.body.detail),
        ),
    ).toBe(true);
    const program = await call(second, admin, 'GET', `/programs/${programId}`);
    expect(program.body).toMatchObject({ enrolledCount: 20, completedCount: 0 });
    const listed = await call(first, admin, 'GET', `/programs/${programId}/enrollments?limit=15`);
    expect(listed.body.items).toHaveLength(15);
    const rest = await call(
      first,
      admin,
      'GET',
      `/programs/${programId}/enrollments?cursor=${listed.body.nextCursor}`,
    );
    expect(rest.body).toMatchObject({ nextCursor: null });
    expect(rest.body.items).toHaveLength(5);
  });

  it('the same participant requested 10 times at once, on both instances, is enrolled once', async () => {
    const programId = await fundedProgram(first, agreementId, facility, { capacity: 20 });
    const person = await registerParticipant(first, facility);
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(instance(i), admin, 'POST', `/programs/${programId}/enrollments`, { participantId: person.id }),
      ),
    );
    console.log(
      `duplicate test: 10 concurrent requests for one participant → ${JSON.stringify(statusCounts(replies.map((r) => r.status)))}`,
    );
    expect(statusCounts(replies.map((r) => r.status))).toEqual({ 201: 1, 409: 9 });
    expect(replies.filter((r) => r.body.code === 'enrollment.already-enrolled')).toHaveLength(9);
  });

  it('enrols only incarcerated participants of the program’s facility into FUNDED or IN_PROGRESS programs', async () => {
    const draft = await call(first, admin, 'POST', '/programs', {
      agreementId,
      facilityCode: facility,
      track: 'KEPRIBADIAN',
      category: 'RELIGIOUS',
      title: 'Pesantren kilat',
      capacity: 5,
      startDate: '2027-02-01',
      endDate: '2027-04-30',
      plannedSessions: 8,
      budgetRequested: 0,
    });
    const person = await registerParticipant(first, facility);
    const intoDraft = await call(first, admin, 'POST', `/programs/${draft.body.id}/enrollments`, {
      participantId: person.id,
    });
    expect(intoDraft.status).toBe(409);
    expect(intoDraft.body.detail).toMatch(/program is DRAFT/);

    const programId = await fundedProgram(first, agreementId, facility, { capacity: 5 });
    const elsewhere = await registerParticipant(first, otherFacility);
    const wrongFacility = await call(first, admin, 'POST', `/programs/${programId}/enrollments`, {
      participantId: elsewhere.id,
    });
    expect(wrongFacility.status).toBe(409);
    expect(wrongFacility.body.code).toBe('participant.other-facility');
    expect(wrongFacility.body.detail).toMatch(/is held in/);
    const hidden = await call(first, programOfficer(facility), 'POST', `/programs/${programId}/enrollments`, {
      participantId: elsewhere.id,
    });
    expect(hidden.status).toBe(404);
  });

  it('completion needs 75 % attendance of the sessions held (EXCUSED leaves the denominator); drop and fail are published', async () => {
    const programId = await startedProgram(facility, 5);
    const [regular, truant, excused, leaver] = await enrolled(programId, facility, 4);
    const sessions: string[] = [];
    for (const date of ['2027-02-10', '2027-02-17', '2027-02-24', '2027-03-01', '2027-04-05']) {
      const reply = await call(first, programOfficer(facility), 'POST', `/programs/${programId}/sessions`, {
        date,
        topic: `Las ${date}`,
      });
      expect(reply.status).toBe(201);
      sessions.push(reply.body.id);
    }
    const marks: Record<string, string[]> = {
      [regular.id]: ['PRESENT', 'PRESENT', 'ABSENT', 'PRESENT', 'ABSENT'],
      [truant.id]: ['PRESENT', 'ABSENT', 'ABSENT', 'PRESENT', 'PRESENT'],
      [excused.id]: ['PRESENT', 'EXCUSED', 'PRESENT', 'PRESENT', 'ABSENT'],
    };
    for (const [i, sessionId] of sessions.entries()) {
      const records = Object.entries(marks).map(([participantId, statuses]) => ({
        participantId,
        status: statuses[i],
      }));
      const reply = await call(
        second,
        admin,
        'POST',
        `/programs/${programId}/sessions/${sessionId}/attendance`,
        { records },
      );
      expect(reply.status).toBe(200);
    }
    const stranger = await registerParticipant(first, facility);
    const attend = (records: object[]) =>
      call(first, admin, 'POST', `/programs/${programId}/sessions/${sessions[0]}/attendance`, { records });
    const badStatus = await attend([
      { participantId: regular.id, status: 'PRESENT' },
      { participantId: regular.id, status: 'LATE' },
    ]);
    expect(badStatus.body.errors.map((e: { field: string }) => e.field)).toEqual(['records.1.status']);
    const notEnrolled = await attend([
      { participantId: regular.id, status: 'PRESENT' },
      { participantId: stranger.id, status: 'PRESENT' },
    ]);
    expect(notEnrolled.status).toBe(400);
    expect(notEnrolled.body.errors).toEqual([
      { field: 'records.1.participantId', message: 'participant is not enrolled in this program' },
    ]);

    // The first session's records as stored, each naming who recorded it (an API client: no person);
    // the refused requests above changed none of them.
    const read = (sessionId: string) =>
      call(first, programOfficer(facility), 'GET', `/programs/${programId}/sessions/${sessionId}/attendance`);
    const stored = await read(sessions[0]);
    expect(stored.status).toBe(200);
    expect(stored.body).toEqual({
      sessionId: sessions[0],
      date: '2027-02-10',
      records: [regular.id, truant.id, excused.id].sort().map((participantId) => ({
        participantId,
        status: 'PRESENT',
        recordedBy: admin.clientId,
        recordedByUser: null,
      })),
    });
    expect((await read('00000000-0000-4000-8000-000000000000')).status).toBe(404);

    // The session of 2027-04-05 is not held yet on 2027-03-01, so its marks do not count.
    const complete = (enrollmentId: string, score: number) =>
      call(first, admin, 'POST', `/enrollments/${enrollmentId}/complete`, { score });
    const short = await complete(truant.enrollmentId, 80);
    expect(short.status).toBe(409);
    expect(short.body.code).toBe('enrollment.attendance-too-low');
    expect(short.body.detail).toMatch(/attendance 2\/4 \(50 %\) is below 75 %/);
    const done = await complete(regular.enrollmentId, 85);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      status: 'COMPLETED',
      score: 85,
      certificateNumber: `${facility}/2027/0001`,
    });
    expect((await complete(excused.enrollmentId, 90)).body.certificateNumber).toBe(`${facility}/2027/0002`);
    expect((await complete(regular.enrollmentId, 85)).status).toBe(409);
    expect((await complete(leaver.enrollmentId, 101)).status).toBe(400);

    const dropped = await call(first, admin, 'POST', `/enrollments/${leaver.enrollmentId}/drop`, {
      reason: 'pindah lapas',
    });
    expect(dropped.body).toMatchObject({ status: 'DROPPED', reason: 'pindah lapas' });
    const failed = await call(second, admin, 'POST', `/enrollments/${truant.enrollmentId}/fail`, {
      reason: 'tidak lulus uji',
    });
    expect(failed.body).toMatchObject({ status: 'FAILED' });

    const events: Array<{ event_type: string; message_key: string; data: Record<string, unknown> }> =
      await database(first).query(
        `SELECT event_type, message_key, envelope->'data' AS data FROM outbox
        WHERE envelope->'data'->>'programId' = $1 ORDER BY position`,
        [programId],
      );
    const common = { programId, agreementId, track: 'KEMANDIRIAN', category: 'WELDING' };
    expect(events.filter((e) => e.event_type !== 'enrollment.created')).toEqual([
      {
        event_type: 'enrollment.completed',
        message_key: regular.id,
        data: {
          ...common,
          enrollmentId: regular.enrollmentId,
          score: 85,
          certificateNumber: `${facility}/2027/0001`,
          completedOn: '2027-03-01',
        },
      },
      {
        event_type: 'enrollment.completed',
        message_key: excused.id,
        data: {
          ...common,
          enrollmentId: excused.enrollmentId,
          score: 90,
          certificateNumber: `${facility}/2027/0002`,
          completedOn: '2027-03-01',
        },
      },
      {
        event_type: 'enrollment.dropped',
        message_key: leaver.id,
        data: { ...common, enrollmentId: leaver.enrollmentId, reason: 'pindah lapas' },
      },
      {
        event_type: 'enrollment.failed',
        message_key: truant.id,
        data: { ...common, enrollmentId: truant.enrollmentId },
      },
    ]);
    expect((await call(first, admin, 'GET', `/programs/${programId}`)).body).toMatchObject({
      enrolledCount: 3,
      completedCount: 2,
    });
  });

  it('certificate numbers stay gap-free per facility and year under concurrent completions on two instances', async () => {
    const certifyingFacility = unique('LAPAS-CERT');
    await registerAgency(first, certifyingFacility, 'LAPAS');
    const programA = await startedProgram(certifyingFacility, 30);
    const programB = await startedProgram(certifyingFacility, 10);
    const people = [
      ...(await enrolled(programA, certifyingFacility, 30)),
      ...(await enrolled(programB, certifyingFacility, 10)),
    ];
    for (const programId of [programA, programB]) {
      const session = await call(first, admin, 'POST', `/programs/${programId}/sessions`, {
        date: '2027-02-20',
        topic: 'Ujian',
      });
      const records = people.map((p, i) => ({
        participantId: p.id,
        status: i % 8 === 7 ? 'ABSENT' : 'PRESENT',
      }));
      const ownRecords = records.filter((_, i) => (programId === programA ? i < 30 : i >= 30));
      expect(
        (
          await call(first, admin, 'POST', `/programs/${programId}/sessions/${session.body.id}/attendance`, {
            records: ownRecords,
          })
        ).status,
      ).toBe(200);
    }
    const replies = await Promise.all(
      people.map((p, i) =>
        call(instance(i), admin, 'POST', `/enrollments/${p.enrollmentId}/complete`, { score: 70 }),
      ),
    );
    const counts = statusCounts(replies.map((r) => r.status));
    const numbers = replies.filter((r) => r.status === 200).map((r) => r.body.certificateNumber as string);
    const sequences = numbers.map((n) => Number(n.split('/')[2])).sort((a, b) => a - b);
    console.log(
      `certificate test: 40 concurrent completions (5 below 75 % attendance) over two instances → ${JSON.stringify(counts)}; sequences ${sequences[0]}..${sequences[sequences.length - 1]}, ${new Set(numbers).size} distinct`,
    );
    expect(counts).toEqual({ 200: 35, 409: 5 });
    expect(sequences).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(numbers.every((n) => n.startsWith(`${certifyingFacility}/2027/`))).toBe(true);
  });

  it('writes no NIK, name or birth date into any event', async () => {
    await expectOutboxFreeOfPersonalData(first);
  });
});
