// Seeds the Muaro Jambi demo through the public API (idempotent) and prints a login per role.
// Environment: GATEWAY_URL, ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET, DEMO_CLIENTS_FILE, DEMO_PEOPLE_FILE.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiSession } from './api-session';
import { ensureDemoPeople, type DemoPerson } from './demo-people';
import { ensureAgencies, runMuaroJambiJourney, type DemoClient } from './muaro-jambi-journey';

const CACHE = path.resolve(__dirname, '../../../../.cache');

const read = <T>(file: string): T[] => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : []);
function save(file: string, value: unknown) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2), { mode: 0o600 });
}

async function main() {
  const baseUrl = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';
  const clientsFile = process.env.DEMO_CLIENTS_FILE ?? path.join(CACHE, 'demo-clients.json');
  const peopleFile = process.env.DEMO_PEOPLE_FILE ?? path.join(CACHE, 'demo-people.json');
  const admin = await ApiSession.login(
    baseUrl,
    process.env.ADMIN_CLIENT_ID ?? '',
    process.env.ADMIN_CLIENT_SECRET ?? '',
  );
  const log = (message: string) => console.log(`  · ${message}`);
  await ensureAgencies(admin);
  const people = await ensureDemoPeople(admin, read<DemoPerson>(peopleFile));
  save(peopleFile, people);
  const knownClients = read<DemoClient>(clientsFile);
  const result = await runMuaroJambiJourney({ baseUrl, admin, knownClients, people, log });
  const clients = result?.clients ?? knownClients;
  save(clientsFile, clients);

  console.log('\nDemo people (the web console, or POST /api/v1/sessions with {email, password, totp?}):');
  for (const p of people)
    console.log(
      `  ${p.role.padEnd(18)} ${p.agencyCode.padEnd(22)} ${p.email} / ${p.password}` +
        (p.totpSecret ? `  TOTP secret ${p.totpSecret} (add it to an authenticator app)` : ''),
    );
  console.log('\nDemo API clients (POST /api/v1/auth/token with {clientId, clientSecret}):');
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
