import { CalendarEvent, MatchResponse } from '@fhk/web/api-client';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReactNode } from 'react';
import { MatchList } from '../common/match-list';
import { UnderstoodProfileView } from '../common/understood-profile';

/** How the text was understood, `children` (the save prompt), then the ranked matches (its own chunk, loaded on submit). */
export default function TryResults({ matches, events, children }: { matches: MatchResponse; events: CalendarEvent[]; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Card>
        <UnderstoodProfileView profile={matches.profile} />
        <Link to="/journey">{t('try.seeJourney')}</Link>
      </Card>
      {children}
      <MatchList results={matches.results} events={events} note={matches.note} />
    </Flex>
  );
}
