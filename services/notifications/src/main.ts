import { runService } from '@sinergi/platform';
import { notificationsService } from './service';

runService(notificationsService);
