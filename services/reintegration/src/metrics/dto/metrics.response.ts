import { ApiProperty } from '@nestjs/swagger';
import { IntegerField, UuidField } from '@sinergi/platform';
import type { RecidivismFigures } from '@sinergi/contracts';

/** Small-count suppression (docs/authorization.md): hidden counts and rates are null. */
export class DisclosureResponse {
  @ApiProperty({ description: 'True when any count or rate is hidden (null)' }) suppressed: boolean;
  @ApiProperty({
    type: [String],
    description:
      'Dotted paths of the hidden cells: counts from 1 to 5, cells that would reveal them, and rates built on them',
    example: ['reoffended', 'rate'],
  })
  suppressedCells: string[];
}

const rate = (description: string) =>
  ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1, description, example: 0.12 });

export class RecidivismFiguresResponse implements RecidivismFigures {
  @IntegerField({ minimum: 0, nullable: true }) cohortSize: number;
  @IntegerField({ minimum: 0, nullable: true }) reoffended: number;
  @IntegerField({ minimum: 0, nullable: true, description: 'No reoffence yet and the window still open' })
  inProgress: number;
  @rate('reoffended / (cohortSize − inProgress); null while nobody’s outcome is known') rate: number | null;
}

export class RecidivismByCompletionResponse {
  @ApiProperty({ type: () => RecidivismFiguresResponse }) completed: RecidivismFiguresResponse;
  @ApiProperty({ type: () => RecidivismFiguresResponse }) notCompleted: RecidivismFiguresResponse;
}

export class RecidivismResponse extends RecidivismFiguresResponse {
  @ApiProperty() suppressed: boolean;
  @ApiProperty({ type: [String] }) suppressedCells: string[];
  @IntegerField({ example: 2027 }) cohortYear: number;
  @IntegerField({ enum: [12, 24, 36] }) windowMonths: number;
  @UuidField({ nullable: true }) agreementId: string | null;
  @ApiProperty({
    type: () => RecidivismByCompletionResponse,
    description: 'Split by completion of a KEMANDIRIAN program before release',
  })
  byKemandirianCompletion: RecidivismByCompletionResponse;
}

export class EmploymentResponse extends DisclosureResponse {
  @IntegerField({ example: 2027 }) cohortYear: number;
  @UuidField({ nullable: true }) agreementId: string | null;
  @IntegerField({ minimum: 0, nullable: true }) cohortSize: number;
  @IntegerField({
    minimum: 0,
    nullable: true,
    description: 'With a job or business within 6 months of release',
  })
  employed: number;
  @rate('employed / cohortSize; null for an empty cohort') rate: number | null;
}

export class AgreementSummaryResponse extends DisclosureResponse {
  @UuidField({ nullable: true }) agreementId: string | null;
  @IntegerField({ example: 2027, description: 'The release year of the cohort the figures are about' })
  cohortYear: number;
  @IntegerField({ minimum: 0, nullable: true }) openCases: number;
  @IntegerField({
    minimum: 0,
    nullable: true,
    description: 'The cohort: people counted once, see docs/domain.md',
  })
  released: number;
  @IntegerField({ minimum: 0, nullable: true }) employed: number;
  @IntegerField({ minimum: 0, nullable: true }) reoffended: number;
  @IntegerField({
    minimum: 0,
    nullable: true,
    description: 'No reoffence yet and the 12-month window still open',
  })
  inProgress: number;
  @rate('12-month recidivism, exactly the rate of GET /reintegration/metrics/recidivism') recidivismRate12m:
    number | null;
}
