import type { Transactions } from '@sinergi/messaging';
import { DomainError } from '@sinergi/platform';
import { AGENCY_MEMORY_MS, ReferenceData } from './reference-data.service';

/** The known_agency read model as rows by code, counting the look-ups that reach it. */
function readModel(rows: Record<string, { kind: string }>) {
  const reads: string[] = [];
  const transactions = {
    manager: {
      query: async (_sql: string, [code]: [string]) => {
        reads.push(code);
        const row = rows[code];
        return row ? [row] : [];
      },
    },
  } as unknown as Transactions;
  return { reads, referenceData: new ReferenceData(transactions) };
}

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: DomainError) => [error.code, error.message],
  );

describe('ReferenceData: the agency a command names', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it(`reads a found agency once within ${AGENCY_MEMORY_MS} ms, then again`, async () => {
    const rows = { 'BAPAS-1': { kind: 'BAPAS' } };
    const { reads, referenceData } = readModel(rows);
    await referenceData.requireAgencyOfKind('BAPAS-1', ['BAPAS'], 'bapasCode');
    jest.advanceTimersByTime(AGENCY_MEMORY_MS - 1);
    await referenceData.requireAgencyOfKind('BAPAS-1', ['BAPAS'], 'bapasCode');
    expect(reads).toEqual(['BAPAS-1']);

    // A correction of the registration: seen once the memory has lapsed.
    rows['BAPAS-1'].kind = 'LAPAS';
    jest.advanceTimersByTime(1);
    expect(await refusal(referenceData.requireAgencyOfKind('BAPAS-1', ['BAPAS'], 'bapasCode'))).toEqual([
      'agency.wrong-kind',
      'bapasCode: agency BAPAS-1 is a LAPAS, not a BAPAS',
    ]);
    expect(reads).toEqual(['BAPAS-1', 'BAPAS-1']);
  });

  it('never remembers an unknown agency: it counts as soon as its registration is applied', async () => {
    const rows: Record<string, { kind: string }> = {};
    const { reads, referenceData } = readModel(rows);
    expect(await refusal(referenceData.requireAgencyOfKind('BAPAS-NEW', ['BAPAS'], 'bapasCode'))).toEqual([
      'agency.unknown',
      'bapasCode: agency BAPAS-NEW is not known yet',
    ]);
    rows['BAPAS-NEW'] = { kind: 'BAPAS' };
    expect(
      await refusal(referenceData.requireAgencyOfKind('BAPAS-NEW', ['BAPAS'], 'bapasCode')),
    ).toBeUndefined();
    expect(reads).toEqual(['BAPAS-NEW', 'BAPAS-NEW']);
  });
});
