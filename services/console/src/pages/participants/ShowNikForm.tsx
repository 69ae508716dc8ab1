import { Button, Code, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useAction } from '../../ui/use-action';

/**
 * Shows a participant's full NIK once the officer gives a reason; the platform records the reason
 * and the officer in the personal data access log.
 */
export function ShowNikForm({ participant }: { participant: Schemas['ParticipantResponse'] }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [nik, setNik] = useState<string | null>(null);
  const action = useAction((shown: Schemas['NikDisclosureResponse']) => setNik(shown.nik));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () =>
      unwrap(
        await api.POST('/api/v1/participants/{id}/nik-disclosures', {
          params: { path: { id: participant.id } },
          body: { reason: reason.trim() },
        }),
      ),
    );
  };
  if (nik)
    return (
      <Stack>
        <Text>{t('participant.nikShown')}</Text>
        <Code fz="lg" aria-label={t('participant.nik')}>
          {nik}
        </Code>
      </Stack>
    );
  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={action.error} />
        <Text size="sm">{t('participant.nikReasonIntro')}</Text>
        <Textarea
          label={t('participant.nikReason')}
          description={t('participant.nikReasonHint')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          minLength={10}
          maxLength={500}
          autosize
          minRows={2}
          required
        />
        <Button type="submit" loading={action.busy}>
          {t('action.showNik')}
        </Button>
      </Stack>
    </form>
  );
}
