import { Module } from '@nestjs/common';
import { IndicatorActuals } from './indicator-actuals';
import { IndicatorFactsHandlers } from './indicator-facts.handlers';

@Module({ providers: [IndicatorFactsHandlers, IndicatorActuals], exports: [IndicatorActuals] })
export class IndicatorsModule {}
