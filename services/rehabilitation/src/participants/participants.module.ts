import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { NikVault } from './nik-vault';
import { SealPlaintextParticipants } from './seal-plaintext-participants';
import { Participant } from './participant.entity';
import { ParticipantsController } from './participants.controller';
import { ParticipantsService } from './participants.service';
import { PersonalDataAccess } from './personal-data-access.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Participant, PersonalDataAccess]), ReferenceDataModule],
  controllers: [ParticipantsController],
  providers: [ParticipantsService, NikVault, SealPlaintextParticipants],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
