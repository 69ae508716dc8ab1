import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { getMetadataStorage, IsOptional, IsString, validateSync, ValidateIf } from 'class-validator';
import { compiledCheckOf, validatedRulesOf } from './compiled-check';
import { flatInstanceOf } from './flat-instance';
import { allContracts, InvalidEventError, validateEventData, type EventClass } from './event-contract';
import './events/agreements';
import './events/budgeting';
import './events/rehabilitation';
import './events/reintegration';

const GENERIC_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'LAPAS-BENCH',
  '1505',
  '2027-03-01',
  '2027-02-30',
  '2027-3-1',
  '0193a3c2-7f00-7000-8000-000000000001',
  'not-a-uuid',
  0,
  -1,
  1.5,
  2027,
  1999,
  1e15,
  1e15 + 1,
  true,
  [],
  {},
  ['0193a3c2-7f00-7000-8000-000000000001'],
  ['0193a3c2-7f00-7000-8000-000000000001', 'not-a-uuid'],
  ['LAPAS-BENCH', 'BAPAS-BENCH'],
  ['LAPAS-BENCH', 7],
];

/** The values tried for a property: the generic ones and the first of each list its rules name. */
function candidatesFor(eventClass: EventClass, property: string): unknown[] {
  const lists = validatedRulesOf(eventClass)
    .filter((m) => m.propertyName === property)
    .flatMap((m) => (m.constraints ?? []).filter(Array.isArray) as unknown[][]);
  return [...GENERIC_VALUES, ...lists.flatMap((list) => [list[0], [list[0]], [list[0], 'none of them']])];
}

const propertiesOf = (eventClass: EventClass) =>
  Object.keys(getMetadataStorage().groupByPropertyName(validatedRulesOf(eventClass)));

/** class-validator's own verdict on the data, as validateEventData asked it before. */
const validByClassValidator = (eventClass: EventClass, data: object) =>
  validateSync(plainToInstance(eventClass, data), { whitelist: false, forbidUnknownValues: false }).length ===
  0;

const compiledVerdict = (eventClass: EventClass, data: object) =>
  compiledCheckOf(eventClass)!(plainToInstance(eventClass, data));

/** Data passing every rule, each property given the first candidate class-validator accepts alone. */
function validDataOf(eventClass: EventClass): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (const property of propertiesOf(eventClass)) {
    const candidates = candidatesFor(eventClass, property);
    const accepted = candidates.findIndex(
      (value) =>
        !validateSync(plainToInstance(eventClass, { [property]: value }), {
          forbidUnknownValues: false,
        }).some((error) => error.property === property),
    );
    if (accepted < 0) return undefined;
    data[property] = candidates[accepted];
  }
  return data;
}

describe('compiledCheckOf', () => {
  const compiledClasses = allContracts().filter((c) => compiledCheckOf(c));

  it('compiles every event class but those with nested rules', () => {
    const notCompiled = allContracts()
      .filter((c) => !compiledCheckOf(c))
      .map((c) => c.name)
      .sort();
    expect(notCompiled).toEqual(['RecidivismCohortsRevisedV1', 'WorkPlanApprovedV1']);
    expect(compiledClasses.length).toBe(allContracts().length - 2);
  });

  it('agrees with class-validator on valid data, and on that data with each property changed to each candidate', () => {
    let validClasses = 0;
    let compared = 0;
    for (const eventClass of compiledClasses) {
      const valid = validDataOf(eventClass);
      if (!valid) throw new Error(`no valid data found for ${eventClass.name}`);
      validClasses++;
      expect({ event: eventClass.name, valid: compiledVerdict(eventClass, valid) }).toEqual({
        event: eventClass.name,
        valid: true,
      });
      for (const property of propertiesOf(eventClass))
        for (const value of candidatesFor(eventClass, property)) {
          const data = { ...valid, [property]: value };
          const expected = validByClassValidator(eventClass, data);
          expect({
            event: eventClass.name,
            property,
            value,
            valid: compiledVerdict(eventClass, data),
          }).toEqual({
            event: eventClass.name,
            property,
            value,
            valid: expected,
          });
          compared++;
        }
    }
    expect(validClasses).toBe(compiledClasses.length);
    expect(compared).toBeGreaterThan(compiledClasses.length * 20);
  });

  it('applies a property’s rules only when its conditions hold, as class-validator does', () => {
    class Conditional {
      @IsOptional() @IsString() note?: string;
      @ValidateIf((o: Conditional) => o.note === 'needs-reason') @IsString() reason?: string;
    }
    const check = compiledCheckOf(Conditional)!;
    const verdicts = [
      {},
      { note: 'x' },
      { note: 5 },
      { note: 'needs-reason' },
      { note: 'needs-reason', reason: 'r' },
    ].map((data) => check(plainToInstance(Conditional, data)));
    expect(verdicts).toEqual([true, true, false, false, true]);
  });
});

describe('flatInstanceOf', () => {
  it('makes, for every event class without nested data, the very instance plainToInstance makes', () => {
    const flat = allContracts().filter((c) => flatInstanceOf(c));
    expect(
      allContracts()
        .filter((c) => !flatInstanceOf(c))
        .map((c) => c.name)
        .sort(),
    ).toEqual(['RecidivismCohortsRevisedV1', 'WorkPlanApprovedV1']);
    for (const eventClass of flat) {
      const valid = validDataOf(eventClass);
      if (!valid) throw new Error(`no valid data found for ${eventClass.name}`);
      for (const data of [valid, {}, { ...valid, extra: 'kept', list: [1, { a: 2 }], nested: { b: [3] } }]) {
        const made = flatInstanceOf(eventClass)!(data);
        expect(made).toBeInstanceOf(eventClass);
        expect(made).toStrictEqual(plainToInstance(eventClass, data));
      }
    }
    expect(flat.length).toBe(allContracts().length - 2);
  });

  it('leaves a class class-transformer works on to plainToInstance, and never takes a __proto__ key', () => {
    class Trimmed {
      @Transform(({ value }) => String(value).trim()) @IsString() name!: string;
    }
    class Plain {
      @IsString() name!: string;
    }
    expect(flatInstanceOf(Trimmed)).toBeUndefined();
    const made = flatInstanceOf(Plain)!(JSON.parse('{"name":"a","__proto__":{"polluted":true}}'));
    expect(made).toBeInstanceOf(Plain);
    expect(Object.getPrototypeOf(made)).toBe(Plain.prototype);
    expect({ ...made }).toEqual({ name: 'a' });
  });
});

describe('validateEventData with a compiled check', () => {
  const funding = allContracts().find((c) => c.name === 'ProgramFundingRequestedV1')!;

  it('returns an instance of the class for valid data, and names every problem of invalid data', () => {
    const data = {
      agreementId: '0193a3c2-7f00-7000-8000-000000000001',
      facilityCode: 'LAPAS-BENCH',
      track: 'KEMANDIRIAN',
      amount: 5,
      fiscalYear: 2027,
    };
    const instance = validateEventData(funding, data);
    expect(instance).toBeInstanceOf(funding);
    expect({ ...instance }).toEqual(data);

    let refused: unknown;
    try {
      validateEventData(funding, { ...data, amount: -1, fiscalYear: 1999 });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(InvalidEventError);
    expect((refused as InvalidEventError).problems).toEqual([
      'amount: amount must not be negative',
      'fiscalYear: fiscalYear must not be less than 2000',
    ]);
  });
});
