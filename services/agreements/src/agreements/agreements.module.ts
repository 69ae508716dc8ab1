import { Module } from '@nestjs/common';
import { AgreementHistory } from './agreement-history';
import { AgreementScheduler } from './agreement-scheduler';
import { AgreementTermsValidator } from './agreement-terms.validator';
import { AgreementsController } from './agreements.controller';
import { AgreementsRepository } from './agreements.repository';
import { AgreementsService } from './agreements.service';

@Module({
  controllers: [AgreementsController],
  providers: [
    AgreementsService,
    AgreementsRepository,
    AgreementTermsValidator,
    AgreementHistory,
    AgreementScheduler,
  ],
  exports: [AgreementsRepository],
})
export class AgreementsModule {}
