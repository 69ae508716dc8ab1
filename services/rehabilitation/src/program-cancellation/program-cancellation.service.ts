import { Injectable } from '@nestjs/common';
import type { CallerIdentity } from '@sinergi/platform';
import { Enrollment } from '../enrollments/enrollment.entity';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { ProgramsService, type ProgramView } from '../programs/programs.service';

export const PROGRAM_CANCELLED_REASON = 'PROGRAM_CANCELLED';

@Injectable()
export class ProgramCancellationService {
  constructor(
    private readonly programs: ProgramsService,
    private readonly enrollments: EnrollmentsService,
  ) {}

  /** CANCELLED, and every active enrolment DROPPED (reason PROGRAM_CANCELLED) in the same transaction. */
  cancel(caller: CallerIdentity, programId: string, reason: string): Promise<ProgramView> {
    return this.programs.cancel(caller, programId, reason, async (manager, program) => {
      const active = await manager.find(Enrollment, {
        where: { programId, status: 'ENROLLED' },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      for (const enrollment of active)
        await this.enrollments.end(manager, enrollment, program, 'DROPPED', PROGRAM_CANCELLED_REASON);
    });
  }
}
