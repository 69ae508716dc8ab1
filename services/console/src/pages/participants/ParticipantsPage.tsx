import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/platform';
import type { Participant } from '../../api/types';
import { formatDate, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusSelect, useFilters } from '../../ui/filters';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useLoad } from '../../ui/use-load';

export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { values: filters, set } = useFilters('status');
  const list = useLoad(() => api.all<Participant>('/participants', filters), [filters.status]);
  return (
    <Stack>
      <Title order={1}>{t('nav.participants')}</Title>
      <StatusSelect
        kind="participant"
        statuses={['INCARCERATED', 'RELEASED']}
        value={filters.status}
        onChange={set('status')}
      />
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <DataTable
          title={t('participants.register')}
          fileName="warga-binaan"
          rows={list.data ?? []}
          rowKey={(p) => p.id}
          exportRows={() => api.all<Participant>('/participants', filters)}
          columns={[
            { key: 'registrationNumber', label: t('participant.registrationNumber') },
            { key: 'fullName', label: t('participant.fullName') },
            { key: 'nik', label: t('participant.nik') },
            { key: 'facilityCode', label: t('program.facility') },
            {
              key: 'birthDate',
              label: t('participant.birthDate'),
              render: (p) =>
                /^\d{4}-\d{2}-\d{2}/.test(p.birthDate) ? formatDate(p.birthDate, language) : p.birthDate,
            },
            {
              key: 'status',
              label: t('common.status'),
              render: (p) => <StatusBadge kind="participant" status={p.status} />,
            },
          ]}
        />
      )}
    </Stack>
  );
}
