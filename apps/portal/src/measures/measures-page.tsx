import { Area, ListResponse, Measure, unwrap } from '@fhk/web/api-client';
import { Language, LANGUAGES, useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { api } from '../app/api';

/** The memorandum's original wording is Traditional Chinese (docs/sources). */
const ORIGINAL: Language = 'zh-Hant';

function MeasureCard({ measure, language }: { measure: Measure; language: Language }) {
  const { t } = useTranslation();
  const translations = language === ORIGINAL ? LANGUAGES.filter((l) => l !== ORIGINAL) : [language];
  return (
    <Card
      id={`measure-${measure.number}`}
      size="small"
      tabIndex={-1}
      title={
        <Typography.Title level={3} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {t('measures.number', { number: measure.number })} {measure.name[language]}
        </Typography.Title>
      }
    >
      <Row gutter={[16, 8]}>
        <Col xs={24} md={12}>
          <Typography.Text type="secondary">{t('measures.original')}</Typography.Text>
          <Typography.Paragraph lang={ORIGINAL}>{measure.text[ORIGINAL]}</Typography.Paragraph>
        </Col>
        {translations.map((lang) => (
          <Col xs={24} md={12} key={lang}>
            <Typography.Text type="secondary">{t('measures.translation', { language: t(`common:language.names.${lang}`) })}</Typography.Text>
            <Typography.Paragraph lang={lang}>{measure.text[lang]}</Typography.Paragraph>
          </Col>
        ))}
      </Row>
      {measure.parties.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('measures.parties', { parties: measure.parties.map((p) => p[language]).join(t('measures.listSeparator')) })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** The 28 measures by area, the original text beside its translations. */
export default function MeasuresPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const location = useLocation();
  // Both lists at once (no waterfall), each cached for every later visit.
  const areas = useQuery({ queryKey: ['catalogue', 'areas'], queryFn: () => unwrap<ListResponse<Area>>(api.GET('/api/catalogue/areas')) });
  const measures = useQuery({ queryKey: ['catalogue', 'measures'], queryFn: () => unwrap<ListResponse<Measure>>(api.GET('/api/catalogue/measures')) });
  const byArea = useMemo(() => {
    const groups = new Map<number, Measure[]>();
    for (const m of measures.data?.items ?? []) groups.set(m.areaNumber, [...(groups.get(m.areaNumber) ?? []), m]);
    return groups;
  }, [measures.data]);
  useEffect(() => {
    if (!location.hash || !measures.data) return;
    const target = document.getElementById(location.hash.slice(1));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [location.hash, measures.data]);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('measures.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('measures.intro', { count: measures.data?.total ?? 28 })}</Typography.Paragraph>
      {(areas.isPending || measures.isPending) && <Spin description={t('common:state.loading')} />}
      {areas.isError && <ErrorAlert error={areas.error} />}
      {measures.isError && <ErrorAlert error={measures.error} />}
      {areas.data &&
        measures.data &&
        [...areas.data.items]
          .sort((a, b) => a.number - b.number)
          .map((area) => (
            <section key={area.id} aria-labelledby={`area-${area.number}`}>
              <Typography.Title level={2} id={`area-${area.number}`} style={{ fontSize: 20 }}>
                {t('measures.area', { number: area.number, name: area.name[language] })}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{area.summary[language]}</Typography.Paragraph>
              <Flex vertical gap={12}>
                {(byArea.get(area.number) ?? [])
                  .sort((a, b) => a.number - b.number)
                  .map((measure) => (
                    <MeasureCard key={measure.id} measure={measure} language={language} />
                  ))}
              </Flex>
            </section>
          ))}
    </Flex>
  );
}
