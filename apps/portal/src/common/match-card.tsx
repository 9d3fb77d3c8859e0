import { CalendarEvent, MatchCaveat, MatchResult, RelatedItem } from '@fhk/web/api-client';
import { daysUntil, formatDate, formatDateRange, formatMonth, Language } from '@fhk/web/i18n';
import { StatusTag } from '@fhk/web/ui';
import { ExclamationCircleOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toggleSaved, useSavedItems } from './saved-items';
import { vocabularyLabel } from './vocabulary';

/** Deadlines closer than this are shown as urgent. */
const URGENT_DAYS = 30;
/** The caveat the matcher gives for an application deadline (its `date` is the day applications close). */
const DEADLINE_CAVEAT = 'applications-close';

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

/** What to know before acting on a match: preconditions and tentative dates, in the matcher's words. */
function Caveats({ caveats }: { caveats: MatchCaveat[] }) {
  const { t } = useTranslation();
  if (caveats.length === 0) return null;
  return (
    <div className="match-caveats">
      <Typography.Text strong>{t('matches.caveatsTitle')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 0, listStyle: 'none' }}>
        {caveats.map((caveat) => (
          <li key={caveat.code + (caveat.date ?? '')}>
            <Space size={6} align="start">
              <ExclamationCircleOutlined aria-hidden style={{ color: '#ad4e00', marginTop: 4 }} />
              <Typography.Text>{caveat.text}</Typography.Text>
            </Space>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same opportunity in its other guises (the measure behind a programme, the fair of a programme …). */
function Related({ items, language }: { items: RelatedItem[]; language: Language }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div>
      <Typography.Text type="secondary">{t('matches.relatedTitle')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {items.map((item) => (
          <li key={`${item.type}:${item.id}`}>
            {t('matches.relatedItem', { type: t(`types.${item.type}`), title: item.title[language] })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface MatchCardProps {
  match: MatchResult;
  event?: CalendarEvent;
  language: Language;
  rank: number;
  /** Feedback buttons (My matches only: ad-hoc matches have no firm to remember them for). */
  feedback?: ReactNode;
}

/** One ranked match: type, dates, deadline, reasons, caveats, related items, provenance, save and feedback. */
export function MatchCard({ match, event, language, rank, feedback }: MatchCardProps) {
  const { t } = useTranslation();
  const saved = useSavedItems().includes(`${match.type}:${match.id}`);
  const title = match.title[language];
  const deadlineCaveat = match.caveats.find((c) => c.code === DEADLINE_CAVEAT && c.date);
  const deadline = deadlineCaveat?.date ?? event?.nextEdition?.applicationDeadline ?? null;
  // The deadline is shown by its own highlighted line; the other caveats are listed.
  const caveats = match.caveats.filter((c) => c !== deadlineCaveat);
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
          {match.partial && <Tag>{t('matches.partial')}</Tag>}
        </Space>
        {event && <EventDates event={event} language={language} />}
        {deadline && <Deadline iso={deadline} language={language} />}
        <div>
          <Typography.Text strong>{t('matches.why')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {match.reasons.map((reason) => (
              <li key={reason.code + reason.text}>
                {reason.code === 'feedback' && <Tag color="purple">{t('matches.feedbackReason')}</Tag>}
                {reason.text}
              </li>
            ))}
          </ul>
        </div>
        <Caveats caveats={caveats} />
        {event && event.tags.audiences.length > 0 && (
          <Typography.Text type="secondary">
            {t('matches.forWhom', { audiences: event.tags.audiences.map((a) => vocabularyLabel('audiences', a, language)).join(t('matches.listSeparator')) })}
          </Typography.Text>
        )}
        <Related items={match.related} language={language} />
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
        {feedback}
      </Flex>
    </Card>
  );
}
