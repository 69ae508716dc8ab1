import { Module } from '@nestjs/common';
import { AgreementScopeModule } from '../agreement-scope/agreement-scope.module';
import { CasesModule } from '../cases/cases.module';
import { GrantFunding } from './grant-funding.handlers';
import { GrantsController } from './grants.controller';
import { GrantsService } from './grants.service';

@Module({
  imports: [CasesModule, AgreementScopeModule],
  controllers: [GrantsController],
  providers: [GrantsService, GrantFunding],
})
export class GrantsModule {}
