import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownAgency } from './known-agency.entity';
import { KnownAgreement } from './known-agreement.entity';
import { ReferenceDataHandlers } from './reference-data.handlers';
import { ReferenceData } from './reference-data.service';

@Module({
  imports: [TypeOrmModule.forFeature([KnownAgreement, KnownAgency])],
  providers: [ReferenceDataHandlers, ReferenceData],
  exports: [ReferenceData],
})
export class ReferenceDataModule {}
