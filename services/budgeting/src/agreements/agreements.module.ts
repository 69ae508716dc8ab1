import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementRecord } from './agreement.entity';
import { AgreementEvents } from './agreement-events.handlers';
import { AgreementRegistry } from './agreement-registry';

@Module({
  imports: [TypeOrmModule.forFeature([AgreementRecord])],
  providers: [AgreementRegistry, AgreementEvents],
  exports: [AgreementRegistry],
})
export class AgreementsModule {}
