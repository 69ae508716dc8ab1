import { buildAsyncApiDocument, renderEventTable } from './asyncapi';
import { allContracts, contractOf } from './event-contract';
import { Topics } from './topics';

describe('AsyncAPI document', () => {
  const doc = buildAsyncApiDocument();

  it('has a channel per topic and a message with a data schema per event contract', () => {
    const addresses = Object.values(doc.channels).map((c) => (c as { address: string }).address);
    expect(addresses.sort()).toEqual(Object.values(Topics).sort());
    for (const cls of allContracts()) {
      const message = doc.components.messages[cls.name] as { name: string };
      expect(message.name).toBe(contractOf(cls).type);
    }
    const signed = doc.components.schemas.AgreementSignedV1 as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(signed.properties)).toEqual(
      expect.arrayContaining(['partyCodes', 'startDate', 'endDate', 'scopes']),
    );
  });

  it('renders one table row per event', () => {
    const rows = renderEventTable()
      .split('\n')
      .filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(allContracts().length);
  });
});
