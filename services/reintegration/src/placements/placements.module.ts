import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PlacementsController } from './placements.controller';
import { PlacementsService } from './placements.service';

@Module({ imports: [CasesModule], controllers: [PlacementsController], providers: [PlacementsService] })
export class PlacementsModule {}
