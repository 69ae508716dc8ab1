import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/platform';

/** The platform's answer to a failed request, with every invalid field it names. */
export function ErrorAlert({ error }: { error?: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  return (
    <Alert color="red" title={problem?.title ?? t('common.error')} role="alert">
      {error.message}
      {problem?.errors?.map((e) => (
        <div key={e.field}>
          {e.field}: {e.message}
        </div>
      ))}
    </Alert>
  );
}
