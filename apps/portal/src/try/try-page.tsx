import { EnterpriseInput } from '@fhk/contracts';
import { Enterprise, MatchResponse, unwrap } from '@fhk/web/api-client';
import { useAuth } from '@fhk/web/auth';
import { useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Space, Spin, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../app/api';
import { EnterpriseForm } from '../common/enterprise-form';
import { useSetMyFirm } from '../common/my-enterprise';
import { useCalendarEvents } from '../common/queries';
import { rememberTriedProfile, toMatchProfile } from '../common/tried-profile';

// The results are code-split from the form: the page opens with the form alone, and the results'
// code is requested on submit, alongside the match request (not after it).
const loadResults = () => import('./try-results');
const TryResults = lazy(loadResults);

/** The description kept across the sign-in round trip (the page reloads on the way back). */
const DRAFT_KEY = 'fhk.portal.draft';

function takeDraft(): EnterpriseInput | null {
  try {
    const draft = window.sessionStorage.getItem(DRAFT_KEY);
    window.sessionStorage.removeItem(DRAFT_KEY);
    return draft ? (JSON.parse(draft) as EnterpriseInput) : null;
  } catch {
    return null;
  }
}

/** Try first: describe the firm in any script and see matches at once, without an account. */
export default function TryPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const auth = useAuth();
  const setMyFirm = useSetMyFirm();
  const [profile, setProfile] = useState<EnterpriseInput | null>(takeDraft);
  // With an issuer, saving is for signed-in firms: sign in first, then save the same description.
  const mustSignIn = auth.status === 'anonymous';
  const matches = useQuery({
    queryKey: ['match', 'ad-hoc', profile, language],
    enabled: profile !== null,
    queryFn: () => unwrap<MatchResponse>(api.POST('/api/match', { body: { ...toMatchProfile(profile as EnterpriseInput), language, limit: 20 } })),
  });
  // Fetched alongside the matches (not after): the dates and deadlines of the fairs among them.
  const events = useCalendarEvents(profile !== null);
  const save = useMutation({
    mutationFn: (input: EnterpriseInput) => unwrap<Enterprise>(api.POST('/api/enterprises', { body: input })),
    onSuccess: (enterprise) => {
      setMyFirm(enterprise);
      navigate('/matches');
    },
  });
  return (
    <Flex vertical gap={24}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 28 }}>
          {t('try.title')}
        </Typography.Title>
        <Typography.Paragraph>{t('try.intro')}</Typography.Paragraph>
      </div>
      <Card>
        <EnterpriseForm
          submitLabel={t('try.submit')}
          submitting={matches.isFetching}
          onSubmit={(input) => {
            void loadResults();
            rememberTriedProfile(toMatchProfile(input));
            setProfile(input);
          }}
          extra={(fill) => (
            <Button
              onClick={() =>
                fill({
                  name: t('try.example.name'),
                  city: t('try.example.city'),
                  industry: t('try.example.industry'),
                  products: t('try.example.products'),
                  needs: t('try.example.needs'),
                  markets: t('try.example.markets'),
                  employees: 40,
                })
              }
            >
              {t('try.fillExample')}
            </Button>
          )}
        />
      </Card>
      {profile && (
        <section aria-labelledby="try-results">
          <Typography.Title level={2} id="try-results" style={{ fontSize: 22 }}>
            {t('try.resultsTitle')}
          </Typography.Title>
          {matches.isPending && <Spin description={t('common:state.loading')} />}
          {matches.isError && <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />}
          {matches.data && (
            <Flex vertical gap={16}>
              <Suspense fallback={<Spin description={t('common:state.loading')} />}>
                <TryResults matches={matches.data} events={events.data?.items ?? []}>
                <Card>
                  <Space direction="vertical">
                    <Typography.Text>{t('try.saveHint')}</Typography.Text>
                    {mustSignIn ? (
                      <Button
                        type="primary"
                        onClick={() => {
                          window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(profile));
                          void auth.signIn();
                        }}
                      >
                        {t('try.signInToSave')}
                      </Button>
                    ) : (
                      <Button type="primary" loading={save.isPending} onClick={() => save.mutate(profile)}>
                        {t('try.save')}
                      </Button>
                    )}
                    {save.isError && <ErrorAlert error={save.error} />}
                  </Space>
                </Card>
                </TryResults>
              </Suspense>
            </Flex>
          )}
        </section>
      )}
    </Flex>
  );
}
