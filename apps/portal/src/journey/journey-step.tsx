import { JourneyItem, JourneyStep } from '@fhk/web/api-client';
import { formatDate, Language } from '@fhk/web/i18n';
import { StatusTag } from '@fhk/web/ui';
import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function ItemLine({ item, language }: { item: JourneyItem; language: Language }) {
  const { t } = useTranslation();
  return (
    <li>
      <Space size={4} wrap>
        <Typography.Text>{item.title[language]}</Typography.Text>
        {item.startDate && <Typography.Text type="secondary">{t('journey.startsOn', { date: formatDate(item.startDate, language) })}</Typography.Text>}
        {item.deadline && (
          <Typography.Text type="danger" strong>
            {t('journey.applyBy', { date: formatDate(item.deadline, language) })}
          </Typography.Text>
        )}
        {item.tentative && <StatusTag status="tentative" />}
      </Space>
    </li>
  );
}

function ItemGroup({ label, items, language }: { label: string; items: JourneyItem[]; language: Language }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Typography.Text strong>{label}</Typography.Text>
      <ul style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
        {items.map((item) => (
          <ItemLine key={`${item.type}:${item.id}`} item={item} language={language} />
        ))}
      </ul>
    </div>
  );
}

/** One step of the plan: why it comes here, and who or what helps with it. */
export function JourneyStepContent({ step, language }: { step: JourneyStep; language: Language }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} style={{ paddingBottom: 12 }}>
      <Typography.Text>{step.why}</Typography.Text>
      {step.implied && <Tag style={{ alignSelf: 'flex-start', whiteSpace: 'normal' }}>{t('journey.implied')}</Tag>}
      <ItemGroup label={t('journey.providers')} items={step.providers} language={language} />
      <ItemGroup label={t('journey.programmes')} items={step.programmes} language={language} />
      <ItemGroup label={t('journey.events')} items={step.events} language={language} />
      {step.measures.length > 0 && (
        <Space size={4} wrap>
          <Typography.Text type="secondary">{t('matches.provenance')}</Typography.Text>
          {step.measures.map((number) => (
            <Link key={number} to={`/measures#measure-${number}`}>
              {t('matches.measureLink', { number })}
            </Link>
          ))}
        </Space>
      )}
    </Flex>
  );
}
