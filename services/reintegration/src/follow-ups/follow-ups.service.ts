import { Injectable } from '@nestjs/common';
import { FollowUpRecordedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, InvalidInputException } from '@sinergi/platform';
import { CaseAccess } from '../cases/case-access';
import { CaseEventFields } from '../cases/case-events';
import { FOLLOW_UP_COLUMNS } from '../cases/case-views';
import type { RecordFollowUpDto } from './dto/record-follow-up.dto';

@Injectable()
export class FollowUpsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly access: CaseAccess,
    private readonly caseEventFields: CaseEventFields,
    private readonly clock: Clock,
  ) {}

  record(caseId: string, followUp: RecordFollowUpDto) {
    return this.transactions.run(async (manager) => {
      const kase = await this.access.lockOpenForChange(manager, caseId);
      if (followUp.date < kase.releaseDate)
        throw new InvalidInputException([
          { field: 'date', message: `date must not be before the release date ${kase.releaseDate}` },
        ]);
      const [recorded] = await manager.query<object[]>(
        `INSERT INTO follow_up (id, case_id, date, kind, notes, employment_status, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING ${FOLLOW_UP_COLUMNS}`,
        [
          uuidv7(),
          caseId,
          followUp.date,
          followUp.kind,
          followUp.notes,
          followUp.employmentStatus,
          this.clock.now(),
        ],
      );
      await this.events.publish(FollowUpRecordedV1, caseId, {
        ...(await this.caseEventFields.of(manager, kase.participantId)),
        date: followUp.date,
        employmentStatus: followUp.employmentStatus,
      });
      return recorded;
    });
  }
}
