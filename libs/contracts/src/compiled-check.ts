import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** True when an instance satisfies every rule of its class, as `validateSync` would find it. */
export type CompiledCheck = (instance: object) => boolean;

interface PropertyRules {
  name: string;
  /** `@IsOptional`, `@ValidateIf`: the property's other rules apply only when all of these hold. */
  conditions: Array<(object: object, value: unknown) => boolean>;
  /** `@IsDefined` first, then the others, as class-validator runs them. */
  rules: Rule[];
}

/**
 * A rule, the instances of its constraint classes that check it, and the arguments they are given,
 * filled in for each check: a check runs to its end synchronously, and an arguments object per rule
 * and call was most of what checking an event allocated.
 */
interface Rule {
  metadata: ValidationMetadata;
  constraints: Array<{ validate(value: unknown, args: ValidationArguments): unknown }>;
  args: ValidationArguments;
}

const RUN_HERE = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.IS_DEFINED,
]);

const compiled = new Map<Function, CompiledCheck | null>();

/**
 * A class's class-validator rules gathered once and run through the same constraint instances,
 * without the per-call work `validateSync` does (gathering and filtering the rules, an error object
 * per property, kept or not): a quick yes for valid data, on the path every event takes. A no is
 * not explained here; the caller then runs `validateSync` for the messages. A class with a rule of
 * another kind (nested, promise) has no compiled check (undefined).
 */
export function compiledCheckOf(cls: Function): CompiledCheck | undefined {
  if (!compiled.has(cls)) compiled.set(cls, compile(cls));
  return compiled.get(cls) ?? undefined;
}

/** The very rules `validateSync(instance)` runs for a class, with no groups and `always` off. */
export function validatedRulesOf(cls: Function): ValidationMetadata[] {
  return getMetadataStorage().getTargetValidationMetadatas(cls, undefined as unknown as string, false, false);
}

function compile(cls: Function): CompiledCheck | null {
  const storage = getMetadataStorage();
  const metadatas = validatedRulesOf(cls);
  if (
    metadatas.some((m) => !RUN_HERE.has(m.type) || (m.each && m.type !== ValidationTypes.CUSTOM_VALIDATION))
  )
    return null;
  const properties: PropertyRules[] = Object.entries(storage.groupByPropertyName(metadatas)).map(
    ([name, rules]) => ({
      name,
      conditions: rules
        .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION)
        .map((m) => m.constraints[0] as (object: object, value: unknown) => boolean),
      rules: [
        ...rules.filter((m) => m.type === ValidationTypes.IS_DEFINED),
        ...rules.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION),
      ].map((metadata) => ({
        metadata,
        // validateSync leaves asynchronous constraints out too.
        constraints: storage
          .getTargetValidatorConstraints(metadata.constraintCls)
          .filter((constraint) => !constraint.async)
          .map((constraint) => constraint.instance),
        args: {
          targetName: cls.name,
          property: metadata.propertyName,
          object: {},
          value: undefined,
          constraints: metadata.constraints,
        },
      })),
    }),
  );
  const satisfies = (object: object, value: unknown, { metadata, constraints, args }: Rule) => {
    args.object = object;
    args.value = value;
    // `each` checks every element of an array, a set or a map's values, and any other value itself.
    if (metadata.each && (Array.isArray(value) || value instanceof Set || value instanceof Map)) {
      const elements = [...(value instanceof Map ? value.values() : value)];
      return constraints.every((constraint) =>
        elements.every((element) => constraint.validate(element, args) === true),
      );
    }
    for (const constraint of constraints) if (constraint.validate(value, args) !== true) return false;
    return true;
  };
  return (instance) => {
    for (const { name, conditions, rules } of properties) {
      const value = (instance as Record<string, unknown>)[name];
      let applies = true;
      for (const condition of conditions) applies &&= condition(instance, value);
      if (applies) for (const rule of rules) if (!satisfies(instance, value, rule)) return false;
    }
    return true;
  };
}
