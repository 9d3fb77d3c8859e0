import { Alert, Flex, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The usual order of a Fujian firm's steps into Hong Kong (the matching service will plan it per firm). */
const STAGES = ['company', 'treasury', 'tax', 'trademark', 'fair', 'listing'] as const;

/**
 * My journey. The matcher's per-firm plan (GET /api/match/enterprises/:id/journey) is not part of
 * this platform's API yet: the page shows the general order of the steps and says so.
 */
export default function JourneyPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('journey.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('journey.notYetPersonal')} />
      <Steps direction="vertical" current={-1} items={STAGES.map((stage) => ({ title: t(`journey.stages.${stage}.title`), description: t(`journey.stages.${stage}.description`) }))} />
      <Link to="/matches">{t('journey.seeMatches')}</Link>
    </Flex>
  );
}
