import { runService } from '@sinergi/platform';
import { rehabilitationService } from './service';

runService(rehabilitationService);
