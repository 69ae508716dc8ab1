import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AgreementsModule } from '../agreements/agreements.module';
import { Budget } from '../budgets/budget.entity';
import { LedgerModule } from '../ledger/ledger.module';
import { Allocation } from './allocation.entity';
import { AllocationsController } from './allocations.controller';
import { Allocations } from './allocations.service';
import { FundingRequests } from './funding-requests.handlers';

@Module({
  imports: [TypeOrmModule.forFeature([Allocation, Budget]), AccessModule, AgreementsModule, LedgerModule],
  controllers: [AllocationsController],
  providers: [Allocations, FundingRequests],
  exports: [Allocations],
})
export class AllocationsModule {}
