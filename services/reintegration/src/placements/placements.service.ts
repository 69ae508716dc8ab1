import { Injectable } from '@nestjs/common';
import { PlacementRecordedV1, uuidv7 } from '@sinergi/contracts';
import { EventPublisher, Transactions } from '@sinergi/messaging';
import { Clock, InvalidInputException, type FieldError } from '@sinergi/platform';
import { CaseAccess } from '../cases/case-access';
import { CaseEventFields } from '../cases/case-events';
import { PLACEMENT_COLUMNS } from '../cases/case-views';
import type { RecordPlacementDto } from './dto/record-placement.dto';

/** Field rules that depend on the kind of placement and on the case. */
function placementErrors(placement: RecordPlacementDto, releaseDate: string): FieldError[] {
  const errors: FieldError[] = [];
  if (placement.kind === 'BUSINESS') {
    if (placement.position !== undefined)
      errors.push({ field: 'position', message: 'position applies to EMPLOYMENT placements only' });
    if (placement.employmentType !== undefined)
      errors.push({
        field: 'employmentType',
        message: 'employmentType applies to EMPLOYMENT placements only',
      });
  }
  if (placement.kind === 'EMPLOYMENT' && placement.sector !== undefined)
    errors.push({ field: 'sector', message: 'sector applies to BUSINESS placements only' });
  if (placement.startDate < releaseDate)
    errors.push({
      field: 'startDate',
      message: `startDate must not be before the release date ${releaseDate}`,
    });
  if (placement.endDate !== undefined && placement.endDate < placement.startDate)
    errors.push({ field: 'endDate', message: 'endDate must not be before startDate' });
  return errors;
}

@Injectable()
export class PlacementsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly access: CaseAccess,
    private readonly caseEventFields: CaseEventFields,
    private readonly clock: Clock,
  ) {}

  record(caseId: string, placement: RecordPlacementDto) {
    return this.transactions.run(async (manager) => {
      const kase = await this.access.lockOpenForChange(manager, caseId);
      const errors = placementErrors(placement, kase.releaseDate);
      if (errors.length > 0) throw new InvalidInputException(errors);
      const [recorded] = await manager.query<object[]>(
        `INSERT INTO placement
           (id, case_id, kind, organisation_name, position, employment_type, sector, start_date, end_date, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         RETURNING ${PLACEMENT_COLUMNS}`,
        [
          uuidv7(),
          caseId,
          placement.kind,
          placement.organisationName,
          placement.position ?? null,
          placement.employmentType ?? null,
          placement.sector ?? null,
          placement.startDate,
          placement.endDate ?? null,
          this.clock.now(),
        ],
      );
      await this.events.publish(PlacementRecordedV1, caseId, {
        ...(await this.caseEventFields.of(manager, kase.participantId)),
        kind: placement.kind,
        startDate: placement.startDate,
        releaseDate: kase.releaseDate,
      });
      return recorded;
    });
  }
}
