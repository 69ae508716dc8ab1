// Seeds the Muaro Jambi demo through the public API (idempotent) and prints a login per role.
// Environment: GATEWAY_URL, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, DEMO_CLIENTS_FILE.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiSession } from './api-session';
import { runMuaroJambiJourney, type DemoClient } from './muaro-jambi-journey';

async function main() {
  const baseUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
  const clientsFile =
    process.env.DEMO_CLIENTS_FILE ?? path.resolve(__dirname, '../../../../.cache/demo-clients.json');
  const admin = await ApiSession.login(
    baseUrl,
    process.env.ADMIN_CLIENT_ID ?? '',
    process.env.ADMIN_CLIENT_SECRET ?? '',
  );
  const knownClients: DemoClient[] = existsSync(clientsFile)
    ? JSON.parse(readFileSync(clientsFile, 'utf8'))
    : [];
  let clients = knownClients;
  const result = await runMuaroJambiJourney({
    baseUrl,
    admin,
    knownClients,
    log: (message) => console.log(`  · ${message}`),
  });
  if (result) clients = result.clients;
  mkdirSync(path.dirname(clientsFile), { recursive: true });
  writeFileSync(clientsFile, JSON.stringify(clients, null, 2), { mode: 0o600 });

  console.log('\nDemo logins (POST /api/v1/auth/token with {clientId, clientSecret}):');
  console.log(
    `  ${'platform-admin'.padEnd(18)} ${'PLATFORM'.padEnd(22)} ${process.env.ADMIN_CLIENT_ID} / ${process.env.ADMIN_CLIENT_SECRET}`,
  );
  for (const c of clients)
    console.log(`  ${c.role.padEnd(18)} ${c.agencyCode.padEnd(22)} ${c.clientId} / ${c.clientSecret}`);
}

main().catch((error) => {
  console.error(`demo seed failed: ${error.message}`);
  process.exit(1);
});
