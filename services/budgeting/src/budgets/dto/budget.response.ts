import { ApiProperty } from '@nestjs/swagger';
import { BudgetSources, type BudgetSource } from '@sinergi/contracts';
import {
  EnumField,
  IntegerField,
  PersonResponse,
  RupiahField,
  TextField,
  TimestampField,
  UuidField,
} from '@sinergi/platform';
import { LedgerKinds, type LedgerEntryView, type LedgerKind } from '../../ledger/ledger-entry.entity';
import type { BudgetView } from '../budgets.service';

export class BudgetResponse implements BudgetView {
  @UuidField() id: string;
  @UuidField() agreementId: string;
  @IntegerField({ example: 2027 }) fiscalYear: number;
  @EnumField(BudgetSources) source: BudgetSource;
  @TextField({ example: 'PEMKAB-MUARO-JAMBI' }) ownerAgencyCode: string;
  @RupiahField({ nullable: true, description: 'Allocations up to this amount are approved automatically' })
  autoApproveLimit: number | null;
  @TimestampField() createdAt: Date;
  @RupiahField() ceiling: number;
  @RupiahField() allocated: number;
  @RupiahField() disbursed: number;
  @RupiahField({ description: 'ceiling − allocated' }) available: number;
  @ApiProperty({
    type: 'number',
    nullable: true,
    minimum: 0,
    maximum: 1,
    description: 'disbursed / ceiling; null while the ceiling is 0',
    example: 0.35,
  })
  absorptionRate: number | null;
}

/** A ledger line (immutable); `seq`, the recording order, is not part of the API. */
export class LedgerEntryResponse implements LedgerEntryView {
  @UuidField() id: string;
  @EnumField(LedgerKinds) kind: LedgerKind;
  @UuidField() budgetId: string;
  @RupiahField({ description: 'Money allocated, released or disbursed, or the new ceiling' }) amount: number;
  @IntegerField() ceilingChange: number;
  @IntegerField() allocatedChange: number;
  @IntegerField() disbursedChange: number;
  @UuidField({ nullable: true }) allocationId: string | null;
  @UuidField({ nullable: true }) disbursementId: string | null;
  @TextField({ nullable: true }) reason: string | null;
  @TextField({ description: 'The client that acted, or `system` for automatic decisions' })
  recordedBy: string;
  @ApiProperty({
    type: () => PersonResponse,
    nullable: true,
    description: 'The signed-in officer who acted (null for a system client or automatic work)',
  })
  recordedByUser: PersonResponse | null;
  @TextField({ nullable: true, description: 'The event or request (correlation id) that caused it' })
  causedBy: string | null;
  @TimestampField() recordedAt: Date;
}
