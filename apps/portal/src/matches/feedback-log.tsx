import { MatchFeedback } from '@fhk/web/api-client';
import { formatDate, Language } from '@fhk/web/i18n';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { latestFeedback } from '../common/feedback-state';

/** Titles of results the page has shown, by "type:id" (a result marked "not a fit" leaves the list). */
export type KnownTitles = ReadonlyMap<string, string>;

/** "Your feedback": what the firm said about which result, as the matcher recorded it. */
export function FeedbackLog({ items, titles, language }: { items: MatchFeedback[]; titles: KnownTitles; language: Language }) {
  const { t } = useTranslation();
  const latest = latestFeedback(items);
  if (latest.length === 0) return null;
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('feedback.logTitle', { count: latest.length })}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('feedback.logIntro')}</Typography.Paragraph>
      <ul aria-label={t('feedback.logTitle', { count: latest.length })} style={{ margin: 0, paddingInlineStart: 20 }}>
        {latest.map((item) => (
          <li key={item.id}>
            {t('feedback.logItem', {
              title: titles.get(`${item.opportunityType}:${item.opportunityId}`) ?? t(`types.${item.opportunityType}`),
              reason: t(`feedback.reasons.${item.reason}`),
              date: formatDate(item.recordedAt.slice(0, 10), language),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
