import type { RunningService } from '@sinergi/platform';
import {
  startTestService,
  TEST_GATEWAY_SECRETS,
  TEST_NIK_KEYS as NIK_KEYS,
  TEST_WEBHOOK_SETTINGS as WEBHOOK_SETTINGS,
} from '@sinergi/testing';
// The whole platform: each service is started from its own definition.
import { agreementsService } from '../../agreements/src/service';
import { budgetingService } from '../../budgeting/src/service';
import { notificationsService } from '../../notifications/src/service';
import { rehabilitationService } from '../../rehabilitation/src/service';
import { reintegrationService } from '../../reintegration/src/service';
import { ApiSession } from '../src/demo/api-session';
import { runMuaroJambiJourney, type JourneyResult } from '../src/demo/muaro-jambi-journey';
import { gatewayService } from '../src/service';

export type PlatformServiceName =
  'gateway' | 'agreements' | 'rehabilitation' | 'reintegration' | 'budgeting' | 'notifications';

export interface RunningPlatform {
  services: Record<PlatformServiceName, RunningService>;
  admin: ApiSession;
  journey: JourneyResult;
  /** A signed-in session per demo client, keyed `role@agencyCode`, plus `admin`. */
  sessions: Record<string, ApiSession>;
  stop(): Promise<void>;
}

export interface StartedPlatform {
  services: Record<PlatformServiceName, RunningService>;
  admin: ApiSession;
  stop(): Promise<void>;
}

/** Starts the six services on the real PostgreSQL and Kafka, with the platform-admin's session. */
export async function startPlatform(gatewayEnv: Record<string, string> = {}): Promise<StartedPlatform> {
  const agreements = stopsOnce(await startTestService(agreementsService));
  const rehabilitation = stopsOnce(await startTestService(rehabilitationService, NIK_KEYS));
  const reintegration = stopsOnce(await startTestService(reintegrationService));
  const budgeting = stopsOnce(await startTestService(budgetingService));
  const notifications = stopsOnce(await startTestService(notificationsService, WEBHOOK_SETTINGS));
  const gateway = stopsOnce(
    await startTestService(gatewayService, {
      AGREEMENTS_URL: agreements.url,
      REHABILITATION_URL: rehabilitation.url,
      REINTEGRATION_URL: reintegration.url,
      BUDGETING_URL: budgeting.url,
      NOTIFICATIONS_URL: notifications.url,
      ...gatewayEnv,
    }),
  );
  const services = { gateway, agreements, rehabilitation, reintegration, budgeting, notifications };
  const admin = await ApiSession.login(
    gateway.url,
    TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
    TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
  );
  return {
    services,
    admin,
    stop: async () => {
      for (const service of [gateway, agreements, rehabilitation, reintegration, budgeting, notifications])
        await service.stop();
    },
  };
}

/**
 * The platform with the Muaro Jambi journey run through the gateway. The journey can be seeded once
 * per database, and all test files of a run share it: only one file may call this.
 */
export async function startPlatformWithJourney(): Promise<RunningPlatform> {
  const platform = await startPlatform();
  const { services, admin } = platform;
  const journey = (await runMuaroJambiJourney({ baseUrl: services.gateway.url, admin }))!;
  const sessions: Record<string, ApiSession> = { admin };
  for (const c of journey.clients)
    sessions[`${c.role}@${c.agencyCode}`] = await ApiSession.login(
      services.gateway.url,
      c.clientId,
      c.clientSecret,
    );
  return { ...platform, journey, sessions };
}

/** A test may stop one service early (an outage); stopping the platform afterwards skips it. */
function stopsOnce(service: RunningService): RunningService {
  let stopping: Promise<void> | undefined;
  return { ...service, stop: () => (stopping ??= service.stop()) };
}
