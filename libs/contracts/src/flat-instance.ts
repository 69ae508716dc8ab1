import { TransformationType } from 'class-transformer';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validatedRulesOf } from './compiled-check';

/** Makes the instance of a class from plain data, as `plainToInstance` would. */
export type FlatInstance = (data: object) => object;

const built = new Map<Function, FlatInstance | null>();

/**
 * `plainToInstance` for a class that class-transformer has nothing to do for: no `@Type`,
 * `@Transform`, `@Expose` or `@Exclude` on the class or on any of its validated properties. Then
 * `plainToInstance` only copies the data's own properties onto `new cls()` (objects and arrays as
 * plain copies); this does the same without walking its metadata for every property of every event,
 * sharing nested objects and arrays with the data instead of copying them (an event's data is parsed
 * JSON, owned by no one else). A `__proto__` key is left out. A class that
 * class-transformer does work for has none (undefined): it keeps `plainToInstance`.
 */
export function flatInstanceOf(cls: Function): FlatInstance | undefined {
  if (!built.has(cls)) built.set(cls, build(cls as new () => object));
  return built.get(cls) ?? undefined;
}

function build(cls: new () => object): FlatInstance | null {
  const properties = new Set(validatedRulesOf(cls).map((m) => m.propertyName));
  const transformed =
    defaultMetadataStorage.getStrategy(cls) !== 'none' ||
    defaultMetadataStorage.getExposedMetadatas(cls).length > 0 ||
    defaultMetadataStorage.getExcludedMetadatas(cls).length > 0 ||
    [...properties].some(
      (name) =>
        defaultMetadataStorage.findTypeMetadata(cls, name) !== undefined ||
        defaultMetadataStorage.findTransformMetadatas(cls, name, TransformationType.PLAIN_TO_CLASS).length >
          0,
    );
  if (transformed) return null;
  return (data) => {
    const instance = new cls() as Record<string, unknown>;
    for (const key of Object.keys(data)) {
      if (key !== '__proto__') instance[key] = (data as Record<string, unknown>)[key];
    }
    return instance;
  };
}
