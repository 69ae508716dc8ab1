import { Anchor, Button, Select, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allItems, api, CSV, csvText, given, page, type Schemas } from '../../api/client';
import { formatDate, formatRupiah, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusSelect, useFilters } from '../../ui/filters';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useLoad } from '../../ui/use-load';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import { PlanProgramForm } from './PlanProgramForm';

type ProgramStatus = Schemas['ProgramResponse']['status'];

const PROGRAM_STATUSES = ['DRAFT', 'AWAITING_FUNDING', 'FUNDED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];

type Filters = { status: string; facilityCode: string };

const filtered = (filters: Filters) => ({
  status: given<ProgramStatus>(filters.status),
  facilityCode: given(filters.facilityCode),
});

const programs = (filters: Filters) =>
  allItems((cursor) =>
    api.GET('/api/v1/programs', { params: { query: { ...filtered(filters), ...page(cursor) } } }),
  );

const programsCsv = async (filters: Filters) =>
  csvText(await api.GET('/api/v1/programs', { params: { query: filtered(filters) }, ...CSV }));

export default function ProgramsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { values: filters, set: setFilter } = useFilters('status', 'facilityCode');
  const list = useLoad(() => programs(filters), [filters.status, filters.facilityCode]);
  const facilities = [...new Set((list.data ?? []).map((p) => p.facilityCode))];
  const user = useUser();
  const navigate = useNavigate();
  const [planning, { open, close }] = useDisclosure(false);
  return (
    <Stack>
      <Title order={1}>{t('nav.programs')}</Title>
      <Stack gap="xs" component="fieldset" bd="none" p={0} m={0}>
        <Select
          label={t('program.facility')}
          value={filters.facilityCode}
          onChange={setFilter('facilityCode')}
          data={[{ value: '', label: t('common.all') }, ...facilities.map((f) => ({ value: f, label: f }))]}
          maw={320}
        />
        <StatusSelect
          kind="program"
          statuses={PROGRAM_STATUSES}
          value={filters.status}
          onChange={setFilter('status')}
        />
      </Stack>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <DataTable
          title={t('programs.catalogue')}
          fileName="program"
          rows={list.data ?? []}
          rowKey={(p) => p.id}
          csv={() => programsCsv(filters)}
          actions={mayDo(user, 'program.plan') && <Button onClick={open}>{t('action.plan')}</Button>}
          columns={[
            {
              key: 'title',
              label: t('program.title'),
              render: (p) => (
                <Anchor component={Link} to={`/program/${p.id}`}>
                  {p.title}
                </Anchor>
              ),
            },
            { key: 'facilityCode', label: t('program.facility') },
            {
              key: 'track',
              label: t('program.track'),
              render: (p) => t(`track.${p.track}`),
            },
            {
              key: 'status',
              label: t('common.status'),
              render: (p) => <StatusBadge kind="program" status={p.status} />,
            },
            { key: 'enrolledCount', label: t('program.enrolled') },
            { key: 'completedCount', label: t('program.completed') },
            { key: 'capacity', label: t('program.capacity') },
            {
              key: 'budgetRequested',
              label: t('program.budgetRequested'),
              render: (p) => formatRupiah(p.budgetRequested, language),
            },
            {
              key: 'startDate',
              label: t('agreement.startDate'),
              render: (p) => formatDate(p.startDate, language),
            },
          ]}
        />
      )}
      <Dialog opened={planning} onClose={close} title={t('programs.planTitle')} size="lg">
        <PlanProgramForm onDone={(id) => void navigate(`/program/${id}`)} />
      </Dialog>
    </Stack>
  );
}
