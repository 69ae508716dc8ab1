import { Module } from '@nestjs/common';
import { DeliveriesModule } from '../deliveries/deliveries.module';
import { AgreementNotifications } from './agreement-notifications.handlers';
import { AudienceRegistry } from './audience-registry';
import { CaseNotifications } from './case-notifications.handlers';
import { FundingNotifications } from './funding-notifications.handlers';
import { ProgramNotifications } from './program-notifications.handlers';

@Module({
  imports: [DeliveriesModule],
  providers: [
    AudienceRegistry,
    AgreementNotifications,
    ProgramNotifications,
    CaseNotifications,
    FundingNotifications,
  ],
})
export class AudienceModule {}
