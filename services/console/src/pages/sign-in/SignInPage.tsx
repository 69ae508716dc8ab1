import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError, signIn } from '../../api/client';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LanguageSelect } from '../../ui/LanguageSelect';

/** Email and password; the TOTP field appears when the account has an authenticator. */
export function SignInPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn({ email: email.trim(), password, ...(needsTotp ? { totp: totp.trim() } : {}) });
    } catch (failure) {
      if (failure instanceof ProblemError && failure.code === 'auth.totp-required') setNeedsTotp(true);
      else setError(failure as Error);
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
            <Text size="sm">{needsTotp ? t('signIn.totpIntro') : t('signIn.intro')}</Text>
            <ErrorAlert error={error} />
            <TextInput
              label={t('signIn.email')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              autoComplete="username"
            />
            <PasswordInput
              label={t('signIn.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              required
              autoComplete="current-password"
            />
            {needsTotp && (
              <TextInput
                label={t('signIn.totp')}
                value={totp}
                onChange={(e) => setTotp(e.currentTarget.value)}
                required
                autoFocus
                inputMode="numeric"
                pattern="[0-9]{6}"
                maxLength={6}
                autoComplete="one-time-code"
              />
            )}
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
