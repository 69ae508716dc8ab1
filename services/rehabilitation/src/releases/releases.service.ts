import { DomainError } from '@sinergi/platform';
import { Injectable, NotFoundException } from '@nestjs/common';
import { ParticipantReleasedV1 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import type { CallerIdentity } from '@sinergi/platform';
import { In } from 'typeorm';
import { assertCanChangeFacility } from '../access/facility-scope';
import { ENROLLMENT_COLUMNS, type Enrollment } from '../enrollments/enrollment.entity';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { mayReadParticipant } from '../participants/participant-access';
import { PARTICIPANT_COLUMNS, type Participant } from '../participants/participant.entity';
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
      // The person and their active enrolments, locked in this order, read in one round trip: the
      // enrolments are read (and locked) before the checks below, which only roll that back.
      const [[participant], active] = (await this.transactions.queryTogether([
        {
          text: `SELECT ${PARTICIPANT_COLUMNS} FROM participant WHERE id = $1 FOR UPDATE`,
          values: [participantId],
        },
        {
          text: `SELECT ${ENROLLMENT_COLUMNS} FROM enrollment WHERE participant_id = $1 AND status = 'ENROLLED'
                  ORDER BY id FOR UPDATE`,
          values: [participantId],
        },
      ])) as [Array<Participant | undefined>, Enrollment[]];
      if (!participant || !mayReadParticipant(caller, participant))
        throw new NotFoundException('participant not found');
      assertCanChangeFacility(caller, participant.facilityCode, 'participant');
      if (participant.status !== 'INCARCERATED')
        throw new DomainError(
          'participant.invalid-state',
          `participant is ${participant.status}; only incarcerated participants are released`,
        );
      await this.referenceData.requireAgencyOfKind(input.bapasCode, ['BAPAS'], 'bapasCode');

      const programs =
        active.length === 0
          ? []
          : await manager.find(Program, { where: { id: In(active.map((e) => e.programId)) } });
      for (const enrollment of active) {
        const program = programs.find((p) => p.id === enrollment.programId)!;
        await this.enrollments.end(manager, enrollment, program, 'DROPPED', RELEASED_REASON);
      }

      participant.status = 'RELEASED';
      participant.releaseDate = input.releaseDate;
      participant.releaseType = input.releaseType;
      participant.bapasCode = input.bapasCode;
      participant.domicileRegionCode = input.domicileRegionCode ?? null;
      // The row is locked and checked already: its update is sent with the commit, its answer not read.
      this.transactions.atCommit({
        text: `UPDATE participant SET status = $1, release_date = $2, release_type = $3, bapas_code = $4,
                                      domicile_region_code = $5
                WHERE id = $6`,
        values: [
          participant.status,
          participant.releaseDate,
          participant.releaseType,
          participant.bapasCode,
          participant.domicileRegionCode,
          participant.id,
        ],
      });
      await this.events.publish(ParticipantReleasedV1, participant.id, {
        releaseDate: input.releaseDate,
        releaseType: input.releaseType,
        bapasCode: input.bapasCode,
        domicileRegionCode: participant.domicileRegionCode,
        facilityCode: participant.facilityCode,
      });
      const [view] = this.participants.present(caller, [participant], { route });
      return view;
    });
  }
}
