import { describeServiceHealth } from '@sinergi/testing';
import { agreementsService } from '../src/service';

describeServiceHealth(agreementsService);
