import { Module } from '@nestjs/common';
import { AgreementScope } from './agreement-scope';
import { AgreementScopeHandlers } from './agreement-scope.handlers';

@Module({ providers: [AgreementScopeHandlers, AgreementScope], exports: [AgreementScope] })
export class AgreementScopeModule {}
