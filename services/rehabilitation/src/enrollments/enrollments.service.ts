import { Injectable, NotFoundException } from '@nestjs/common';
import {
  EnrollmentCompletedV1,
  EnrollmentCreatedV1,
  EnrollmentDroppedV1,
  EnrollmentFailedV1,
  uuidv7,
} from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import {
  type CallerIdentity,
  Clock,
  DomainError,
  InvalidInputException,
  type ListQuery,
  personColumns,
  personFrom,
  personOf,
  toPage,
} from '@sinergi/platform';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { assertMayChangeProgram } from '../access/program-scope';
import { mayReadParticipant } from '../participants/participant-access';
import { Participant } from '../participants/participant.entity';
import { Program } from '../programs/program.entity';
import { ProgramsService } from '../programs/programs.service';
import { agencyTimeZone } from '../reference-data/reference-data.service';
import { attendanceShortfall, type AttendanceTally } from './attendance-rule';
import type { AttendanceRecordDto, CreateSessionDto } from './dto/enrollment.dto';
import { Enrollment, type EnrollmentStatus } from './enrollment.entity';
import { ProgramSession } from './program-session.entity';

const ENROLLING_PROGRAM_STATUSES = ['FUNDED', 'IN_PROGRESS'];

const ATTENDANCE_COLUMNS = `participant_id AS "participantId", status, recorded_by AS "recordedBy",
  recorded_by_user_id AS "userId", recorded_by_user_name AS "userName"`;

interface AttendanceRow {
  participantId: string;
  status: string;
  recordedBy: string | null;
  userId: string | null;
  userName: string | null;
}

/** An attendance record as the API shows it: who recorded it last, the client and the person. */
const attendanceView = ({ userId, userName, ...record }: AttendanceRow) => ({
  ...record,
  recordedByUser: personFrom(userId, userName),
});

@Injectable()
export class EnrollmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly programs: ProgramsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Capacity holds across replicas because every enrolment into a program first takes that
   * program's row lock and counts under it; the unique (program, participant) index backs the
   * duplicate check.
   */
  async enroll(caller: CallerIdentity, programId: string, participantId: string): Promise<Enrollment> {
    try {
      return await this.transactions.run(async (manager) => {
        const program = await this.programs.lockForChange(manager, caller, programId);
        if (!ENROLLING_PROGRAM_STATUSES.includes(program.status))
          throw new DomainError(
            'program.invalid-state',
            `program is ${program.status}; enrolment needs FUNDED or IN_PROGRESS`,
          );
        // Shared lock: a release of this participant waits for the enrolment, or the other way round.
        const participant = await manager.findOne(Participant, {
          where: { id: participantId },
          lock: { mode: 'pessimistic_read' },
        });
        if (!participant || !mayReadParticipant(caller, participant))
          throw new NotFoundException('participant not found');
        if (participant.facilityCode !== program.facilityCode)
          throw new DomainError(
            'participant.other-facility',
            `participant is held in ${participant.facilityCode}, not in ${program.facilityCode}`,
          );
        if (participant.status !== 'INCARCERATED')
          throw new DomainError(
            'participant.invalid-state',
            `participant is ${participant.status}; only incarcerated participants enrol`,
          );
        if (await manager.exists(Enrollment, { where: { programId, participantId } }))
          throw new DomainError(
            'enrollment.already-enrolled',
            'participant is already enrolled in this program',
          );
        const [{ taken }] = await manager.query(
          `SELECT count(*)::int AS taken FROM enrollment WHERE program_id = $1 AND status <> 'DROPPED'`,
          [programId],
        );
        if (taken >= program.capacity)
          throw new DomainError('enrollment.capacity-full', `program is full (capacity ${program.capacity})`);
        const enrollment = manager.create(Enrollment, {
          id: uuidv7(),
          programId,
          participantId,
          status: 'ENROLLED',
          score: null,
          certificateNumber: null,
          reason: null,
          enrolledAt: this.clock.now(),
          endedAt: null,
        });
        await manager.insert(Enrollment, enrollment);
        await this.events.publish(
          EnrollmentCreatedV1,
          participantId,
          enrollmentEventData(enrollment, program),
        );
        return enrollment;
      });
    } catch (error) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === '23505')
        throw new DomainError(
          'enrollment.already-enrolled',
          'participant is already enrolled in this program',
        );
      throw error;
    }
  }

  async listForProgram(caller: CallerIdentity, programId: string, query: ListQuery) {
    await this.programs.get(caller, programId);
    const qb = this.transactions.manager
      .createQueryBuilder(Enrollment, 'e')
      .where('e.program_id = :programId', { programId })
      .orderBy('e.id', 'ASC')
      .take(query.limit + 1);
    if (query.cursor) qb.andWhere('e.id > :cursor', { cursor: query.cursor });
    if (query.updatedSince)
      qb.andWhere('(e.enrolled_at >= :since OR e.ended_at >= :since)', { since: query.updatedSince });
    return toPage(await qb.getMany(), query.limit);
  }

  addSession(caller: CallerIdentity, programId: string, input: CreateSessionDto): Promise<ProgramSession> {
    return this.transactions.run(async (manager) => {
      const program = await this.programs.lockForChange(manager, caller, programId);
      if (program.status !== 'IN_PROGRESS')
        throw new DomainError(
          'program.invalid-state',
          `program is ${program.status}; sessions are held while IN_PROGRESS`,
        );
      const session = manager.create(ProgramSession, { id: uuidv7(), programId, ...input });
      await manager.insert(ProgramSession, session);
      return session;
    });
  }

  recordAttendance(
    caller: CallerIdentity,
    programId: string,
    sessionId: string,
    records: AttendanceRecordDto[],
  ) {
    return this.transactions.run(async (manager) => {
      await this.programs.lockForChange(manager, caller, programId);
      const [session]: Array<Pick<ProgramSession, 'date'>> = await manager.query(
        `SELECT date::text AS date FROM program_session WHERE id = $1 AND program_id = $2`,
        [sessionId, programId],
      );
      if (!session) throw new NotFoundException('session not found');
      const enrolled: Array<{ participant_id: string }> = await manager.query(
        `SELECT participant_id FROM enrollment WHERE program_id = $1`,
        [programId],
      );
      const enrolledIds = new Set(enrolled.map((e) => e.participant_id));
      const problems = records.flatMap((record, i) => [
        ...(enrolledIds.has(record.participantId)
          ? []
          : [
              { field: `records.${i}.participantId`, message: 'participant is not enrolled in this program' },
            ]),
        ...(records.findIndex((r) => r.participantId === record.participantId) < i
          ? [{ field: `records.${i}.participantId`, message: 'participant appears twice' }]
          : []),
      ]);
      if (problems.length > 0) throw new InvalidInputException(problems);
      // Each record keeps who recorded it last: the client and, for a signed-in officer, the person.
      const recorded: AttendanceRow[] = [];
      for (const record of records) {
        const [row]: AttendanceRow[] = await manager.query(
          `INSERT INTO attendance (session_id, participant_id, status, recorded_by, recorded_by_user_id,
                                   recorded_by_user_name)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (session_id, participant_id) DO UPDATE
             SET status = $3, recorded_by = $4, recorded_by_user_id = $5, recorded_by_user_name = $6
           RETURNING ${ATTENDANCE_COLUMNS}`,
          [
            sessionId,
            record.participantId,
            record.status,
            caller.clientId,
            ...personColumns(personOf(caller)),
          ],
        );
        recorded.push(row);
      }
      return { sessionId, date: session.date, records: recorded.map(attendanceView) };
    });
  }

  /** A session's attendance, each record with who recorded it last. */
  async attendance(caller: CallerIdentity, programId: string, sessionId: string) {
    await this.programs.get(caller, programId);
    const manager = this.transactions.manager;
    const session = await manager.findOne(ProgramSession, { where: { id: sessionId, programId } });
    if (!session) throw new NotFoundException('session not found');
    const rows: AttendanceRow[] = await manager.query(
      `SELECT ${ATTENDANCE_COLUMNS} FROM attendance WHERE session_id = $1 ORDER BY participant_id`,
      [sessionId],
    );
    return { sessionId, date: session.date, records: rows.map(attendanceView) };
  }

  complete(caller: CallerIdentity, id: string, score: number): Promise<Enrollment> {
    return this.transactions.run(async (manager) => {
      const { enrollment, program } = await this.lockEnrolled(manager, caller, id);
      if (program.status !== 'IN_PROGRESS' && program.status !== 'COMPLETED')
        throw new DomainError(
          'program.invalid-state',
          `program is ${program.status}; completion needs IN_PROGRESS or COMPLETED`,
        );
      // The facility's own date: its sessions held so far, and the year its certificate is numbered in.
      const today = this.clock.today(await agencyTimeZone(manager, program.facilityCode));
      const shortfall = attendanceShortfall(
        await this.tally(manager, program.id, enrollment.participantId, today),
      );
      if (shortfall) throw new DomainError('enrollment.attendance-too-low', shortfall);
      const year = Number(today.slice(0, 4));
      // Last, so the facility's counter row stays locked only for the end of this transaction.
      const [{ last_sequence: sequence }] = await manager.query(
        `INSERT INTO certificate_counter (facility_code, year, last_sequence) VALUES ($1, $2, 1)
         ON CONFLICT (facility_code, year) DO UPDATE SET last_sequence = certificate_counter.last_sequence + 1
         RETURNING last_sequence`,
        [program.facilityCode, year],
      );
      enrollment.status = 'COMPLETED';
      enrollment.score = score;
      enrollment.certificateNumber = `${program.facilityCode}/${year}/${String(sequence).padStart(4, '0')}`;
      enrollment.endedAt = this.clock.now();
      await manager.save(enrollment);
      await this.events.publish(EnrollmentCompletedV1, enrollment.participantId, {
        ...enrollmentEventData(enrollment, program),
        score,
        certificateNumber: enrollment.certificateNumber,
        completedOn: today,
      });
      return enrollment;
    });
  }

  drop(caller: CallerIdentity, id: string, reason: string): Promise<Enrollment> {
    return this.transactions.run(async (manager) => {
      const { enrollment, program } = await this.lockEnrolled(manager, caller, id);
      await this.end(manager, enrollment, program, 'DROPPED', reason);
      return enrollment;
    });
  }

  fail(caller: CallerIdentity, id: string, reason: string | undefined): Promise<Enrollment> {
    return this.transactions.run(async (manager) => {
      const { enrollment, program } = await this.lockEnrolled(manager, caller, id);
      await this.end(manager, enrollment, program, 'FAILED', reason ?? null);
      return enrollment;
    });
  }

  /** Ends an ENROLLED enrolment as DROPPED or FAILED and publishes it, in the caller's transaction. */
  async end(
    manager: EntityManager,
    enrollment: Enrollment,
    program: Program,
    status: Extract<EnrollmentStatus, 'DROPPED' | 'FAILED'>,
    reason: string | null,
  ) {
    enrollment.status = status;
    enrollment.reason = reason;
    enrollment.endedAt = this.clock.now();
    // An update, not save(): save() would first read the row back to find what changed.
    await manager.query(`UPDATE enrollment SET status = $1, reason = $2, ended_at = $3 WHERE id = $4`, [
      status,
      reason,
      enrollment.endedAt,
      enrollment.id,
    ]);
    const data = enrollmentEventData(enrollment, program);
    if (status === 'DROPPED')
      await this.events.publish(EnrollmentDroppedV1, enrollment.participantId, { ...data, reason: reason! });
    else await this.events.publish(EnrollmentFailedV1, enrollment.participantId, data);
  }

  private async lockEnrolled(manager: EntityManager, caller: CallerIdentity, id: string) {
    const enrollment = await manager.findOne(Enrollment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!enrollment) throw new NotFoundException('enrollment not found');
    const program = await manager.findOneOrFail(Program, { where: { id: enrollment.programId } });
    await assertMayChangeProgram(manager, caller, program, 'enrollment');
    if (enrollment.status !== 'ENROLLED')
      throw new DomainError(
        'enrollment.invalid-state',
        `enrollment is ${enrollment.status}; only ENROLLED enrolments change`,
      );
    return { enrollment, program };
  }

  private async tally(
    manager: EntityManager,
    programId: string,
    participantId: string,
    today: string,
  ): Promise<AttendanceTally> {
    const [row] = await manager.query(
      `SELECT count(*)::int AS held,
              count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
              count(*) FILTER (WHERE a.status = 'EXCUSED')::int AS excused
         FROM program_session s
         LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = $2
        WHERE s.program_id = $1 AND s.date <= $3`,
      [programId, participantId, today],
    );
    return row;
  }
}

export const enrollmentEventData = (enrollment: Enrollment, program: Program) => ({
  enrollmentId: enrollment.id,
  programId: program.id,
  agreementId: program.agreementId,
  track: program.track,
  category: program.category,
});
