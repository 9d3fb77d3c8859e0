import { EventAhead } from '@fhk/web/api-client';
import { formatDateRange, formatMonth, Language } from '@fhk/web/i18n';
import { StatusTag } from '@fhk/web/ui';
import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** How many of the matcher's events ahead the card lists (best first; the calendar below has them all). */
const SHOWN = 5;

function reasonsOf(event: EventAhead): string[] {
  // The reasons that speak for the event; penalties (negative) are the matcher's bookkeeping here.
  return event.reasons.filter((reason) => reason.contribution > 0 && reason.text).map((reason) => reason.text);
}

/** "Events ahead for your firm": the matcher's best events of the next twelve months, when, and why. */
export function EventsAheadCard({ events, language }: { events: EventAhead[]; language: Language }) {
  const { t } = useTranslation();
  const shown = events.slice(0, SHOWN);
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>{t('calendar.aheadTitle')}</Typography.Title>}>
      {shown.length === 0 ? (
        <Typography.Text>{t('calendar.aheadNone')}</Typography.Text>
      ) : (
        <ol aria-label={t('calendar.aheadTitle')} style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 8 }}>
          {shown.map((event) => (
            <li key={event.id}>
              <Flex vertical gap={2}>
                <Space size={4} wrap>
                  <Typography.Text strong>{event.title[language]}</Typography.Text>
                  {event.dateStatus !== 'announced' && <StatusTag status="tentative" />}
                </Space>
                <Typography.Text>
                  {event.startDate
                    ? formatDateRange(event.startDate, event.endDate, language)
                    : t('calendar.usualMonthOnly', { month: formatMonth(Number(event.month.slice(5, 7)), language) })}
                </Typography.Text>
                {reasonsOf(event).length > 0 && (
                  <Typography.Text type="secondary">{t('calendar.whyForYou', { why: reasonsOf(event).join(t('calendar.listSeparator')) })}</Typography.Text>
                )}
              </Flex>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
