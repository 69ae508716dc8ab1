import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleaseTypes } from '@sinergi/contracts/src/domain-values';
import { api } from '../../api/platform';
import type { Participant } from '../../api/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

/** Records a release and hands the person to a BAPAS, where a reintegration case opens. */
export function ReleaseForm({ participant, onDone }: { participant: Participant; onDone: () => void }) {
  const { t } = useTranslation();
  const bapas = useLoad(
    () =>
      api
        .all<{ code: string; name: string; kind: string }>('/agencies')
        .then((all) => all.filter((a) => a.kind === 'BAPAS')),
    [],
  );
  const [form, setForm] = useState({ releaseDate: '', releaseType: 'PAROLE', bapasCode: '' });
  const action = useAction(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => api.post(`/participants/${participant.id}/release`, form));
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={action.error} />
        <TextInput
          type="date"
          label={t('reintegration.releaseDate')}
          value={form.releaseDate}
          onChange={(e) => {
            const releaseDate = e.currentTarget.value;
            setForm((f) => ({ ...f, releaseDate }));
          }}
          required
        />
        <Select
          label={t('reintegration.releaseType')}
          value={form.releaseType}
          allowDeselect={false}
          onChange={(releaseType) => setForm((f) => ({ ...f, releaseType: releaseType! }))}
          data={ReleaseTypes.map((r) => ({ value: r, label: t(`releaseType.${r}`) }))}
        />
        <Select
          label={t('reintegration.bapas')}
          value={form.bapasCode}
          onChange={(bapasCode) => setForm((f) => ({ ...f, bapasCode: bapasCode ?? '' }))}
          data={(bapas.data ?? []).map((a) => ({ value: a.code, label: a.name }))}
          required
        />
        <Button type="submit" loading={action.busy}>
          {t('action.release')}
        </Button>
      </Stack>
    </form>
  );
}
