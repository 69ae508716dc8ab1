import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { nikProblem } from '@sinergi/contracts/src/nik';
import { api, unwrap } from '../../api/client';
import { useUser } from '../../app/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useAction } from '../../ui/use-action';

/** Registers an inmate of the officer's facility; the NIK is checked against birth date and sex as it is typed. */
export function RegisterParticipantForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form, setForm] = useState({
    registrationNumber: '',
    fullName: '',
    nik: '',
    sex: 'M' as 'M' | 'F',
    birthDate: '',
    expectedReleaseDate: '',
  });
  const action = useAction(onDone);
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
  });
  // The same rule the platform applies; shown once all 16 digits (or a wrong character) are typed.
  const problem =
    form.nik && (form.nik.length >= 16 || /\D/.test(form.nik))
      ? nikProblem(form.nik, form.birthDate || '0000-00-00', form.sex)
      : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const { expectedReleaseDate, ...rest } = form;
    void action.run(async () =>
      unwrap(
        await api.POST('/api/v1/participants', {
          body: {
            ...rest,
            facilityCode: user.agencyCode,
            ...(expectedReleaseDate ? { expectedReleaseDate } : {}),
          },
        }),
      ),
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={action.error} />
        <TextInput label={t('participant.registrationNumber')} required {...field('registrationNumber')} />
        <TextInput label={t('participant.fullName')} required {...field('fullName')} />
        <Group grow align="start">
          <Select
            label={t('participant.sex')}
            value={form.sex}
            allowDeselect={false}
            onChange={(sex) => setForm((f) => ({ ...f, sex: sex as 'M' | 'F' }))}
            data={(['M', 'F'] as const).map((s) => ({ value: s, label: t(`sex.${s}`) }))}
          />
          <TextInput type="date" label={t('participant.birthDate')} required {...field('birthDate')} />
        </Group>
        <TextInput
          label={t('participant.nik')}
          description={t('participant.nikHint')}
          inputMode="numeric"
          maxLength={16}
          required
          error={problem ? t('participant.nikInvalid') : undefined}
          {...field('nik')}
        />
        <TextInput type="date" label={t('participant.expectedRelease')} {...field('expectedReleaseDate')} />
        <Button type="submit" loading={action.busy}>
          {t('action.save')}
        </Button>
      </Stack>
    </form>
  );
}
