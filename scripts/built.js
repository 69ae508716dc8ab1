// Ensures the named workspace projects are compiled (Nx caches, so this is quick when nothing changed).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

function ensureBuilt(...projects) {
  let nx;
  try {
    nx = require.resolve('nx/bin/nx');
  } catch {
    return; // production images ship compiled output without the build tools
  }
  execFileSync(
    process.execPath,
    [nx, 'run-many', '-t', 'build', '-p', ...projects, '--output-style=static'],
    {
      cwd: path.resolve(__dirname, '..'),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

module.exports = { ensureBuilt };
