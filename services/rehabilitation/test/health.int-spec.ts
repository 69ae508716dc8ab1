import { describeServiceHealth } from '@sinergi/testing';
import { testRehabilitationService } from './support';

describeServiceHealth(testRehabilitationService);
