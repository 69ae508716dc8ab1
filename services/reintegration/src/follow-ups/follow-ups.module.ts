import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

@Module({ imports: [CasesModule], controllers: [FollowUpsController], providers: [FollowUpsService] })
export class FollowUpsModule {}
