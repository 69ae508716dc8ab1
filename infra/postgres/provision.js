// Creates the Sinergi database, one schema and two roles (owner, runtime) per service, idempotently.
// Uses ADMIN_DATABASE_URL / DATABASE_URL when set, else the machine's PostgreSQL on 127.0.0.1:5432.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const { Client } = require('pg');
const { SERVICES, rolesOf, passwordVariablesOf } = require('../services');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const DEFAULT_DATABASE = 'sinergi';
const { devDatabasePassword } = require('../../scripts/dev-secrets');

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
 * Passwords of every service's two roles, from <SERVICE>_DATABASE_PASSWORD (runtime role) and
 * <SERVICE>_MIGRATION_DATABASE_PASSWORD (schema owner); a missing one gets its role's public
 * development value, unless `required` (production), where it is an error naming every variable.
 */
function passwordsFromEnv(env = process.env, { required = false } = {}) {
  const passwords = {};
  const missing = [];
  for (const { name } of SERVICES) {
    const roles = rolesOf(name);
    const variables = passwordVariablesOf(name);
    for (const kind of ['owner', 'app']) {
      const value = env[variables[kind]];
      if (value) passwords[roles[kind]] = value;
      else if (required) missing.push(variables[kind]);
      else passwords[roles[kind]] = devDatabasePassword(roles[kind]);
    }
  }
  if (missing.length > 0) throw new Error(`set ${missing.join(', ')} (one password per database role)`);
  return passwords;
}

/**
 * Provisions `database` (created when missing): per service a schema owned by its owner role, and
 * a runtime role that may only read and write the rows of that schema (docs/SECURITY.md). Returns
 * each service's two connection URLs: `databaseUrl` (runtime role, DATABASE_URL) and
 * `migrationDatabaseUrl` (owner, MIGRATION_DATABASE_URL).
 */
async function provision({
  database = DEFAULT_DATABASE,
  passwords = passwordsFromEnv(),
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
    // Roles are shared by every database of the server: concurrent provisioning takes turns.
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['sinergi:provision-roles']);
    try {
      for (const { name } of SERVICES) {
        for (const role of Object.values(rolesOf(name))) {
          const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
          // Role passwords cannot be bound as parameters; the server's own quote function escapes the literal.
          const { rows } = await client.query('SELECT quote_literal($1::text) AS literal', [passwords[role]]);
          const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
          await client.query(
            `${verb} ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION ` +
              `NOBYPASSRLS PASSWORD ${rows[0].literal}`,
          );
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['sinergi:provision-roles']);
    }
  });

  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${database}`;
  await withClient(databaseUrl.toString(), async (client) => {
    const db = quoteIdent(database);
    await client.query(`REVOKE ALL ON DATABASE ${db} FROM PUBLIC`);
    await client.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    for (const { name } of SERVICES) {
      const { owner, app } = rolesOf(name);
      const schema = quoteIdent(name);
      await adoptLegacySchema(client, name, owner);
      await client.query(`GRANT CONNECT ON DATABASE ${db} TO ${quoteIdent(owner)}, ${quoteIdent(app)}`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema} AUTHORIZATION ${quoteIdent(owner)}`);
      await client.query(`ALTER SCHEMA ${schema} OWNER TO ${quoteIdent(owner)}`);
      await client.query(`REVOKE ALL ON SCHEMA ${schema} FROM PUBLIC`);
      // The runtime role: rows only. No CREATE on the schema, no TRUNCATE, REFERENCES or TRIGGER,
      // and not the owner of anything, so ALTER TABLE, DROP TABLE and DROP TRIGGER are refused.
      await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${quoteIdent(app)}`);
      await client.query(
        `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${quoteIdent(app)}`,
      );
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${quoteIdent(app)}`);
      // Tables and sequences the owner's migrations create later get the same grants.
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(owner)} IN SCHEMA ${schema} ` +
          `GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${quoteIdent(app)}`,
      );
      await client.query(
        `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(owner)} IN SCHEMA ${schema} ` +
          `GRANT USAGE, SELECT ON SEQUENCES TO ${quoteIdent(app)}`,
      );
      for (const role of [owner, app]) {
        await client.query(`ALTER ROLE ${quoteIdent(role)} IN DATABASE ${db} SET search_path = ${schema}`);
      }
    }
  });

  return Object.fromEntries(
    SERVICES.map(({ name }) => {
      const { owner, app } = rolesOf(name);
      return [
        name,
        {
          databaseUrl: roleUrl(url, database, app, passwords[app]),
          migrationDatabaseUrl: roleUrl(url, database, owner, passwords[owner]),
        },
      ];
    }),
  );
}

/**
 * A database provisioned before the roles were split has its schema owned by the single role
 * `sinergi_<service>`: its objects pass to the owner role, and that role loses this database.
 */
async function adoptLegacySchema(client, service, owner) {
  const legacy = `sinergi_${service}`;
  const { rows } = await client.query(
    'SELECT 1 FROM pg_namespace WHERE nspname = $1 AND nspowner::regrole::text = $2',
    [service, legacy],
  );
  if (rows.length === 0) return;
  await client.query(`REASSIGN OWNED BY ${quoteIdent(legacy)} TO ${quoteIdent(owner)}`);
  await client.query(`REVOKE ALL ON DATABASE ${quoteIdent(client.database)} FROM ${quoteIdent(legacy)}`);
}

function roleUrl(url, database, role, password) {
  const u = new URL(url);
  u.username = role;
  u.password = encodeURIComponent(password);
  u.pathname = `/${database}`;
  return u.toString();
}

async function dropDatabase(database, url = adminUrl()) {
  await withClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  });
}

module.exports = { provision, passwordsFromEnv, dropDatabase, adminUrl, ensureLocalServer, portOpen };

if (require.main === module) {
  Promise.resolve()
    .then(() =>
      provision({
        database: process.env.DATABASE_NAME || DEFAULT_DATABASE,
        // The image sets NODE_ENV=production: there every role's password must be given.
        passwords: passwordsFromEnv(process.env, { required: process.env.NODE_ENV === 'production' }),
      }),
    )
    .then((urls) => {
      for (const [service, u] of Object.entries(urls))
        for (const value of [u.migrationDatabaseUrl, u.databaseUrl])
          console.log(`${service.padEnd(15)} ${value.replace(/:[^:@/]*@/, ':***@')}`);
    })
    .catch((error) => {
      console.error(`postgres: ${error.message}`);
      process.exit(1);
    });
}
