import { runService } from '@sinergi/platform';
import { budgetingService } from './service';

runService(budgetingService);
