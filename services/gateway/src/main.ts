import { runService } from '@sinergi/platform';
import { gatewayService } from './service';

runService(gatewayService);
