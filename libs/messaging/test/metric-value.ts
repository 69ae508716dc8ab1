import type { Counter } from 'prom-client';

/** A counter's value for one set of labels in this process (0 before its first increment). */
export async function counterValue<L extends string>(
  counter: Counter<L>,
  labels: Record<L, string>,
): Promise<number> {
  const { values } = await counter.get();
  const entries = Object.entries(labels) as Array<[L, string]>;
  return values.find((v) => entries.every(([name, value]) => v.labels[name] === value))?.value ?? 0;
}
