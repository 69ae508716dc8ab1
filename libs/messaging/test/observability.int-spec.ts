import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunningService } from '@sinergi/platform';
import { REPO_ROOT, startTestService } from '@sinergi/testing';
import { parse } from 'yaml';
import { consumerService, producerService } from './probe-services';

const OBSERVABILITY = path.join(REPO_ROOT, 'infra/observability');

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string };
}

/** Metrics one service registers itself; that service's own tests read them from its /metrics. */
const SERVICE_OWN_METRICS = ['sinergi_webhook_attempts_total'];

/** Metric names in a PromQL expression (ours all start with sinergi_). */
const metricsIn = (expr: string) => [...expr.matchAll(/\bsinergi_[a-z0-9_]+/g)].map((m) => m[0]);

/** Every series name the services expose: histograms as _bucket, _sum and _count. */
async function exposedNames(services: RunningService[]): Promise<Set<string>> {
  const names = new Set<string>();
  for (const service of services) {
    const text = await (await fetch(`${service.managementUrl}/metrics`)).text();
    for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
      if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
      else names.add(name);
    }
  }
  return names;
}

describe('the observability kit matches the metrics the services expose', () => {
  let services: RunningService[];
  let exposed: Set<string>;

  beforeAll(async () => {
    services = [await startTestService(producerService()), await startTestService(consumerService())];
    exposed = await exposedNames(services);
  });
  afterAll(async () => {
    for (const service of services ?? []) await service.stop();
  });

  it('exposes every metric under the sinergi_ prefix', () => {
    expect([...exposed].filter((name) => !name.startsWith('sinergi_'))).toEqual([]);
  });

  it('has the alerts the runbook describes, each on metrics that exist', () => {
    const rules: Rule[] = parse(
      readFileSync(path.join(OBSERVABILITY, 'prometheus/alerts.yml'), 'utf8'),
    ).groups.flatMap((g: { rules: Rule[] }) => g.rules);
    expect(rules.map((r) => r.alert)).toEqual([
      'SinergiServiceNotReady',
      'SinergiOutboxStuck',
      'SinergiConsumerLag',
      'SinergiDeadLetter',
      'SinergiHttp5xxRate',
      'SinergiHttpSlow',
      'SinergiKafkaDegraded',
      'SinergiConsumerStopped',
    ]);
    for (const rule of rules) {
      expect({ alert: rule.alert, unknown: metricsIn(rule.expr).filter((m) => !exposed.has(m)) }).toEqual({
        alert: rule.alert,
        unknown: [],
      });
      expect(['page', 'warn']).toContain(rule.labels.severity);
      expect(rule.annotations.summary.length).toBeGreaterThan(10);
    }
    const threshold = (name: string) => rules.find((r) => r.alert === name)!.expr;
    expect(threshold('SinergiOutboxStuck')).toMatch(/sinergi_outbox_oldest_unpublished_age_seconds\) > 60$/);
    expect(threshold('SinergiConsumerLag')).toMatch(/> 1000$/);
    expect(threshold('SinergiHttp5xxRate').trim()).toMatch(/> 0\.01$/);
    expect(threshold('SinergiHttpSlow').trim()).toMatch(/^histogram_quantile\(0\.99,[\s\S]*\) > 0\.5$/);
    const docs = readFileSync(path.join(REPO_ROOT, 'docs/OPERATIONS.md'), 'utf8');
    for (const rule of rules) expect(docs).toContain(`### ${rule.alert}`);
  });

  it('loads the alert rules in the Prometheus configuration and scrapes /metrics', () => {
    const config = parse(readFileSync(path.join(OBSERVABILITY, 'prometheus/prometheus.yml'), 'utf8'));
    expect(config.rule_files).toEqual(['alerts.yml']);
    expect(config.scrape_configs.map((c: { metrics_path: string }) => c.metrics_path)).toEqual([
      '/metrics',
      '/metrics',
    ]);
  });

  it('has a platform dashboard and one per service, whose queries use metrics that exist', () => {
    const dir = path.join(OBSERVABILITY, 'grafana/dashboards');
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'agreements.json',
      'budgeting.json',
      'gateway.json',
      'notifications.json',
      'platform-overview.json',
      'rehabilitation.json',
      'reintegration.json',
    ]);
    for (const file of files) {
      const dashboard = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const exprs: string[] = dashboard.panels.flatMap((p: { targets: Array<{ expr: string }> }) =>
        p.targets.map((t) => t.expr),
      );
      expect(exprs.length).toBeGreaterThan(5);
      const unknown = exprs
        .flatMap(metricsIn)
        .filter((m) => !exposed.has(m) && !SERVICE_OWN_METRICS.includes(m));
      expect({ file, unknown }).toEqual({ file, unknown: [] });
    }
  });
});
