import { useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MatchList } from '../common/match-list';
import { useMyEnterpriseId } from '../common/my-enterprise';
import { useCalendarEvents, useStoredMatches } from '../common/queries';
import { UnderstoodProfileView } from '../common/understood-profile';

/** My matches: the saved profile's ranked opportunities; matches and calendar are fetched together. */
export default function MatchesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useMyEnterpriseId();
  const matches = useStoredMatches(id, language);
  const events = useCalendarEvents();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('matches.title')}
      </Typography.Title>
      {!id && (
        <Empty description={t('matches.noProfile')}>
          <Link to="/">{t('matches.goTry')}</Link>
        </Empty>
      )}
      {id && matches.isPending && <Spin description={t('common:state.loading')} />}
      {matches.isError && <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />}
      {matches.data && (
        <>
          <Card>
            <UnderstoodProfileView profile={matches.data.profile} />
            <Link to="/profile">{t('matches.correctProfile')}</Link>
          </Card>
          <MatchList results={matches.data.results} events={events.data?.items ?? []} />
        </>
      )}
    </Flex>
  );
}
