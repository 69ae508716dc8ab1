import { DomainError } from '@sinergi/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ParticipantReleasedV1 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import type { CallerIdentity } from '@sinergi/platform';
import { In } from 'typeorm';
import { assertCanChangeFacility } from '../access/facility-scope';
import { Enrollment } from '../enrollments/enrollment.entity';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { mayReadParticipant } from '../participants/participant-access';
import { Participant } from '../participants/participant.entity';
import { ParticipantsService, type ParticipantView } from '../participants/participants.service';
import { Program } from '../programs/program.entity';
import { ReferenceData } from '../reference-data/reference-data.service';
import type { ReleaseDto } from './dto/release.dto';

export const RELEASED_REASON = 'RELEASED';

@Injectable()
export class ReleasesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly referenceData: ReferenceData,
    private readonly enrollments: EnrollmentsService,
    private readonly participants: ParticipantsService,
  ) {}

  /** RELEASED, every active enrolment DROPPED (reason RELEASED), and the supervising BAPAS told. */
  release(
    caller: CallerIdentity,
    participantId: string,
    input: ReleaseDto,
    route: string,
  ): Promise<ParticipantView> {
    return this.transactions.run(async (manager) => {
      const participant = await manager.findOne(Participant, {
        where: { id: participantId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!participant || !mayReadParticipant(caller, participant))
        throw new NotFoundException('participant not found');
      assertCanChangeFacility(caller, participant.facilityCode, 'participant');
      if (participant.status !== 'INCARCERATED')
        throw new DomainError(
          'participant.invalid-state',
          `participant is ${participant.status}; only incarcerated participants are released`,
        );
      await this.referenceData.requireAgencyOfKind(input.bapasCode, ['BAPAS'], 'bapasCode');

      const active = await manager.find(Enrollment, {
        where: { participantId, status: 'ENROLLED' },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const programs = await manager.find(Program, { where: { id: In(active.map((e) => e.programId)) } });
      for (const enrollment of active) {
        const program = programs.find((p) => p.id === enrollment.programId)!;
        await this.enrollments.end(manager, enrollment, program, 'DROPPED', RELEASED_REASON);
      }

      participant.status = 'RELEASED';
      participant.releaseDate = input.releaseDate;
      participant.releaseType = input.releaseType;
      participant.bapasCode = input.bapasCode;
      participant.domicileRegionCode = input.domicileRegionCode ?? null;
      await manager.save(participant);
      await this.events.publish(ParticipantReleasedV1, participant.id, {
        releaseDate: input.releaseDate,
        releaseType: input.releaseType,
        bapasCode: input.bapasCode,
        domicileRegionCode: participant.domicileRegionCode,
        facilityCode: participant.facilityCode,
      });
      const [view] = await this.participants.present(manager, caller, [participant], { route });
      return view;
    });
  }
}
