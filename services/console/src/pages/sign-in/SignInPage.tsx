import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/platform';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { ErrorAlert } from '../../ui/ErrorAlert';

export function SignInPage() {
  const { t } = useTranslation();
  const [clientId, setClientId] = useState('');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(clientId.trim(), secret);
    } catch (failure) {
      setError(failure as Error);
      setBusy(false);
    }
  };
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder p="xl" w={420} maw="100%">
        <form onSubmit={(event) => void submit(event)}>
          <Stack>
            <Title order={1} size="h2">
              {t('signIn.title')}
            </Title>
            <Text size="sm">{t('signIn.intro')}</Text>
            <ErrorAlert error={error} />
            <TextInput
              label={t('signIn.clientId')}
              value={clientId}
              onChange={(e) => setClientId(e.currentTarget.value)}
              required
              autoComplete="username"
            />
            <PasswordInput
              label={t('signIn.secret')}
              value={secret}
              onChange={(e) => setSecret(e.currentTarget.value)}
              required
              autoComplete="current-password"
            />
            <Button type="submit" loading={busy}>
              {t('signIn.submit')}
            </Button>
            <LanguageSelect label={t('shell.language')} />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
