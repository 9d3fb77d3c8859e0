import { CalendarEvent, MatchResult, OPPORTUNITY_TYPES, OpportunityType } from '@fhk/web/api-client';
import { daysUntil, formatDate, formatDateRange, formatMonth, Language, useLanguage } from '@fhk/web/i18n';
import { StatusTag } from '@fhk/web/ui';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Radio, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toggleSaved, useSavedItems } from './saved-items';
import { vocabularyLabel } from './vocabulary';

/** Deadlines closer than this are shown as urgent. */
const URGENT_DAYS = 30;

function EventDates({ event, language }: { event: CalendarEvent; language: Language }) {
  const { t } = useTranslation();
  const edition = event.nextEdition;
  if (edition?.startDate) {
    return (
      <Space size={4} wrap>
        <Typography.Text>{t('matches.dates', { dates: formatDateRange(edition.startDate, edition.endDate, language) })}</Typography.Text>
        {edition.dateStatus === 'tentative' && <StatusTag status="tentative" />}
      </Space>
    );
  }
  if (event.recurrence.usualMonth) {
    return <Typography.Text>{t('matches.usualMonth', { month: formatMonth(event.recurrence.usualMonth, language) })}</Typography.Text>;
  }
  return null;
}

function Deadline({ iso, language }: { iso: string; language: Language }) {
  const { t } = useTranslation();
  const days = daysUntil(iso);
  if (days < 0) return <Tag>{t('matches.deadline.passed', { date: formatDate(iso, language) })}</Tag>;
  return (
    <Alert
      type={days <= URGENT_DAYS ? 'error' : 'warning'}
      showIcon
      title={t('matches.deadline.closesOn', { date: formatDate(iso, language), days })}
      style={{ padding: '4px 12px' }}
    />
  );
}

function MatchCard({ match, event, language, rank }: { match: MatchResult; event?: CalendarEvent; language: Language; rank: number }) {
  const { t } = useTranslation();
  const saved = useSavedItems().includes(`${match.type}:${match.id}`);
  const title = match.title[language];
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={3} style={{ fontSize: 17, margin: 0, whiteSpace: 'normal' }}>
          {t('matches.rank', { rank })} {title}
        </Typography.Title>
      }
      extra={
        <Button
          type="text"
          aria-pressed={saved}
          aria-label={t(saved ? 'matches.unsave' : 'matches.save', { title })}
          icon={saved ? <StarFilled style={{ color: '#ad6800' }} /> : <StarOutlined />}
          onClick={() => toggleSaved(`${match.type}:${match.id}`)}
        />
      }
    >
      <Flex vertical gap={8}>
        <Space size={4} wrap>
          <Tag color="blue">{t(`types.${match.type}`)}</Tag>
          {match.tentative && <StatusTag status="tentative" />}
          {match.sample && <StatusTag status="sample" />}
        </Space>
        {event && <EventDates event={event} language={language} />}
        {event?.nextEdition?.applicationDeadline && <Deadline iso={event.nextEdition.applicationDeadline} language={language} />}
        <div>
          <Typography.Text strong>{t('matches.why')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {match.reasons.map((reason) => (
              <li key={reason.code + reason.text}>{reason.text}</li>
            ))}
          </ul>
        </div>
        {event && event.tags.audiences.length > 0 && (
          <Typography.Text type="secondary">
            {t('matches.forWhom', { audiences: event.tags.audiences.map((a) => vocabularyLabel('audiences', a, language)).join(t('matches.listSeparator')) })}
          </Typography.Text>
        )}
        {match.measures.length > 0 && (
          <Space size={4} wrap>
            <Typography.Text type="secondary">{t('matches.provenance')}</Typography.Text>
            {match.measures.map((number) => (
              <Link key={number} to={`/measures#measure-${number}`}>
                {t('matches.measureLink', { number })}
              </Link>
            ))}
          </Space>
        )}
        {event?.officialUrl && (
          <a href={event.officialUrl} target="_blank" rel="noreferrer">
            {t('matches.officialSite')}
          </a>
        )}
      </Flex>
    </Card>
  );
}

export interface MatchListProps {
  results: MatchResult[];
  events: CalendarEvent[];
}

/** Ranked matches with reasons, provenance, dates and deadlines; filtered by type. */
export function MatchList({ results, events }: MatchListProps) {
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
              <MatchCard match={match} event={match.type === 'event' ? eventsById.get(match.id) : undefined} language={language} rank={results.indexOf(match) + 1} />
            </li>
          ))}
        </ol>
      )}
    </Flex>
  );
}
