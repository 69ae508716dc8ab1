import { TEST_GATEWAY_SECRETS } from '@sinergi/testing';
import { ApiSession } from '../src/demo/api-session';

/** A viewer client of Pemkab Muaro Jambi (a monitoring screen), created by the platform admin. */
export async function monitoringViewer(gatewayUrl: string): Promise<ApiSession> {
  const admin = await ApiSession.login(
    gatewayUrl,
    TEST_GATEWAY_SECRETS.ADMIN_CLIENT_ID,
    TEST_GATEWAY_SECRETS.ADMIN_CLIENT_SECRET,
  );
  const client = await admin.post(
    '/clients',
    { name: 'Monitoring screen', agencyCode: 'PEMKAB-MUARO-JAMBI', roles: ['viewer'] },
    201,
  );
  return ApiSession.login(gatewayUrl, client.clientId, client.clientSecret);
}
