// Creates the Sinergi database, one schema and one role per service, idempotently.
// Uses ADMIN_DATABASE_URL / DATABASE_URL when set, else the machine's PostgreSQL on 127.0.0.1:5432.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const { Client } = require('pg');
const { SERVICES, roleOf } = require('../services');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_DATABASE = 'sinergi';
const { DEV_DATABASE_PASSWORD: DEV_PASSWORD } = require('../../scripts/dev-secrets');

const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

function adminUrl(env = process.env) {
  return env.ADMIN_DATABASE_URL || env.DATABASE_URL || DEFAULT_ADMIN_URL;
}

function portOpen(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Starts the Debian cluster when it is installed but down; explains what to install when absent. */
async function ensureLocalServer(url, log = console.log) {
  const { hostname, port } = new URL(url);
  const p = Number(port || 5432);
  if (await portOpen(hostname, p)) return;
  if (!['127.0.0.1', 'localhost'].includes(hostname)) {
    throw new Error(`PostgreSQL at ${hostname}:${p} does not answer; check DATABASE_URL`);
  }
  const clusters = fs.existsSync('/etc/postgresql') ? fs.readdirSync('/etc/postgresql') : [];
  if (clusters.length === 0) {
    throw new Error(
      'No PostgreSQL found on 127.0.0.1:5432. Install one (Debian/Ubuntu: `apt-get install -y postgresql`), ' +
        'set DATABASE_URL to an existing server, or run `docker compose up postgres`.',
    );
  }
  const version = clusters.sort().at(-1);
  log(`starting PostgreSQL ${version} cluster "main"`);
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
    stdio: 'inherit',
  });
  for (let i = 0; i < 30; i++) {
    if (await portOpen(hostname, p)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`PostgreSQL ${version} was started but does not answer on ${hostname}:${p}`);
}

async function withClient(url, fn) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Provisions `database` (created when missing) with a schema and a login role per service.
 * Returns each service's own connection URL.
 */
async function provision({
  database = DEFAULT_DATABASE,
  password = DEV_PASSWORD,
  url = adminUrl(),
  log = console.log,
} = {}) {
  await ensureLocalServer(url, log);
  await withClient(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${quoteIdent(database)}`);
      log(`created database ${database}`);
    }
    for (const { name } of SERVICES) {
      const role = roleOf(name);
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      // Role passwords cannot be bound as parameters; the literal is escaped by the server's own quote function.
      const { rows } = await client.query('SELECT quote_literal($1::text) AS literal', [password]);
      const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
      await client.query(
        `${verb} ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD ${rows[0].literal}`,
      );
    }
  });

  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${database}`;
  await withClient(databaseUrl.toString(), async (client) => {
    await client.query(`REVOKE ALL ON DATABASE ${quoteIdent(database)} FROM PUBLIC`);
    await client.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    for (const { name } of SERVICES) {
      const role = roleOf(name);
      await client.query(
        `GRANT CONNECT, TEMPORARY ON DATABASE ${quoteIdent(database)} TO ${quoteIdent(role)}`,
      );
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)} AUTHORIZATION ${quoteIdent(role)}`);
      await client.query(`REVOKE ALL ON SCHEMA ${quoteIdent(name)} FROM PUBLIC`);
      await client.query(
        `ALTER ROLE ${quoteIdent(role)} IN DATABASE ${quoteIdent(database)} SET search_path = ${quoteIdent(name)}`,
      );
    }
  });

  return Object.fromEntries(SERVICES.map(({ name }) => [name, serviceUrl(url, database, name, password)]));
}

function serviceUrl(url, database, service, password) {
  const u = new URL(url);
  u.username = roleOf(service);
  u.password = password;
  u.pathname = `/${database}`;
  return u.toString();
}

async function dropDatabase(database, url = adminUrl()) {
  await withClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  });
}

module.exports = { provision, dropDatabase, adminUrl, ensureLocalServer, portOpen, DEV_PASSWORD };

if (require.main === module) {
  provision({
    database: process.env.DATABASE_NAME || DEFAULT_DATABASE,
    password: process.env.DATABASE_PASSWORD || DEV_PASSWORD,
  })
    .then((urls) => {
      for (const [service, u] of Object.entries(urls))
        console.log(`${service.padEnd(15)} ${u.replace(/:[^:@/]*@/, ':***@')}`);
    })
    .catch((error) => {
      console.error(`postgres: ${error.message}`);
      process.exit(1);
    });
}
