import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  ProgramCancelledV1,
  ProgramCompletedV1,
  ProgramCreatedV1,
  ProgramFundingRequestedV1,
  ProgramStartedV1,
  uuidv7,
  type EventClass,
} from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import {
  type CallerIdentity,
  Clock,
  DomainError,
  InvalidInputException,
  type Page,
  toPage,
} from '@sinergi/platform';
import type { EntityManager } from 'typeorm';
import { isOwnFacility, isPlatformAdmin } from '../access/facility-scope';
import { assertMayChangeProgram, mayReadProgram, whereProgramVisible } from '../access/program-scope';
import { agreementRuleViolation } from '../reference-data/agreement-rules';
import { FacilityKinds, ReferenceData } from '../reference-data/reference-data.service';
import type { CreateProgramDto } from './dto/create-program.dto';
import type { ProgramQuery } from './dto/program-query.dto';
import { Program, type ProgramStatus } from './program.entity';

export interface ProgramView extends Program {
  enrolledCount: number;
  completedCount: number;
}

/** The fields every program event carries. */
export const programEventData = (program: Program) => ({
  agreementId: program.agreementId,
  facilityCode: program.facilityCode,
  track: program.track,
});

@Injectable()
export class ProgramsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly referenceData: ReferenceData,
    private readonly clock: Clock,
  ) {}

  async create(caller: CallerIdentity, input: CreateProgramDto): Promise<ProgramView> {
    if (input.endDate < input.startDate)
      throw new InvalidInputException([
        { field: 'endDate', message: 'endDate must not be before startDate' },
      ]);
    if (!isPlatformAdmin(caller) && !isOwnFacility(caller, input.facilityCode))
      throw new ForbiddenException('program-officers plan programs only in their own facility');
    return this.transactions.run(async (manager) => {
      await this.referenceData.requireAgencyOfKind(input.facilityCode, FacilityKinds, 'facilityCode');
      await this.requireAgreementAllows(input);
      const now = this.clock.now();
      const program = manager.create(Program, {
        ...input,
        id: uuidv7(),
        providerAgencyCode: input.providerAgencyCode ?? null,
        status: 'DRAFT',
        fundingStatus: 'NOT_REQUESTED',
        allocationId: null,
        rejectionReason: null,
        cancellationReason: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(Program, program);
      await this.events.publish(ProgramCreatedV1, program.id, {
        ...programEventData(program),
        category: program.category,
      });
      return { ...program, enrolledCount: 0, completedCount: 0 };
    });
  }

  async list(caller: CallerIdentity, query: ProgramQuery): Promise<Page<ProgramView>> {
    const qb = whereProgramVisible(this.transactions.manager.createQueryBuilder(Program, 'p'), caller, 'p')
      .orderBy('p.id', 'ASC')
      .take(query.limit + 1);
    if (query.facilityCode)
      qb.andWhere('p.facility_code = :facilityCode', { facilityCode: query.facilityCode });
    if (query.agreementId) qb.andWhere('p.agreement_id = :agreementId', { agreementId: query.agreementId });
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.cursor) qb.andWhere('p.id > :cursor', { cursor: query.cursor });
    if (query.updatedSince)
      // The counts change with the enrolments: an enrolment started or ended since counts too.
      qb.andWhere(
        `(p.updated_at >= :since OR EXISTS (SELECT 1 FROM enrollment e WHERE e.program_id = p.id
           AND (e.enrolled_at >= :since OR e.ended_at >= :since)))`,
        { since: query.updatedSince },
      );
    const page = toPage(await qb.getMany(), query.limit);
    return { ...page, items: await this.withCounts(this.transactions.manager, page.items) };
  }

  async get(caller: CallerIdentity, id: string): Promise<ProgramView> {
    const program = await this.transactions.manager.findOne(Program, { where: { id } });
    if (!program || !(await mayReadProgram(this.transactions.manager, caller, program)))
      throw new NotFoundException('program not found');
    const [view] = await this.withCounts(this.transactions.manager, [program]);
    return view;
  }

  requestFunding(caller: CallerIdentity, id: string) {
    return this.transition(caller, id, ['DRAFT'], 'AWAITING_FUNDING', async (program) => {
      await this.requireAgreementAllows(program);
      program.fundingStatus = 'PENDING';
      program.rejectionReason = null;
      await this.events.publish(ProgramFundingRequestedV1, program.id, {
        ...programEventData(program),
        amount: program.budgetRequested,
        fiscalYear: Number(program.startDate.slice(0, 4)),
      });
    });
  }

  start(caller: CallerIdentity, id: string) {
    return this.transition(caller, id, ['FUNDED'], 'IN_PROGRESS', (program) =>
      this.publishPlain(ProgramStartedV1, program),
    );
  }

  complete(caller: CallerIdentity, id: string) {
    return this.transition(caller, id, ['IN_PROGRESS'], 'COMPLETED', (program) =>
      this.publishPlain(ProgramCompletedV1, program),
    );
  }

  /** CANCELLED with the reason; `alsoInTransaction` ends what hangs on the program, atomically. */
  cancel(
    caller: CallerIdentity,
    id: string,
    reason: string,
    alsoInTransaction: (manager: EntityManager, program: Program) => Promise<void>,
  ) {
    const from: ProgramStatus[] = ['DRAFT', 'AWAITING_FUNDING', 'FUNDED', 'IN_PROGRESS'];
    return this.transition(caller, id, from, 'CANCELLED', async (program, manager) => {
      program.cancellationReason = reason;
      await alsoInTransaction(manager, program);
      await this.events.publish(ProgramCancelledV1, program.id, { ...programEventData(program), reason });
    });
  }

  /** The program locked for the rest of the transaction, if the caller may change it. */
  async lockForChange(manager: EntityManager, caller: CallerIdentity, id: string): Promise<Program> {
    const program = await manager.findOne(Program, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!program) throw new NotFoundException('program not found');
    await assertMayChangeProgram(manager, caller, program, 'program');
    return program;
  }

  /**
   * The agreement must be one the facility may act under (else 404, as if absent: docs/authorization.md)
   * and must allow the program (else 409 with the reason).
   */
  private async requireAgreementAllows(
    program: Pick<Program, 'agreementId' | 'facilityCode' | 'track' | 'startDate' | 'endDate'>,
  ) {
    const agreement = await this.referenceData.agreement(program.agreementId);
    if (agreement?.partyCodes && !(await this.referenceData.mayActUnder(agreement, program.facilityCode)))
      throw new NotFoundException(`agreement ${program.agreementId} not found`);
    const violation = agreementRuleViolation(agreement, program, this.clock.today(agreement?.timeZone));
    if (violation) throw new DomainError('program.agreement-not-usable', violation);
  }

  private transition(
    caller: CallerIdentity,
    id: string,
    from: ProgramStatus[],
    to: ProgramStatus,
    effects: (program: Program, manager: EntityManager) => Promise<unknown>,
  ): Promise<ProgramView> {
    return this.transactions.run(async (manager) => {
      const program = await this.lockForChange(manager, caller, id);
      if (!from.includes(program.status))
        throw new DomainError(
          'program.invalid-state',
          `program is ${program.status}; it cannot become ${to}`,
        );
      program.status = to;
      program.updatedAt = this.clock.now();
      await effects(program, manager);
      await manager.save(program);
      const [view] = await this.withCounts(manager, [program]);
      return view;
    });
  }

  private publishPlain(eventClass: EventClass<ReturnType<typeof programEventData>>, program: Program) {
    return this.events.publish(eventClass, program.id, programEventData(program));
  }

  private async withCounts(manager: EntityManager, programs: Program[]): Promise<ProgramView[]> {
    if (programs.length === 0) return [];
    const rows: Array<{ program_id: string; enrolled: number; completed: number }> = await manager.query(
      `SELECT program_id,
              count(*) FILTER (WHERE status <> 'DROPPED')::int AS enrolled,
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed
         FROM enrollment WHERE program_id = ANY($1) GROUP BY program_id`,
      [programs.map((p) => p.id)],
    );
    const counts = new Map(rows.map((r) => [r.program_id, r]));
    return programs.map((p) => ({
      ...p,
      enrolledCount: counts.get(p.id)?.enrolled ?? 0,
      completedCount: counts.get(p.id)?.completed ?? 0,
    }));
  }
}
