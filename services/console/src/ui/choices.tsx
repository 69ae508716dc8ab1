import { Anchor, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useLoad } from './use-load';

/**
 * The props of a Select or MultiSelect whose options the platform gives: empty, disabled and
 * saying so until they have come, and a failure shown on the field itself with a way to ask again
 * (an empty list with nothing said would look like there is nothing to choose).
 */
export function useChoices(loaded: ReturnType<typeof useLoad<ComboboxItem[]>>) {
  const { t } = useTranslation();
  const failed = !loaded.data && loaded.error;
  return {
    data: loaded.data ?? [],
    disabled: !loaded.data,
    placeholder: loaded.data ? undefined : failed ? t('common.choicesFailed') : t('common.loading'),
    error: failed ? (
      <>
        {t('common.choicesFailed')}{' '}
        <Anchor component="button" type="button" size="xs" onClick={loaded.reload}>
          {t('common.retry')}
        </Anchor>
      </>
    ) : undefined,
  };
}
