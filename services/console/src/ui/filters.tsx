import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { StatusKind } from './StatusBadge';

/** A list's filters live in the address, so a filtered list can be bookmarked and shared. */
export function useFilters<N extends string>(...names: N[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<N, string>;
  const set = (name: N) => (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return { values, set };
}

/** A status filter with the same labels as the status badges, and "all". */
export function StatusSelect(props: {
  kind: StatusKind;
  statuses: readonly string[];
  value: string;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('common.status')}
      value={props.value}
      onChange={props.onChange}
      data={[
        { value: '', label: t('common.all') },
        ...props.statuses.map((s) => ({ value: s, label: t(`status.${props.kind}.${s}`) })),
      ]}
      maw={320}
    />
  );
}
