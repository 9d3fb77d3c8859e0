import { JourneyResponse, unwrap } from '@fhk/web/api-client';
import { useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Spin, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../app/api';
import { useMyFirm } from '../common/my-enterprise';
import { useStoredJourney } from '../common/queries';
import { MatchProfile, triedProfile } from '../common/tried-profile';
import { JourneyStepContent } from './journey-step';

/** The usual order of a Fujian firm's steps into Hong Kong, shown before the firm has described itself. */
const STAGES = ['company', 'treasury', 'tax', 'trademark', 'fair', 'listing'] as const;

function GeneralSteps() {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="info" showIcon title={t('journey.describeFirst')} action={<Link to="/">{t('matches.goTry')}</Link>} />
      <Steps
        orientation="vertical"
        current={-1}
        items={STAGES.map((stage) => ({ title: t(`journey.stages.${stage}.title`), content: t(`journey.stages.${stage}.description`) }))}
      />
    </>
  );
}

function Plan({ plan }: { plan: JourneyResponse }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { steps, leftOut } = plan.journey;
  return (
    <>
      <Steps
        orientation="vertical"
        current={-1}
        aria-label={t('journey.stepsLabel')}
        items={steps.map((step) => ({ title: step.title, content: <JourneyStepContent step={step} language={language} /> }))}
      />
      {steps.length === 0 && <Alert type="info" showIcon title={t('journey.noSteps')} />}
      {leftOut.length > 0 && (
        <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('journey.leftOutTitle')}</Typography.Title>}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {leftOut.map((item) => (
              <li key={item.step}>{t('journey.leftOutItem', { title: item.title, text: item.text })}</li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

/**
 * My journey: the matcher's ordered plan for the saved profile (GET /api/match/enterprises/:id/journey),
 * else for the description tried on Try first (POST /api/match/journey), else the usual order.
 */
export default function JourneyPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const firm = useMyFirm();
  const id = firm.id;
  const [tried] = useState<MatchProfile | null>(triedProfile);
  const stored = useStoredJourney(id, language);
  const adHoc = useQuery({
    queryKey: ['match', 'ad-hoc', 'journey', tried, language],
    enabled: !firm.pending && !id && tried !== null,
    queryFn: () => unwrap<JourneyResponse>(api.POST('/api/match/journey', { body: { ...(tried as MatchProfile), language } })),
  });
  const journey = id ? stored : adHoc;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('journey.title')}
      </Typography.Title>
      {firm.pending && <Spin description={t('common:state.loading')} />}
      {!firm.pending && !id && !tried && <GeneralSteps />}
      {!firm.pending && (id || tried) && (
        <>
          <Typography.Paragraph>{id ? t('journey.introSaved') : t('journey.introTried')}</Typography.Paragraph>
          {journey.isPending && <Spin description={t('common:state.loading')} />}
          {journey.isError && <ErrorAlert error={journey.error} onRetry={() => void journey.refetch()} />}
          {journey.data && <Plan plan={journey.data} />}
        </>
      )}
      <Link to="/matches">{t('journey.seeMatches')}</Link>
    </Flex>
  );
}
