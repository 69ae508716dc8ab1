import { describeServiceHealth } from '@sinergi/testing';
import { budgetingService } from '../src/service';

describeServiceHealth(budgetingService);
