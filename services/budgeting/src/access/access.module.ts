import { Module } from '@nestjs/common';
import { BudgetAccess } from './budget-access';

@Module({ providers: [BudgetAccess], exports: [BudgetAccess] })
export class AccessModule {}
