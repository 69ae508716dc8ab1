import { runService } from '@sinergi/platform';
import { reintegrationService } from './service';

runService(reintegrationService);
