import { formatDate, formatDateRange, formatMonth, Language, useLanguage } from '@fhk/web/i18n';
import { ErrorAlert, StatusTag } from '@fhk/web/ui';
import { Alert, Button, Calendar, Card, Flex, Grid, List, Segmented, Space, Spin, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyEnterpriseId } from '../common/my-enterprise';
import { useCalendarEvents, useEventsAhead, useStoredMatches } from '../common/queries';
import { EventsAheadCard } from './events-ahead-card';
import { CalendarEntry, countByMonth, entriesOn, firstBusyMonth, toEntry, undatedIn } from './calendar-entries';

const EventsByMonthChart = lazy(() => import('./events-by-month-chart'));

function EntryLine({ entry, language }: { entry: CalendarEntry; language: Language }) {
  const { t } = useTranslation();
  const { event } = entry;
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{event.name[language]}</Typography.Text>
      <Space size={4} wrap>
        {entry.start ? (
          <Typography.Text>{formatDateRange(entry.start, entry.end, language)}</Typography.Text>
        ) : entry.usualMonth ? (
          <Typography.Text>{t('calendar.usualMonthOnly', { month: formatMonth(entry.usualMonth, language) })}</Typography.Text>
        ) : null}
        {entry.tentative && <StatusTag status="tentative" />}
        <Typography.Text type="secondary">{event.city[language]}</Typography.Text>
      </Space>
      {entry.deadline && (
        <Typography.Text type="danger" strong>
          {t('calendar.deadline', { date: formatDate(entry.deadline, language) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * Calendar: the events ahead for the saved firm (the matcher's pick, with why), month and list views,
 * optionally only the firm's matched events, and an .ics download.
 */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const screens = Grid.useBreakpoint();
  const id = useMyEnterpriseId();
  const [view, setView] = useState<'month' | 'list'>('list');
  const [onlyMine, setOnlyMine] = useState(false);
  // Until the visitor picks a month, the month view shows the first month with events in it.
  const [pickedMonth, setMonth] = useState<Dayjs | null>(null);
  const events = useCalendarEvents();
  const matches = useStoredMatches(onlyMine ? id : null, language);
  const ahead = useEventsAhead(id, language);
  const matchedIds = useMemo(() => new Set(matches.data?.results.filter((r) => r.type === 'event').map((r) => r.id) ?? []), [matches.data]);
  const entries = useMemo(() => {
    // In the API's order: as the events next take place from today (filtering keeps it).
    const all = (events.data?.items ?? []).map(toEntry);
    return onlyMine && matches.data ? all.filter((e) => matchedIds.has(e.event.id)) : all;
  }, [events.data, onlyMine, matches.data, matchedIds]);
  const counts = useMemo(() => countByMonth(entries), [entries]);
  const month = pickedMonth ?? dayjs(`${firstBusyMonth(entries, new Date())}-01`);
  const icsQuery = new URLSearchParams({ lang: language });
  const primaryIndustry = matches.data?.profile.primaryIndustry;
  if (onlyMine && primaryIndustry) icsQuery.set('industry', primaryIndustry);

  const cellRender = (day: Dayjs, info: { type: string }) => {
    if (info.type !== 'date') return null;
    const { running, deadlines } = entriesOn(entries, day.format('YYYY-MM-DD'));
    if (!running.length && !deadlines.length) return null;
    return (
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, fontSize: 12 }}>
        {running.map((e) => (
          <li key={e.event.id} style={{ borderInlineStart: `3px ${e.tentative ? 'dashed #ad6800' : 'solid #0b57b7'}`, paddingInlineStart: 4 }}>
            {e.event.name[language]}
            {e.tentative ? ` (${t('common:labels.tentative')})` : ''}
          </li>
        ))}
        {deadlines.map((e) => (
          <li key={`deadline-${e.event.id}`} style={{ color: '#a8071a', fontWeight: 600 }}>
            {t('calendar.deadlineShort', { name: e.event.name[language] })}
          </li>
        ))}
      </ul>
    );
  };
  const undated = undatedIn(entries, month.month() + 1);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('calendar.title')}
      </Typography.Title>
      <Flex gap={16} wrap align="center">
        <Segmented
          aria-label={t('calendar.view')}
          value={view}
          onChange={(v) => setView(v as 'month' | 'list')}
          options={[
            { value: 'list', label: t('calendar.listView') },
            { value: 'month', label: t('calendar.monthView') },
          ]}
        />
        <Space>
          <Switch id="calendar-only-mine" checked={onlyMine} disabled={!id} onChange={setOnlyMine} />
          <label htmlFor="calendar-only-mine">{t('calendar.onlyMine')}</label>
        </Space>
        <Button href={`/api/calendar/events.ics?${icsQuery}`} download="fujian-hong-kong-calendar.ics">
          {t('calendar.downloadIcs')}
        </Button>
      </Flex>
      {!id && <Typography.Text type="secondary">{t('calendar.onlyMineNeedsProfile')}</Typography.Text>}
      {ahead.data && <EventsAheadCard events={ahead.data.events} language={language} />}
      {ahead.isError && <ErrorAlert error={ahead.error} />}
      {(events.isPending || (onlyMine && matches.isPending)) && <Spin description={t('common:state.loading')} />}
      {events.isError && <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />}
      {matches.isError && <ErrorAlert error={matches.error} />}
      {events.data && view === 'list' && (
        <List
          bordered
          style={{ background: '#fff' }}
          dataSource={entries}
          locale={{ emptyText: t('common:state.empty') }}
          renderItem={(entry) => (
            <List.Item key={entry.event.id}>
              <EntryLine entry={entry} language={language} />
            </List.Item>
          )}
        />
      )}
      {events.data && view === 'month' && (
        <Card>
          {undated.length > 0 && (
            <Alert
              type="info"
              style={{ marginBottom: 12 }}
              title={t('calendar.undatedThisMonth', { names: undated.map((e) => e.event.name[language]).join(t('calendar.listSeparator')) })}
            />
          )}
          <Calendar fullscreen={Boolean(screens.md)} value={month} onPanelChange={(value) => setMonth(value)} onChange={(value) => setMonth(value)} cellRender={cellRender} />
        </Card>
      )}
      {events.data && (
        <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('calendar.byMonthTitle')}</Typography.Title>}>
          <Suspense fallback={<Spin />}>
            <EventsByMonthChart counts={counts} language={language} label={t('calendar.byMonthLabel')} seriesName={t('calendar.byMonthSeries')} />
          </Suspense>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {counts
              .map((count, i) => (count ? t('calendar.monthCount', { month: formatMonth(i + 1, language), count }) : null))
              .filter(Boolean)
              .join(t('calendar.listSeparator'))}
          </Typography.Paragraph>
        </Card>
      )}
    </Flex>
  );
}
