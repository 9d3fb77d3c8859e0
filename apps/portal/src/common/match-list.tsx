import { CalendarEvent, MatchResult, OPPORTUNITY_TYPES, OpportunityType } from '@fhk/web/api-client';
import { useLanguage } from '@fhk/web/i18n';
import { Alert, Empty, Flex, Radio } from 'antd';
import { ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MatchCard } from './match-card';

export interface MatchListProps {
  results: MatchResult[];
  events: CalendarEvent[];
  /** What was not understood, or why the list is partial or empty (the matcher's words). */
  note?: string;
  /** Feedback buttons for a result (My matches only). */
  feedbackFor?: (match: MatchResult) => ReactNode;
}

/** Ranked matches with reasons, caveats, provenance, dates and deadlines; filtered by type. */
export function MatchList({ results, events, note, feedbackFor }: MatchListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [type, setType] = useState<OpportunityType | 'all'>('all');
  const eventsById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const counts = useMemo(() => {
    const byType = new Map<string, number>();
    for (const r of results) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
    return byType;
  }, [results]);
  const shown = type === 'all' ? results : results.filter((r) => r.type === type);
  return (
    <Flex vertical gap={12}>
      {note && <Alert type="info" showIcon title={note} />}
      <div role="group" aria-label={t('matches.filterByType')}>
        <Radio.Group
          value={type}
          onChange={(e) => setType(e.target.value)}
          optionType="button"
          style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
          options={[
            { value: 'all', label: t('matches.allTypes', { count: results.length }) },
            ...OPPORTUNITY_TYPES.filter((ty) => counts.has(ty)).map((ty) => ({ value: ty, label: t('matches.typeCount', { type: t(`types.${ty}`), count: counts.get(ty) ?? 0 }) })),
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <Empty description={t('matches.none')} />
      ) : (
        <ol aria-label={t('matches.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {shown.map((match) => (
            <li key={`${match.type}:${match.id}`}>
              <MatchCard
                match={match}
                event={match.type === 'event' ? eventsById.get(match.id) : undefined}
                language={language}
                rank={results.indexOf(match) + 1}
                feedback={feedbackFor?.(match)}
              />
            </li>
          ))}
        </ol>
      )}
    </Flex>
  );
}
