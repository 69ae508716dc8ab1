import { describeServiceHealth } from '@sinergi/testing';
import { testNotificationsService } from './support';

describeServiceHealth(testNotificationsService);
