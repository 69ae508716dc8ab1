import { describeServiceHealth } from '@sinergi/testing';
import { reintegrationService } from '../src/service';

describeServiceHealth(reintegrationService);
