import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { allItems, api, CSV, csvText, page, unwrap } from '../../api/client';
import { formatDateTime, formatPercent, formatRupiah, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { useLoad } from '../../ui/use-load';

/** One budget: its figures and absorption, and its ledger (every change, oldest first, with who made it). */
export default function BudgetPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const path = { id: id! };
  const loaded = useLoad(async () => {
    const [budget, ledger] = await Promise.all([
      api.GET('/api/v1/budgets/{id}', { params: { path } }).then(unwrap),
      allItems((cursor) => api.GET('/api/v1/budgets/{id}/ledger', { params: { path, query: page(cursor) } })),
    ]);
    return { budget, ledger };
  }, [id]);
  if (loaded.loading && !loaded.data) return <Loading />;
  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  const { budget, ledger } = loaded.data!;
  const rupiah = (amount: number) => formatRupiah(amount, language);
  const change = (amount: number) =>
    amount === 0 ? '' : `${amount > 0 ? '+' : '−'}${rupiah(Math.abs(amount))}`;
  const figures = [
    ['budget.ceiling', rupiah(budget.ceiling)],
    ['budget.allocated', rupiah(budget.allocated)],
    ['budget.disbursed', rupiah(budget.disbursed)],
    ['budget.available', rupiah(budget.available)],
    [
      'budget.absorption',
      budget.absorptionRate === null ? '—' : formatPercent(budget.absorptionRate, language),
    ],
  ] as const;
  return (
    <Stack>
      <div>
        <Text size="sm" c="dimmed">
          {budget.ownerAgencyCode} · {budget.source}
        </Text>
        <Title order={1}>{t('budget.title', { year: budget.fiscalYear, source: budget.source })}</Title>
      </div>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {figures.map(([label, value]) => (
          <Card withBorder key={label}>
            <Text size="sm">{t(label)}</Text>
            <Text fw={700} size="lg">
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <DataTable
        title={t('budget.ledger')}
        fileName="buku-besar-anggaran"
        rows={ledger}
        rowKey={(e) => e.id}
        csv={async () => csvText(await api.GET('/api/v1/budgets/{id}/ledger', { params: { path }, ...CSV }))}
        columns={[
          {
            key: 'recordedAt',
            label: t('budget.recordedAt'),
            render: (e) => formatDateTime(e.recordedAt, language),
          },
          { key: 'kind', label: t('budget.entryKind'), render: (e) => t(`ledgerKind.${e.kind}`) },
          { key: 'ceilingChange', label: t('budget.ceiling'), render: (e) => change(e.ceilingChange) },
          { key: 'allocatedChange', label: t('budget.allocated'), render: (e) => change(e.allocatedChange) },
          { key: 'disbursedChange', label: t('budget.disbursed'), render: (e) => change(e.disbursedChange) },
          {
            key: 'recordedBy',
            label: t('history.by'),
            render: (e) =>
              e.recordedByUser?.userName ?? (e.recordedBy === 'system' ? t('history.system') : e.recordedBy),
          },
          { key: 'reason', label: t('common.reason') },
        ]}
      />
    </Stack>
  );
}
