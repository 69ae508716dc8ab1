import { DateField, RupiahField, TextField, TimestampField, UuidField } from '@sinergi/platform';
import type { DisbursementView } from '../disbursements.service';

export class DisbursementResponse implements DisbursementView {
  @UuidField() id: string;
  @UuidField() allocationId: string;
  @UuidField() budgetId: string;
  @RupiahField() amount: number;
  @DateField() date: string;
  @TextField() description: string;
  @TextField({ example: 'SP2D-0042/2027' }) reference: string;
  @TimestampField() recordedAt: Date;
  @RupiahField({ description: 'Disbursed against the allocation so far, this one included' })
  disbursedTotal: number;
  @RupiahField({ description: 'What is left of the allocation' }) remaining: number;
}
