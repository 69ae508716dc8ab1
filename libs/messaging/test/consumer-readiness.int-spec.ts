import { retryTopic, Topics } from '@sinergi/contracts';
import { startService, type RunningService } from '@sinergi/platform';
import { eventually, serviceTestEnv, startTestService, testInfrastructure } from '@sinergi/testing';
import { consumerService } from './probe-services';

interface ReadyBody {
  status: string;
  failed: string[];
  consumers: Array<{ name: string; state: string; ready: boolean; reason?: string }>;
}

/** A topic prefix under which no topic exists on the run's broker. */
const MISSING_PREFIX = 'no-such-topics.';
const missingReason =
  `topics missing on the broker: ${MISSING_PREFIX}${Topics.program}, ` +
  `${MISSING_PREFIX}${retryTopic(Topics.program, 'budgeting')} (create them with npm run topics)`;

describe('readiness tells the truth about the event consumer', () => {
  testInfrastructure();

  it('reports a joined consumer in the readiness body and sinergi_consumer_state', async () => {
    const service = await startTestService(consumerService());
    try {
      const response = await fetch(`${service.managementUrl}/health/ready`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as ReadyBody).consumers).toEqual([
        { name: 'budgeting', state: 'joined', ready: true },
      ]);
      const metrics = await (await fetch(`${service.managementUrl}/metrics`)).text();
      expect(metrics).toMatch(
        /^sinergi_consumer_state\{consumer="budgeting",state="joined",service="[a-z]+"\} 1$/m,
      );
      expect(metrics).toMatch(
        /^sinergi_consumer_state\{consumer="budgeting",state="stopped",service="[a-z]+"\} 0$/m,
      );
    } finally {
      await service.stop();
    }
  });

  it('is not ready while its consumer is stopped by a missing topic, and names the topic', async () => {
    let service: RunningService | undefined;
    try {
      service = await startService(
        consumerService(),
        serviceTestEnv('budgeting', { KAFKA_TOPIC_PREFIX: MISSING_PREFIX }),
      );
      const { status, body } = await eventually(
        async () => {
          const response = await fetch(`${service!.managementUrl}/health/ready`);
          return { status: response.status, body: (await response.json()) as ReadyBody };
        },
        (r) => r.body.consumers[0]?.state === 'stopped',
        30_000,
      );
      expect(status).toBe(503);
      expect(body.status).toBe('not-ready');
      expect(body.failed).toEqual(['consumer:budgeting']);
      expect(body.consumers).toEqual([
        {
          name: 'budgeting',
          state: 'stopped',
          ready: false,
          reason: missingReason,
        },
      ]);
      expect((await fetch(`${service.managementUrl}/health/live`)).status).toBe(200);
      const metrics = await (await fetch(`${service.managementUrl}/metrics`)).text();
      expect(metrics).toMatch(
        /^sinergi_consumer_state\{consumer="budgeting",state="stopped",service="[a-z]+"\} 1$/m,
      );
      expect(metrics).toMatch(/^sinergi_ready\{service="[a-z]+"\} 0$/m);
    } finally {
      await service?.stop();
    }
  });

  it('makes the test harness fail at once with the reason instead of waiting forever', async () => {
    const started = Date.now();
    await expect(
      startTestService(consumerService(), { KAFKA_TOPIC_PREFIX: MISSING_PREFIX }, { joinTimeoutMs: 20_000 }),
    ).rejects.toThrow(`budgeting's event consumer stopped and cannot join its group: ${missingReason}`);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('makes the test harness fail after its time limit, saying the state, when the broker never answers', async () => {
    await expect(
      startTestService(consumerService(), { KAFKA_BROKERS: '127.0.0.1:1' }, { joinTimeoutMs: 3_000 }),
    ).rejects.toThrow(
      /^budgeting's event consumer did not join its group within 3 s \(state (joining|stopped: broker unreachable: .+)\)$/,
    );
  });
});
