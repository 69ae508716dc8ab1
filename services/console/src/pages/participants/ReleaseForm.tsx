import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ReleaseTypes } from '@sinergi/contracts/src/domain-values';
import { api, unwrap, type Schemas } from '../../api/client';
import { agencyChoices, useChoices } from '../../ui/choices';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

/** Records a release and hands the person to a BAPAS, where a reintegration case opens. */
export function ReleaseForm({
  participant,
  onDone,
}: {
  participant: Schemas['ParticipantResponse'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const bapas = useLoad(() => agencyChoices('BAPAS'), []);
  const bapasChoices = useChoices(bapas);
  const [form, setForm] = useState({
    releaseDate: '',
    releaseType: 'PAROLE' as Schemas['ReleaseDto']['releaseType'],
    bapasCode: '',
  });
  const action = useAction(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () =>
      unwrap(
        await api.POST('/api/v1/participants/{id}/release', {
          params: { path: { id: participant.id } },
          body: form,
        }),
      ),
    );
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
          onChange={(releaseType) =>
            setForm((f) => ({ ...f, releaseType: releaseType as typeof f.releaseType }))
          }
          data={ReleaseTypes.map((r) => ({ value: r, label: t(`releaseType.${r}`) }))}
        />
        <Select
          label={t('reintegration.bapas')}
          value={form.bapasCode}
          onChange={(bapasCode) => setForm((f) => ({ ...f, bapasCode: bapasCode ?? '' }))}
          {...bapasChoices}
          required
        />
        <Button type="submit" loading={action.busy}>
          {t('action.release')}
        </Button>
      </Stack>
    </form>
  );
}
