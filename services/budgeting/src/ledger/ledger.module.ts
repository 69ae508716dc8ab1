import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerEntry } from './ledger-entry.entity';
import { Ledger } from './ledger';

@Module({
  imports: [TypeOrmModule.forFeature([LedgerEntry])],
  providers: [Ledger],
  exports: [Ledger],
})
export class LedgerModule {}
