import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatNumber, formatPercent, type Language } from '../../format/format';
import { StatusBadge } from '../../ui/StatusBadge';

/** Indicators measured as a share (shown as a percentage), the others as counts. */
export const isRate = (indicator: string) => /RATE|ABSORPTION/.test(indicator);

/** Indicators' targets against their actuals, as the work plan and the evaluation report show them. */
export function IndicatorTable({ readings }: { readings: Array<Schemas['IndicatorReadingResponse']> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const value = (indicator: string, v: number | null) =>
    v === null ? '—' : isRate(indicator) ? formatPercent(v, language) : formatNumber(v, language);
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('report.indicator')}</Table.Th>
          <Table.Th scope="col">{t('report.target')}</Table.Th>
          <Table.Th scope="col">{t('report.actual')}</Table.Th>
          <Table.Th scope="col">{t('common.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {readings.map((r) => (
          <Table.Tr key={r.indicator}>
            <Table.Th scope="row">{t(`indicator.${r.indicator}`)}</Table.Th>
            <Table.Td>{value(r.indicator, r.target)}</Table.Td>
            <Table.Td>{value(r.indicator, r.actual)}</Table.Td>
            <Table.Td>
              <StatusBadge kind="indicator" status={r.status} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
