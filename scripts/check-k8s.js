// `npm run check:k8s`: renders the Kubernetes manifests with `kubectl kustomize` (production and dev
// overlay) and checks the rules infra/k8s/README.md promises: images pinned to the release version,
// every Deployment autoscaled with consumers capped at the topics' partition count, network policies
// that deny by default and let only the gateway reach the services, and no Secret outside the dev
// overlay. Prints every broken rule and exits 1; without kubectl it says so and exits 0.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const YAML = require('yaml');

const ROOT = path.resolve(__dirname, '..');
const VERSION = require(path.join(ROOT, 'package.json')).version;
const TIERS = new Set(['gateway', 'service', 'init']);

function render(dir) {
  const run = spawnSync('kubectl', ['kustomize', path.join(ROOT, dir)], { encoding: 'utf8' });
  if (run.error) return undefined;
  if (run.status !== 0) throw new Error(`kubectl kustomize ${dir} failed:\n${run.stderr}`);
  return YAML.parseAllDocuments(run.stdout).map((doc) => doc.toJS());
}

function podSpecs(objects) {
  return objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
    .map((o) => ({ ref: `${o.kind}/${o.metadata.name}`, template: o.spec.template }));
}

function checkImages(objects, problems) {
  for (const { ref, template } of podSpecs(objects)) {
    for (const container of template.spec.containers) {
      const [, tag] = container.image.split(':');
      if (tag !== VERSION && !container.image.includes('@sha256:')) {
        problems.push(`${ref}: image ${container.image} is not pinned to the release ${VERSION}`);
      }
    }
  }
}

function checkAutoscaling(objects, problems) {
  const config = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'sinergi-config');
  const partitions = Number(config?.data?.TOPIC_PARTITIONS);
  if (!Number.isInteger(partitions) || partitions < 1) {
    problems.push('ConfigMap/sinergi-config: TOPIC_PARTITIONS is not a positive integer');
  }
  const hpas = new Map(
    objects.filter((o) => o.kind === 'HorizontalPodAutoscaler').map((h) => [h.spec.scaleTargetRef.name, h]),
  );
  for (const deployment of objects.filter((o) => o.kind === 'Deployment')) {
    const name = deployment.metadata.name;
    const hpa = hpas.get(name);
    if (!hpa) {
      problems.push(`Deployment/${name}: no HorizontalPodAutoscaler`);
      continue;
    }
    if (hpa.spec.minReplicas < 2) problems.push(`HorizontalPodAutoscaler/${name}: minReplicas below 2`);
    const consumes = deployment.spec.template.metadata.labels['sinergi.io/tier'] === 'service';
    if (consumes && hpa.spec.maxReplicas > partitions) {
      problems.push(
        `HorizontalPodAutoscaler/${name}: maxReplicas ${hpa.spec.maxReplicas} exceeds the ${partitions} partitions its consumers can use`,
      );
    }
  }
}

const selects = (selector, labels) =>
  Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v) &&
  (selector.matchExpressions ?? []).every((e) => e.operator === 'In' && e.values.includes(labels[e.key]));

function checkNetworkPolicies(objects, problems) {
  // Both renders include base/: one copy of each policy.
  const policies = [
    ...new Map(objects.filter((o) => o.kind === 'NetworkPolicy').map((p) => [p.metadata.name, p])).values(),
  ];
  const denyAll = policies.find(
    (p) =>
      Object.keys(p.spec.podSelector).length === 0 &&
      ['Ingress', 'Egress'].every((t) => p.spec.policyTypes.includes(t)) &&
      !p.spec.ingress &&
      !p.spec.egress,
  );
  if (!denyAll) problems.push('NetworkPolicy: no default deny for ingress and egress');

  for (const { ref, template } of podSpecs(objects)) {
    const labels = template.metadata.labels;
    if (!TIERS.has(labels['sinergi.io/tier'])) {
      problems.push(`${ref}: pods carry no sinergi.io/tier label (gateway, service or init)`);
      continue;
    }
    const ingress = policies
      .filter((p) => selects(p.spec.podSelector, labels))
      .flatMap((p) => p.spec.ingress ?? []);
    const tier = labels['sinergi.io/tier'];
    if (tier === 'service') {
      for (const rule of ingress) {
        for (const peer of rule.from ?? [{}]) {
          const fromGateway =
            peer.podSelector &&
            !peer.namespaceSelector &&
            selects(peer.podSelector, { 'sinergi.io/tier': 'gateway' }) &&
            Object.keys(peer.podSelector.matchLabels ?? {}).length > 0;
          const fromMonitoring =
            peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring';
          if (!fromGateway && !fromMonitoring) {
            problems.push(`${ref}: admits traffic from ${JSON.stringify(peer)}, not only from the gateway`);
          }
        }
      }
      if (ingress.length === 0) problems.push(`${ref}: the gateway cannot reach it`);
    }
    if (tier === 'gateway' && !ingress.some((r) => !r.from)) {
      problems.push(`${ref}: the public entry point admits no traffic`);
    }
  }
  for (const store of ['postgres', 'kafka']) {
    const policy = policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/name'] === store);
    if (!policy) problems.push(`NetworkPolicy: nothing limits who reaches ${store}`);
    else if ((policy.spec.ingress ?? []).some((r) => !r.from)) {
      problems.push(`NetworkPolicy/${policy.metadata.name}: admits traffic from anywhere`);
    }
  }
}

function main() {
  const production = render('infra/k8s');
  if (!production) {
    console.log('kubectl not found: the Kubernetes manifests were not rendered or checked');
    return;
  }
  const jobs = render('infra/k8s/jobs');
  const dev = render('infra/k8s/dev');
  const all = [...production, ...jobs];
  const problems = [];
  checkImages(all, problems);
  checkAutoscaling(production, problems);
  checkNetworkPolicies(all, problems);
  for (const [dir, objects] of [
    ['infra/k8s', production],
    ['infra/k8s/jobs', jobs],
  ]) {
    for (const secret of objects.filter((o) => o.kind === 'Secret')) {
      problems.push(
        `${dir}: holds Secret/${secret.metadata.name}; secret values belong to the operator or the dev overlay`,
      );
    }
  }
  const counted = (objects) => `${objects.length} objects`;
  console.log(
    `rendered infra/k8s (${counted(production)}), infra/k8s/jobs (${counted(jobs)}), infra/k8s/dev (${counted(dev)})`,
  );
  if (problems.length > 0) {
    console.error(problems.map((p) => `✗ ${p}`).join('\n'));
    process.exit(1);
  }
  console.log(
    `✓ images pinned to ${VERSION}, every Deployment autoscaled within the partition count, network policies deny by default and admit only the gateway to the services, no Secret outside the dev overlay`,
  );
}

try {
  main();
} catch (error) {
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
