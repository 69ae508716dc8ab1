import { buildAsyncApiDocument, renderEventTable, type EventConsumers } from './asyncapi';
import { allContracts, contractOf } from './event-contract';
import { AgreementExpiredV1, AgreementSignedV1 } from './events/agreements';
import { Topics } from './topics';

const consumers: EventConsumers = {
  budgeting: [
    { handler: 'AgreementEvents.onExpired', eventClass: AgreementExpiredV1 },
    { handler: 'FundingRequests.onExpired', eventClass: AgreementExpiredV1 },
  ],
  rehabilitation: [{ handler: 'ReferenceData.onSigned', eventClass: AgreementSignedV1 }],
};

describe('AsyncAPI document', () => {
  const doc = buildAsyncApiDocument(consumers);

  it('has a channel per topic and a message with a data schema per event contract', () => {
    const addresses = Object.values(doc.channels).map((c) => (c as { address: string }).address);
    expect(addresses.sort()).toEqual(Object.values(Topics).sort());
    for (const cls of allContracts()) {
      const message = doc.components.messages[cls.name] as { name: string; 'x-repeats': unknown };
      expect(message.name).toBe(contractOf(cls).type);
      expect(message['x-repeats']).toEqual(contractOf(cls).repeats);
    }
    const signed = doc.components.schemas.AgreementSignedV1 as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(signed.properties)).toEqual(
      expect.arrayContaining(['partyCodes', 'startDate', 'endDate', 'scopes']),
    );
    const workPlan = doc.components.schemas.WorkPlanApprovedV1 as {
      properties: { targets: { items: unknown } };
    };
    expect(workPlan.properties.targets.items).toEqual({ $ref: '#/components/schemas/IndicatorTarget' });
  });

  it('has one receive operation per consumer and topic, naming only the messages its handlers take', () => {
    const receives = Object.entries(doc.operations).filter(
      ([, op]) => (op as { action: string }).action === 'receive',
    );
    expect(receives.map(([id, op]) => [id, (op as { messages: unknown }).messages])).toEqual([
      [
        'budgetingConsumesAgreementsAgreementV1',
        [{ $ref: '#/channels/agreementsAgreementV1/messages/AgreementExpiredV1' }],
      ],
      [
        'rehabilitationConsumesAgreementsAgreementV1',
        [{ $ref: '#/channels/agreementsAgreementV1/messages/AgreementSignedV1' }],
      ],
    ]);
  });
});

describe('event table', () => {
  const rows = renderEventTable(consumers)
    .split('\n')
    .filter((l) => l.startsWith('| `'));

  it('has one row per event, consumed by the services whose handlers take it', () => {
    expect(rows).toHaveLength(allContracts().length);
    expect(rows.find((r) => r.includes('`agreement.expired`'))).toBe(
      '| `agreements.agreement.v1` | `agreement.expired` v1 | The agreement passed its end date. | ' +
        'once per aggregate: key on aggregateId | budgeting (AgreementEvents.onExpired, FundingRequests.onExpired) |',
    );
    expect(rows.find((r) => r.includes('`agreement.expiring`'))).toBe(
      '| `agreements.agreement.v1` | `agreement.expiring` v1 | The agreement ends within 90 days. | ' +
        'repeats again after an amendment changes the end date: key on aggregateId + data.endDate (the latest end date wins) | — |',
    );
  });
});
