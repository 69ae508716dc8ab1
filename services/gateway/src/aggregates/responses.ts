import { ApiProperty } from '@nestjs/swagger';
import { IntegerField, RupiahField, TextField, UuidField } from '@sinergi/platform';

const rate = (description: string) =>
  ApiProperty({ type: 'number', nullable: true, minimum: 0, maximum: 1, description });

/** A schema described by a service (merged into the one document). */
const serviceSchema = (name: string, description: string, nullable = false) =>
  ApiProperty({
    allOf: [{ $ref: `#/components/schemas/${name}` }],
    ...(nullable ? { nullable } : {}),
    description,
  });

export class ProgramFiguresResponse {
  @IntegerField({ minimum: 0 }) total: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Programs per status',
    example: { IN_PROGRESS: 2, COMPLETED: 1 },
  })
  byStatus: Record<string, number>;
  @IntegerField({ minimum: 0, description: 'Enrolments (people)' }) enrolled: number;
  @IntegerField({ minimum: 0 }) completed: number;
  @ApiProperty({
    description: 'Always false: every program of the agreement is counted (kept for compatibility)',
  })
  truncated: boolean;
}

export class BudgetFiguresResponse {
  @RupiahField() ceiling: number;
  @RupiahField() allocated: number;
  @RupiahField() disbursed: number;
  @RupiahField() available: number;
  @rate('disbursed / ceiling; null while the ceiling is 0') absorptionRate: number | null;
  @ApiProperty({ description: 'More budgets than the overview reads' }) truncated: boolean;
}

/** Reintegration's figures for the agreement's release cohort of the fiscal year, as it gives them. */
export class ReintegrationFiguresResponse {
  @IntegerField({ example: 2027 }) cohortYear: number;
  @IntegerField({ minimum: 0 }) openCases: number;
  @IntegerField({ minimum: 0 }) released: number;
  @IntegerField({ minimum: 0 }) employed: number;
  @IntegerField({ minimum: 0 }) reoffended: number;
  @IntegerField({ minimum: 0 }) inProgress: number;
  @rate('12-month recidivism rate of the cohort, exactly reintegration’s') recidivismRate12m: number | null;
}

class Figures {
  @serviceSchema('WorkPlanWithIndicatorsResponse', 'The fiscal year’s work plan, when there is one', true)
  workPlan: unknown;
  @ApiProperty({ type: () => ProgramFiguresResponse, nullable: true, description: 'null when degraded' })
  programs: ProgramFiguresResponse | null;
  @ApiProperty({ type: () => BudgetFiguresResponse, nullable: true, description: 'null when degraded' })
  budget: BudgetFiguresResponse | null;
  @ApiProperty({
    type: () => ReintegrationFiguresResponse,
    nullable: true,
    description: 'null when degraded',
  })
  reintegration: ReintegrationFiguresResponse | null;
  @ApiProperty({
    enum: ['agreements', 'rehabilitation', 'reintegration', 'budgeting'],
    isArray: true,
    description: 'Services that did not answer in time or failed; their parts are null',
  })
  degraded: string[];
}

export class OverviewResponse extends Figures {
  @serviceSchema('AgreementResponse', 'The agreement') agreement: unknown;
}

export class DashboardAgreementResponse extends Figures {
  @UuidField() agreementId: string;
  @TextField() number: string;
  @TextField() title: string;
  @TextField() status: string;
}

export class DashboardTotalsResponse {
  @IntegerField({ minimum: 0 }) agreements: number;
  @IntegerField({ minimum: 0 }) programs: number;
  @IntegerField({ minimum: 0 }) enrolled: number;
  @IntegerField({ minimum: 0 }) completed: number;
  @RupiahField() ceiling: number;
  @RupiahField() allocated: number;
  @RupiahField() disbursed: number;
  @IntegerField({ minimum: 0 }) openCases: number;
  @IntegerField({ minimum: 0 }) reoffended: number;
}

export class DashboardErrorResponse {
  @UuidField() agreementId: string;
  @IntegerField() status: number;
  @TextField() detail: string;
}

export class DashboardResponse {
  @IntegerField({ example: 2027 }) fiscalYear: number;
  @ApiProperty({ type: () => DashboardAgreementResponse, isArray: true })
  agreements: DashboardAgreementResponse[];
  @ApiProperty({
    description: 'More agreements than the dashboard reads (5,000): totals cover the listed ones',
  })
  truncated: boolean;
  @ApiProperty({ type: () => DashboardTotalsResponse }) totals: DashboardTotalsResponse;
  @ApiProperty({
    type: () => DashboardErrorResponse,
    isArray: true,
    description: 'Overviews that could not be built',
  })
  errors: DashboardErrorResponse[];
  @ApiProperty({ type: 'string', isArray: true }) degraded: string[];
}

export class GatewayStatusResponse {
  @ApiProperty() ready: boolean;
  @TextField() version: string;
}

export class ServiceStatusResponse {
  @TextField({ example: 'agreements' }) name: string;
  @ApiProperty() ready: boolean;
  @TextField({ nullable: true }) version: string | null;
  @ApiProperty({ type: 'string', isArray: true, description: 'Failed readiness checks' }) failed: string[];
}

export class StatusResponse {
  @ApiProperty({ type: () => GatewayStatusResponse }) gateway: GatewayStatusResponse;
  @ApiProperty({ type: () => ServiceStatusResponse, isArray: true }) services: ServiceStatusResponse[];
  @ApiProperty({ type: 'string', isArray: true }) degraded: string[];
}
