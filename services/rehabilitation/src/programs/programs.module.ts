import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { FundingHandlers } from './funding.handlers';
import { Program } from './program.entity';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';

@Module({
  imports: [TypeOrmModule.forFeature([Program]), ReferenceDataModule],
  controllers: [ProgramsController],
  providers: [ProgramsService, FundingHandlers],
  exports: [ProgramsService],
})
export class ProgramsModule {}
