import { allTopicNames, deadLetterTopic, retryTopic, Subscriptions, Topics } from './topics';

describe('topic definitions', () => {
  it('names every topic <service>.<aggregate>.v<major>', () => {
    for (const topic of Object.values(Topics)) expect(topic).toMatch(/^[a-z]+\.[a-z]+\.v\d+$/);
  });

  it('includes a retry and a dead-letter topic for every subscription', () => {
    const all = allTopicNames();
    for (const [consumer, topics] of Object.entries(Subscriptions)) {
      for (const topic of topics) {
        expect(all).toContain(retryTopic(topic, consumer));
        expect(all).toContain(deadLetterTopic(topic, consumer));
      }
    }
    expect(all).toContain('budgeting.allocation.v1.rehabilitation.dlq');
    expect(new Set(all).size).toBe(all.length);
  });
});
