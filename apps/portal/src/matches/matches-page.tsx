import type { LocalizedText } from '@fhk/contracts';
import { MatchResult } from '@fhk/web/api-client';
import { useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { Alert, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MatchFeedbackControl } from '../common/match-feedback-control';
import { MatchList } from '../common/match-list';
import { useMyFirm } from '../common/my-enterprise';
import { FirmSwitch } from '../common/firm-switch';
import { SignInPrompt } from '../common/sign-in-prompt';
import { useCalendarEvents, useFeedbackLog, useGiveFeedback, useStoredMatches } from '../common/queries';
import { UnderstoodProfileView } from '../common/understood-profile';
import { latestFeedback } from '../common/feedback-state';
import { FeedbackLog } from './feedback-log';

const itemKey = (item: { type: string; id: string }) => `${item.type}:${item.id}`;

/**
 * My matches: the saved profile's ranked opportunities with feedback buttons; matches, calendar and
 * the feedback log are fetched together. After a feedback the list is fetched again until the
 * matcher has applied it.
 */
export default function MatchesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const firm = useMyFirm();
  const id = firm.id;
  const matches = useStoredMatches(id, language);
  const events = useCalendarEvents();
  const log = useFeedbackLog(id);
  const give = useGiveFeedback(id ?? '', language);
  const [lastGiven, setLastGiven] = useState<{ title: string; reason: string } | null>(null);
  // Titles for the feedback log: a result marked "not a fit" leaves the list but stays in the log.
  const [givenTitles, setGivenTitles] = useState<Record<string, LocalizedText>>({});
  const titles = useMemo(() => {
    const known = new Map<string, string>();
    for (const e of events.data?.items ?? []) known.set(`event:${e.id}`, e.name[language]);
    for (const [key, title] of Object.entries(givenTitles)) known.set(key, title[language]);
    for (const r of matches.data?.results ?? []) known.set(itemKey(r), r.title[language]);
    return known;
  }, [events.data, givenTitles, matches.data, language]);
  const givenByItem = useMemo(() => new Map(latestFeedback(log.data?.items ?? []).map((f) => [`${f.opportunityType}:${f.opportunityId}`, f.reason])), [log.data]);
  const sendingFor = give.isPending ? itemKey(give.variables.match) : null;

  const feedbackFor = (match: MatchResult) => (
    <MatchFeedbackControl
      title={match.title[language]}
      given={givenByItem.get(itemKey(match))}
      sending={sendingFor === itemKey(match)}
      onGive={(reason) => {
        setLastGiven({ title: match.title[language], reason });
        setGivenTitles((seen) => ({ ...seen, [itemKey(match)]: match.title }));
        give.mutate({ match, reason });
      }}
    />
  );

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('matches.title')}
      </Typography.Title>
      <FirmSwitch firm={firm} />
      {firm.pending && <Spin description={t('common:state.loading')} />}
      {firm.needsSignIn && <SignInPrompt />}
      {!id && !firm.pending && !firm.needsSignIn && (
        <Empty description={t('matches.noProfile')}>
          <Link to="/">{t('matches.goTry')}</Link>
        </Empty>
      )}
      {id && matches.isPending && <Spin description={t('common:state.loading')} />}
      {matches.isError && <ErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />}
      <div role="status" aria-live="polite">
        {lastGiven && give.isPending && <Alert type="info" title={t('feedback.sending', { title: lastGiven.title })} />}
        {lastGiven && give.isSuccess && (
          <Alert type="success" showIcon closable onClose={() => setLastGiven(null)} title={t('feedback.recorded', { title: lastGiven.title, reason: t(`feedback.reasons.${lastGiven.reason}`) })} />
        )}
      </div>
      {give.isError && <ErrorAlert error={give.error} />}
      {matches.data && (
        <>
          <Card>
            <UnderstoodProfileView profile={matches.data.profile} />
            <Link to="/profile">{t('matches.correctProfile')}</Link>
          </Card>
          <MatchList results={matches.data.results} events={events.data?.items ?? []} note={matches.data.note} feedbackFor={feedbackFor} />
          <FeedbackLog items={log.data?.items ?? []} titles={titles} language={language} />
        </>
      )}
    </Flex>
  );
}
