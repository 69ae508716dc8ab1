import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AgreementsModule } from '../agreements/agreements.module';
import { LedgerModule } from '../ledger/ledger.module';
import { Budget } from './budget.entity';
import { BudgetsController } from './budgets.controller';
import { Budgets } from './budgets.service';

@Module({
  imports: [TypeOrmModule.forFeature([Budget]), AccessModule, AgreementsModule, LedgerModule],
  controllers: [BudgetsController],
  providers: [Budgets],
})
export class BudgetsModule {}
