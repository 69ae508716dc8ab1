import { runService } from '@sinergi/platform';
import { agreementsService } from './service';

runService(agreementsService);
