import { randomUUID } from 'node:crypto';
import { EventHeaders, Topics } from '@sinergi/contracts';
import { EventProbe, startTestService, testInfrastructure } from '@sinergi/testing';
import { Kafka as CloudEventsKafka, type KafkaMessage } from 'cloudevents';
import { ProbeCommands, producerService } from './probe-services';

describe('CloudEvents binary mode (real PostgreSQL and Kafka)', () => {
  testInfrastructure();

  it('publishes each event with ce_* headers that the CloudEvents SDK reads, beside the Sinergi headers', async () => {
    const producer = await startTestService(producerService());
    const probe = await EventProbe.start([Topics.program]);
    try {
      const aggregate = randomUUID();
      const published = await producer.app.get(ProbeCommands).record(aggregate, 1, 'LAPAS-CLOUDEVENTS');
      const [message] = await probe.waitFor((m) => m.key === aggregate, 1);

      const kafkaMessage: KafkaMessage = {
        key: message.key!,
        value: message.raw!,
        body: message.raw!,
        headers: message.headers,
      };
      const event = CloudEventsKafka.toEvent(kafkaMessage);
      const cloudEvent = Array.isArray(event) ? event[0] : event;
      expect({
        specversion: cloudEvent.specversion,
        id: cloudEvent.id,
        type: cloudEvent.type,
        source: cloudEvent.source,
        time: cloudEvent.time,
        subject: cloudEvent.subject,
        datacontenttype: cloudEvent.datacontenttype,
      }).toEqual({
        specversion: '1.0',
        id: published.id,
        type: 'program.funding-requested',
        source: 'rehabilitation',
        time: published.occurredAt,
        subject: aggregate,
        datacontenttype: 'application/json',
      });
      expect(cloudEvent.data).toEqual(published);
      // Today's headers stay as they were.
      expect(message.headers[EventHeaders.id]).toBe(published.id);
      expect(message.headers[EventHeaders.type]).toBe('program.funding-requested');
      expect(message.headers[EventHeaders.version]).toBe('1');
      expect(message.headers[EventHeaders.traceparent]).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    } finally {
      await probe.stop();
      await producer.stop();
    }
  });
});
