import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Tracks } from '@sinergi/contracts/src/domain-values';
import { allItems, api, page, unwrap, type Schemas } from '../../api/client';
import { useUser } from '../../app/session';
import { agreementChoice, useChoices } from '../../ui/choices';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RupiahInput } from '../../ui/RupiahInput';
import { useAction } from '../../ui/use-action';
import { useLoad } from '../../ui/use-load';

/**
 * A new program of the officer's facility under an active agreement (it starts as a draft). A
 * prison is seldom a party to the PKS that funds it, so besides the agreements the officer may
 * read, the choice offers those that already fund the facility's programs, named by a program.
 */
export function PlanProgramForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const options = useLoad(async () => {
    const [agreements, programs] = await Promise.all([
      allItems((cursor) =>
        api.GET('/api/v1/agreements', { params: { query: { status: 'ACTIVE', ...page(cursor) } } }),
      ),
      allItems((cursor) =>
        api.GET('/api/v1/programs', {
          params: { query: { facilityCode: user.agencyCode, ...page(cursor) } },
        }),
      ),
    ]);
    const known = agreements.map(agreementChoice);
    const throughPrograms = programs
      .filter((p, i) => programs.findIndex((q) => q.agreementId === p.agreementId) === i)
      .filter((p) => !agreements.some((a) => a.id === p.agreementId))
      .map((p) => ({ value: p.agreementId, label: t('program.agreementOf', { title: p.title }) }));
    return [...known, ...throughPrograms];
  }, [user.agencyCode]);
  const agreementChoices = useChoices(options);
  const [form, setForm] = useState({
    agreementId: '',
    title: '',
    track: 'KEMANDIRIAN' as Schemas['CreateProgramDto']['track'],
    category: '',
    capacity: 10 as number | string,
    plannedSessions: 4 as number | string,
    budgetRequested: 0 as number | string,
    startDate: '',
    endDate: '',
  });
  const set = (field: keyof typeof form) => (value: unknown) => setForm((f) => ({ ...f, [field]: value }));
  const text = (field: keyof typeof form) => ({
    value: form[field] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field)(e.currentTarget.value),
    required: true,
  });
  const action = useAction<Schemas['ProgramResponse']>((program) => onDone(program.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () =>
      unwrap(
        await api.POST('/api/v1/programs', {
          body: {
            ...form,
            facilityCode: user.agencyCode,
            capacity: Number(form.capacity),
            plannedSessions: Number(form.plannedSessions),
            budgetRequested: Number(form.budgetRequested),
          },
        }),
      ),
    );
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={action.error} />
        <Select
          label={t('program.agreement')}
          value={form.agreementId}
          onChange={set('agreementId')}
          {...agreementChoices}
          required
        />
        <TextInput label={t('program.title')} {...text('title')} />
        <Group grow>
          <Select
            label={t('program.track')}
            value={form.track}
            onChange={set('track')}
            allowDeselect={false}
            data={Tracks.map((track) => ({ value: track, label: t(`track.${track}`) }))}
          />
          <TextInput label={t('program.category')} {...text('category')} />
        </Group>
        <Group grow>
          <NumberInput
            label={t('program.capacity')}
            value={form.capacity}
            onChange={set('capacity')}
            min={1}
            required
          />
          <NumberInput
            label={t('program.plannedSessions')}
            value={form.plannedSessions}
            onChange={set('plannedSessions')}
            min={1}
            required
          />
        </Group>
        <RupiahInput
          label={t('program.budgetRequested')}
          value={form.budgetRequested}
          onChange={set('budgetRequested')}
          min={0}
        />
        <Group grow>
          <TextInput type="date" label={t('agreement.startDate')} {...text('startDate')} />
          <TextInput type="date" label={t('agreement.endDate')} {...text('endDate')} />
        </Group>
        <Button type="submit" loading={action.busy}>
          {t('action.save')}
        </Button>
      </Stack>
    </form>
  );
}
