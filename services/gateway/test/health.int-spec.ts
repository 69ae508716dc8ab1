import { describeServiceHealth } from '@sinergi/testing';
import { gatewayService } from '../src/service';

describeServiceHealth(gatewayService, { kafka: false });
