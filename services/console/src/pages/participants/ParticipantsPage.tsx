import { Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allItems, api, CSV, csvText, given, page, type Schemas } from '../../api/client';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import { formatDate, type Language } from '../../format/format';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusSelect, useFilters } from '../../ui/filters';
import { Loading } from '../../ui/Loading';
import { StatusBadge } from '../../ui/StatusBadge';
import { useLoad } from '../../ui/use-load';
import { RegisterParticipantForm } from './RegisterParticipantForm';
import { ReleaseForm } from './ReleaseForm';
import { ShowNikForm } from './ShowNikForm';

type Participant = Schemas['ParticipantResponse'];

// The console asks every participant masked; a full NIK is shown only on purpose, with a reason.
const filtered = (status: string) => ({
  status: given<Participant['status']>(status),
  nik: 'masked' as const,
});

const participants = (status: string) =>
  allItems((cursor) =>
    api.GET('/api/v1/participants', { params: { query: { ...filtered(status), ...page(cursor) } } }),
  );

const participantsCsv = async (status: string) =>
  csvText(await api.GET('/api/v1/participants', { params: { query: filtered(status) }, ...CSV }));

type Dialog =
  | { kind: 'register' }
  | { kind: 'release'; participant: Participant }
  | { kind: 'nik'; participant: Participant }
  | null;

export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const { values: filters, set } = useFilters('status');
  const list = useLoad(() => participants(filters.status), [filters.status]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const done = () => {
    setDialog(null);
    list.reload();
  };
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
          csv={() => participantsCsv(filters.status)}
          actions={
            mayDo(user, 'participant.register') && (
              <Button onClick={() => setDialog({ kind: 'register' })}>{t('action.register')}</Button>
            )
          }
          columns={[
            { key: 'registrationNumber', label: t('participant.registrationNumber') },
            { key: 'fullName', label: t('participant.fullName') },
            {
              key: 'nik',
              label: t('participant.nik'),
              render: (p) => (
                <Group gap="xs" wrap="nowrap">
                  <span>{p.nik}</span>
                  {p.nikMasked && !p.personalDataMasked && mayDo(user, 'participant.showNik') && (
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('participant.showNikOf', { name: p.fullName })}
                      onClick={() => setDialog({ kind: 'nik', participant: p })}
                    >
                      {t('action.showNik')}
                    </Button>
                  )}
                </Group>
              ),
            },
            { key: 'facilityCode', label: t('program.facility') },
            {
              key: 'birthDate',
              label: t('participant.birthDate'),
              render: (p) => (p.birthDate ? formatDate(p.birthDate, language) : '—'),
            },
            {
              key: 'status',
              label: t('common.status'),
              render: (p) => <StatusBadge kind="participant" status={p.status} />,
            },
            ...(mayDo(user, 'participant.release')
              ? [
                  {
                    key: 'release',
                    label: t('common.actions'),
                    render: (p: Participant) =>
                      p.status === 'INCARCERATED' && (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('participant.releaseOf', { name: p.fullName })}
                          onClick={() => setDialog({ kind: 'release', participant: p })}
                        >
                          {t('action.release')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      <Dialog
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={
          dialog?.kind === 'release'
            ? t('participant.releaseOf', { name: dialog.participant.fullName })
            : dialog?.kind === 'nik'
              ? t('participant.showNikOf', { name: dialog.participant.fullName })
              : t('participants.registerTitle')
        }
      >
        {dialog?.kind === 'release' ? (
          <ReleaseForm participant={dialog.participant} onDone={done} />
        ) : dialog?.kind === 'nik' ? (
          <ShowNikForm key={dialog.participant.id} participant={dialog.participant} />
        ) : (
          <RegisterParticipantForm onDone={done} />
        )}
      </Dialog>
    </Stack>
  );
}
