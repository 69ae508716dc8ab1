// `npm run migrate [service ...]`: applies the pending migrations of every service (or of those
// named) without starting them, one schema after the other, each as the schema's owner role and
// under the advisory lock a starting service takes. A service's owner connection comes from
// <SERVICE>_MIGRATION_DATABASE_URL (e.g. BUDGETING_MIGRATION_DATABASE_URL); with none set, the local
// database is provisioned as `npm start` does. In the image: `node scripts/migrate.js` migrates
// $SERVICE with MIGRATION_DATABASE_URL when that is set.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { SERVICES } = require('../infra/services');
const { ensureBuilt } = require('./built');

const ROOT = path.resolve(__dirname, '..');
const urlVariable = (name) => `${name.toUpperCase()}_MIGRATION_DATABASE_URL`;

async function migrationUrls(names) {
  const given = Object.fromEntries(names.map((name) => [name, process.env[urlVariable(name)]]));
  const single = process.env.SERVICE && names.length === 1 && names[0] === process.env.SERVICE;
  if (single && !given[names[0]] && process.env.MIGRATION_DATABASE_URL)
    return { [names[0]]: process.env.MIGRATION_DATABASE_URL };
  if (names.every((name) => given[name])) return given;
  const missing = names.filter((name) => !given[name]);
  if (names.some((name) => given[name]))
    throw new Error(`set ${missing.map(urlVariable).join(', ')} too (or none, for the local database)`);
  const { provision } = require('../infra/postgres/provision');
  const urls = await provision({ log: () => undefined });
  return Object.fromEntries(names.map((name) => [name, urls[name].migrationDatabaseUrl]));
}

async function main() {
  const known = SERVICES.map((s) => s.name);
  const asked = process.argv.slice(2);
  const names = asked.length > 0 ? asked : process.env.SERVICE ? [process.env.SERVICE] : known;
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown service(s) ${unknown.join(', ')}; known: ${known.join(', ')}`);
  ensureBuilt(...names);
  const urls = await migrationUrls(names);
  for (const name of names) {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'services', name, 'dist/main.js'), 'migrate'], {
      env: { ...process.env, MIGRATION_DATABASE_URL: urls[name] },
      stdio: 'inherit',
    });
    if (run.status !== 0) throw new Error(`${name}: migrations failed (exit ${run.status})`);
  }
}

main().catch((error) => {
  console.error(`migrate: ${error.message}`);
  process.exit(1);
});
