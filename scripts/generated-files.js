// Writes generated files, or with `--check` fails when the checked-in copies are not current (CI).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** `files`: absolute path → generated content; `command`: what regenerates them. */
function writeOrCheck(files, { what, command }) {
  const paths = Object.keys(files);
  if (process.argv.includes('--check')) {
    const stale = paths.filter((f) => !fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== files[f]);
    if (stale.length > 0) {
      console.error(
        `${what} out of date (${stale.map((f) => path.relative(ROOT, f)).join(', ')}): run ${command}`,
      );
      process.exit(1);
    }
    console.log(`${what} current`);
    return;
  }
  for (const file of paths) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, files[file]);
  }
  console.log(`wrote ${paths.map((f) => path.relative(ROOT, f)).join(', ')}`);
}

module.exports = { ROOT, writeOrCheck };
