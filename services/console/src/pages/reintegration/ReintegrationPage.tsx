import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CaseOutcomes } from '@sinergi/contracts/src/domain-values';
import { allItems, api, CSV, csvText, given, page, type Schemas } from '../../api/client';
import { formatDate, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusSelect, useFilters } from '../../ui/filters';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useLoad } from '../../ui/use-load';

const CASE_STATUSES = ['OPEN', ...CaseOutcomes];

type CaseStatus = Schemas['CaseResponse']['status'];

const filtered = (status: string) => ({ status: given<CaseStatus>(status) });

const cases = (status: string) =>
  allItems((cursor) =>
    api.GET('/api/v1/reintegration/cases', { params: { query: { ...filtered(status), ...page(cursor) } } }),
  );

const casesCsv = async (status: string) =>
  csvText(await api.GET('/api/v1/reintegration/cases', { params: { query: filtered(status) }, ...CSV }));

export default function ReintegrationPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { values: filters, set } = useFilters('status');
  const list = useLoad(() => cases(filters.status), [filters.status]);
  return (
    <Stack>
      <Title order={1}>{t('nav.reintegration')}</Title>
      <StatusSelect kind="case" statuses={CASE_STATUSES} value={filters.status} onChange={set('status')} />
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <DataTable
          title={t('reintegration.cases')}
          fileName="kasus-reintegrasi"
          rows={list.data ?? []}
          rowKey={(c) => c.id}
          csv={() => casesCsv(filters.status)}
          columns={[
            {
              key: 'id',
              label: t('reintegration.case'),
              render: (c) => (
                <Anchor component={Link} to={`/reintegrasi/${c.id}`}>
                  {t('reintegration.caseOf', { date: formatDate(c.releaseDate, language) })}
                </Anchor>
              ),
            },
            { key: 'bapasCode', label: t('reintegration.bapas') },
            {
              key: 'releaseDate',
              label: t('reintegration.releaseDate'),
              render: (c) => formatDate(c.releaseDate, language),
            },
            {
              key: 'releaseType',
              label: t('reintegration.releaseType'),
              render: (c) => t(`releaseType.${c.releaseType}`),
            },
            {
              key: 'placements',
              label: t('reintegration.placements'),
              render: (c) => c.placements.length,
            },
            {
              key: 'followUps',
              label: t('reintegration.followUps'),
              render: (c) => c.followUps.length,
            },
            {
              key: 'status',
              label: t('common.status'),
              render: (c) => <StatusBadge kind="case" status={c.status} />,
            },
          ]}
        />
      )}
    </Stack>
  );
}
