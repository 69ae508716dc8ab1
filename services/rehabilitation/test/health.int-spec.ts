import { describeServiceHealth } from '@sinergi/testing';
import { rehabilitationService } from '../src/service';

describeServiceHealth(rehabilitationService);
