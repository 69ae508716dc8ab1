import { Button, Group, MultiSelect, Select, Stack, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Scopes } from '@sinergi/contracts/src/domain-values';
import { allItems, api, CSV, csvText, given, page, unwrap, type Schemas } from '../../api/client';
import { mayDo } from '../../app/access';
import { useUser } from '../../app/session';
import type { Language } from '../../format/format';
import { agencyChoices, agreementChoice, useChoices } from '../../ui/choices';
import { DataTable } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusSelect, useFilters } from '../../ui/filters';
import { Loading } from '../../ui/Loading';
import { useLoad } from '../../ui/use-load';
import { agreementColumns } from './agreement-columns';

type Agreement = Schemas['AgreementResponse'];
type AgreementStatus = Agreement['status'];

export const AGREEMENT_STATUSES = ['DRAFT', 'PENDING_SIGNATURE', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED'];

const filtered = (status: string) => ({ status: given<AgreementStatus>(status) });

/** Every agreement the caller may read with `status` (all when ''). */
const agreements = (status: string) =>
  allItems((cursor) =>
    api.GET('/api/v1/agreements', { params: { query: { ...filtered(status), ...page(cursor) } } }),
  );

const agreementsCsv = async (status: string) =>
  csvText(await api.GET('/api/v1/agreements', { params: { query: filtered(status) }, ...CSV }));

function DraftForm({ mous, onDone }: { mous: Agreement[]; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const agencies = useLoad(() => agencyChoices(), []);
  const partyChoices = useChoices(agencies);
  const [form, setForm] = useState({
    kind: 'PKS' as Agreement['kind'],
    parentAgreementId: mous[0]?.id ?? '',
    number: '',
    title: '',
    scopes: [] as Agreement['scopes'],
    partyCodes: [] as string[],
    startDate: '',
    endDate: '',
  });
  const [error, setError] = useState<Error | null>(null);
  const set = (field: keyof typeof form) => (value: unknown) => setForm((f) => ({ ...f, [field]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { parentAgreementId, ...rest } = form;
      const created = unwrap(
        await api.POST('/api/v1/agreements', {
          body: form.kind === 'PKS' ? { ...rest, parentAgreementId } : rest,
        }),
      );
      onDone(created.id);
    } catch (failure) {
      setError(failure as Error);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack>
        <ErrorAlert error={error} />
        <Select
          label={t('agreement.kind')}
          value={form.kind}
          onChange={set('kind')}
          allowDeselect={false}
          data={['MOU', 'PKS'].map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))}
        />
        {form.kind === 'PKS' && (
          <Select
            label={t('agreement.parent')}
            value={form.parentAgreementId}
            onChange={set('parentAgreementId')}
            allowDeselect={false}
            data={mous.map(agreementChoice)}
            required
          />
        )}
        <TextInput
          label={t('agreement.number')}
          value={form.number}
          onChange={(e) => set('number')(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('agreement.title')}
          value={form.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          required
        />
        <MultiSelect
          label={t('agreement.scopes')}
          value={form.scopes}
          onChange={set('scopes')}
          data={Scopes.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
          required
        />
        <MultiSelect
          label={t('agreement.parties')}
          value={form.partyCodes}
          onChange={set('partyCodes')}
          {...partyChoices}
          searchable
          required
        />
        <Group grow>
          <TextInput
            type="date"
            label={t('agreement.startDate')}
            value={form.startDate}
            onChange={(e) => set('startDate')(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('agreement.endDate')}
            value={form.endDate}
            onChange={(e) => set('endDate')(e.currentTarget.value)}
            required
          />
        </Group>
        <Button type="submit">{t('action.save')}</Button>
      </Stack>
    </form>
  );
}

export default function AgreementsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const user = useUser();
  const navigate = useNavigate();
  const { values: filters, set: setFilter } = useFilters('status');
  const status = filters.status;
  const [drafting, { open, close }] = useDisclosure(false);
  const list = useLoad(() => agreements(status), [status]);
  const mous = (list.data ?? []).filter((a) => a.kind === 'MOU' && a.status === 'ACTIVE');
  return (
    <Stack>
      <Title order={1}>{t('nav.agreements')}</Title>
      <Group align="end">
        <StatusSelect
          kind="agreement"
          statuses={AGREEMENT_STATUSES}
          value={status}
          onChange={setFilter('status')}
        />
      </Group>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : (
        <DataTable
          title={t('agreements.list')}
          fileName="kesepakatan"
          rows={list.data ?? []}
          rowKey={(a) => a.id}
          csv={() => agreementsCsv(status)}
          actions={mayDo(user, 'agreement.draft') && <Button onClick={open}>{t('action.draft')}</Button>}
          columns={agreementColumns(t, language)}
        />
      )}
      <Dialog opened={drafting} onClose={close} title={t('agreements.draftTitle')} size="lg">
        <DraftForm mous={mous} onDone={(id) => void navigate(`/kesepakatan/${id}`)} />
      </Dialog>
    </Stack>
  );
}
