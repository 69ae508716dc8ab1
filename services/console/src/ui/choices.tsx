import { Anchor, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { allItems, api, page, type Schemas } from '../api/client';
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

/** Every agency (or those of one kind) as choices: its code, named by its name. */
export const agencyChoices = (kind?: Schemas['AgencyResponse']['kind']): Promise<ComboboxItem[]> =>
  allItems((cursor) => api.GET('/api/v1/agencies', { params: { query: page(cursor) } })).then((all) =>
    all.filter((a) => !kind || a.kind === kind).map((a) => ({ value: a.code, label: a.name })),
  );

/** An agreement as a choice: its id, named by its number and title. */
export const agreementChoice = (a: Pick<Schemas['AgreementResponse'], 'id' | 'number' | 'title'>) => ({
  value: a.id,
  label: `${a.number} — ${a.title}`,
});
