import { EnterpriseInput } from '@fhk/contracts';
import { Enterprise, unwrap } from '@fhk/web/api-client';
import { formatDate, useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Popconfirm, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../app/api';
import { EnterpriseForm } from '../common/enterprise-form';
import { useMyFirm, useSetMyFirm } from '../common/my-enterprise';
import { FirmSwitch } from '../common/firm-switch';
import { SignInPrompt } from '../common/sign-in-prompt';
import { queryKeys, useStoredMatches } from '../common/queries';
import { UnderstoodProfileView } from '../common/understood-profile';

const etag = (enterprise: Enterprise) => `"${enterprise.version}"`;

/**
 * The firm's copy of everything the platform holds about it, as one JSON file: enterprise-profiles'
 * part (profile, contact, consent history, audit entries) and the matcher's (matches, journey,
 * feedback, audit entries), each from its service's export route.
 */
async function exportAllData(id: string): Promise<void> {
  const [profiles, matcher] = await Promise.all([
    unwrap<unknown>(api.GET('/api/enterprises/{id}/export', { params: { path: { id } } })),
    unwrap<unknown>(api.GET('/api/match/enterprises/{id}/export', { params: { path: { id } } })),
  ]);
  const file = { enterpriseId: id, exportedAt: new Date().toISOString(), 'enterprise-profiles': profiles, matcher };
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `my-data-${id}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Profile: how the platform understood the firm, the form to correct it, consent, export and deletion. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const firm = useMyFirm();
  const setMyFirm = useSetMyFirm();
  const id = firm.id;
  // The stored profile and how the matcher reads it, requested together.
  const enterprise = useQuery({
    queryKey: queryKeys.enterprise(id ?? ''),
    enabled: Boolean(id),
    queryFn: () => unwrap<Enterprise>(api.GET('/api/enterprises/{id}', { params: { path: { id: id ?? '' } } })),
  });
  const understood = useStoredMatches(id, language);
  const save = useMutation({
    mutationFn: (input: EnterpriseInput) =>
      unwrap<Enterprise>(
        api.PATCH('/api/enterprises/{id}', { params: { path: { id: id ?? '' }, header: { 'If-Match': etag(enterprise.data as Enterprise) } }, body: input }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.enterprise(saved.id), saved);
      // The matcher re-reads the profile from its event: ask again for how it is understood now.
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['match', 'enterprise', saved.id] }), 800);
      void message.success(t('profile.saved'));
    },
  });
  const exportData = useMutation({ mutationFn: () => exportAllData(id ?? '') });
  const remove = useMutation({
    mutationFn: () => unwrap<void>(api.DELETE('/api/enterprises/{id}', { params: { path: { id: id ?? '' }, header: { 'If-Match': etag(enterprise.data as Enterprise) } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['match', 'enterprise', id] });
      queryClient.removeQueries({ queryKey: queryKeys.enterprise(id ?? '') });
      setMyFirm(null, id ?? undefined);
      void message.success(t('profile.deleted'));
    },
  });
  if (!id) {
    return (
      <Flex vertical gap={16}>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('profile.title')}
        </Typography.Title>
        {firm.pending && <Spin description={t('common:state.loading')} />}
        {firm.needsSignIn && <SignInPrompt />}
        {!firm.pending && !firm.needsSignIn && (
          <Empty description={t('profile.none')}>
            <Link to="/">{t('matches.goTry')}</Link>
          </Empty>
        )}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('profile.title')}
      </Typography.Title>
      <FirmSwitch firm={firm} />
      {enterprise.isPending && <Spin description={t('common:state.loading')} />}
      {enterprise.isError && <ErrorAlert error={enterprise.error} onRetry={() => void enterprise.refetch()} />}
      {understood.data && (
        <Card>
          <UnderstoodProfileView profile={understood.data.profile} />
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('profile.correctHint')}
          </Typography.Paragraph>
        </Card>
      )}
      {enterprise.data && (
        <>
          <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('profile.formTitle')}</Typography.Title>}>
            <Typography.Paragraph type="secondary">{t('profile.updatedAt', { date: formatDate(enterprise.data.updatedAt, language) })}</Typography.Paragraph>
            <EnterpriseForm
              key={enterprise.data.version}
              defaultValues={{
                name: enterprise.data.name,
                city: enterprise.data.city,
                industry: enterprise.data.industry,
                products: enterprise.data.products,
                needs: enterprise.data.needs,
                markets: enterprise.data.markets,
                employees: enterprise.data.employees,
                language: enterprise.data.language,
                outreachConsent: enterprise.data.outreachConsent,
              }}
              withConsent
              submitLabel={t('profile.save')}
              submitting={save.isPending}
              onSubmit={(input) => save.mutate(input)}
            />
            {save.isError && <ErrorAlert error={save.error} />}
          </Card>
          <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('profile.dataTitle')}</Typography.Title>}>
            <Typography.Paragraph>{t('profile.dataIntro')}</Typography.Paragraph>
            <Space wrap>
              <Button onClick={() => exportData.mutate()} loading={exportData.isPending}>
                {t('profile.export')}
              </Button>
              <Popconfirm title={t('profile.deleteConfirm')} okText={t('profile.deleteYes')} cancelText={t('profile.deleteNo')} onConfirm={() => remove.mutate()}>
                <Button danger loading={remove.isPending}>
                  {t('profile.delete')}
                </Button>
              </Popconfirm>
            </Space>
            {exportData.isError && <ErrorAlert error={exportData.error} />}
            {remove.isError && <ErrorAlert error={remove.error} />}
          </Card>
        </>
      )}
    </Flex>
  );
}
