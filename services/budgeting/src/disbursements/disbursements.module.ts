import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AllocationsModule } from '../allocations/allocations.module';
import { Budget } from '../budgets/budget.entity';
import { LedgerModule } from '../ledger/ledger.module';
import { Disbursement } from './disbursement.entity';
import { DisbursementsController } from './disbursements.controller';
import { Disbursements } from './disbursements.service';

@Module({
  imports: [TypeOrmModule.forFeature([Disbursement, Budget]), AccessModule, AllocationsModule, LedgerModule],
  controllers: [DisbursementsController],
  providers: [Disbursements],
})
export class DisbursementsModule {}
