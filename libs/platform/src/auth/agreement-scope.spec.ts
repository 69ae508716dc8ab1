import { mayActUnderAgreement, type ScopedAgency } from './agreement-scope';

const agency = (code: string, kind: string, regionCode: string): ScopedAgency => ({ code, kind, regionCode });
const pemkab = agency('PEMKAB-MUARO-JAMBI', 'PEMKAB', '1505');
const kanwilJambi = agency('KANWIL-JAMBI', 'KANWIL_PAS', '15');
const kanwilRiau = agency('KANWIL-RIAU', 'KANWIL_PAS', '14');
const mou = { partyCodes: [pemkab.code, kanwilJambi.code], parties: [pemkab, kanwilJambi] };

describe('who may act under an agreement', () => {
  it('lets a party act', () => {
    expect(mayActUnderAgreement(pemkab, mou.partyCodes, mou.parties)).toBe(true);
  });

  it.each([
    ['LAPAS', '1505'],
    ['RUTAN', '1571'],
    ['BAPAS', '1571'],
  ])('lets a %s of the province of a KANWIL_PAS party act', (kind, region) => {
    expect(mayActUnderAgreement(agency('UNIT', kind, region), mou.partyCodes, mou.parties)).toBe(true);
  });

  it.each([
    ['a LAPAS of another province', agency('LAPAS-PEKANBARU', 'LAPAS', '1471'), mou],
    ['a DINAS of the same province', agency('DINAS-X', 'DINAS', '1505'), mou],
    ['a PEMKAB that is no party', agency('PEMKAB-KERINCI', 'PEMKAB', '1501'), mou],
    [
      'a LAPAS when the KANWIL_PAS of its province is known but no party',
      agency('LAPAS-JAMBI', 'LAPAS', '1571'),
      { partyCodes: [pemkab.code, kanwilRiau.code], parties: [pemkab, kanwilRiau, kanwilJambi] },
    ],
    [
      'a LAPAS when the KANWIL_PAS party is not known',
      agency('LAPAS-JAMBI', 'LAPAS', '1571'),
      { partyCodes: mou.partyCodes, parties: [pemkab] },
    ],
  ])('refuses %s', (_name, who, agreement) => {
    expect(mayActUnderAgreement(who, agreement.partyCodes, agreement.parties)).toBe(false);
  });
});
