import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';

/**
 * The platform's answer to a failed request: titled by the family of its stable `code`
 * (docs/errors.md), with the platform's detail, every invalid field it names, and the code itself.
 */
export function ErrorAlert({ error }: { error?: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ProblemError ? error.problem : undefined;
  const family = problem?.code.split('.')[0];
  return (
    <Alert color="red" title={family ? t(`problem.${family}`) : t('common.error')} role="alert">
      {problem ? problem.detail : error.message}
      {problem?.errors?.map((e) => (
        <div key={e.field}>
          {e.field}: {e.message}
        </div>
      ))}
      {problem && (
        <Text size="xs" mt={4}>
          {problem.code}
        </Text>
      )}
    </Alert>
  );
}
