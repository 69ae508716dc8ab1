// Summarises V8 CPU profiles (.cpuprofile, as `BENCH_PROFILE=1 npm run bench` writes them to
// .cache/profiles/): the functions and the packages with the most self time, idle time left out.
//   node scripts/cpu-profile-top.js .cache/profiles/gateway-*.cpuprofile [--top 25]
const fs = require('node:fs');

function summarise(file, top) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map();
  const byPackage = new Map();
  let busy = 0;
  for (const [id, micros] of self) {
    const frame = nodes.get(id).callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += micros;
    const url = frame.url.replace(/^file:\/\//, '');
    const where = url ? ` ${url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : '';
    const fn = `${frame.functionName || '(anonymous)'}${where}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    // The innermost package: a dependency's own copy of another package counts as that package.
    const pkg =
      [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].pop()?.[1] ??
      (url.startsWith('node:') ? 'node (built-in)' : url ? 'project code' : frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  }
  const print = (title, map) => {
    console.log(`  ${title}`);
    for (const [name, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${name}`);
  };
  console.log(`${file}: ${(busy / 1e6).toFixed(1)} s on the CPU`);
  print('self time by function', byFunction);
  print('self time by package', byPackage);
}

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 20;
if (args.length === 0) {
  console.error('usage: node scripts/cpu-profile-top.js <file.cpuprofile>… [--top N]');
  process.exit(2);
}
for (const file of args) summarise(file, top);
