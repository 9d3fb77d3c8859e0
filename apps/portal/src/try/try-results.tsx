import { CalendarEvent, MatchResponse } from '@fhk/web/api-client';
import { Card, Flex } from 'antd';
import { ReactNode } from 'react';
import { MatchList } from '../common/match-list';
import { UnderstoodProfileView } from '../common/understood-profile';

/** How the text was understood, `children` (the save prompt), then the ranked matches (its own chunk, loaded on submit). */
export default function TryResults({ matches, events, children }: { matches: MatchResponse; events: CalendarEvent[]; children?: ReactNode }) {
  return (
    <Flex vertical gap={16}>
      <Card>
        <UnderstoodProfileView profile={matches.profile} />
      </Card>
      {children}
      <MatchList results={matches.results} events={events} />
    </Flex>
  );
}
