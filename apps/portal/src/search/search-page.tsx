import { HighlightPart, SearchResponse, unwrap } from '@fhk/web/api-client';
import { formatMonth, formatNumber, Language, useLanguage } from '@fhk/web/i18n';
import { ErrorAlert } from '@fhk/web/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Col, Collapse, Empty, Flex, Grid, Input, List, Row, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../app/api';
import { vocabularyLabel } from '../common/vocabulary';

/** What the portal searches: the catalogue and the calendar (firms' profiles are not public). */
const PUBLIC_TYPES = ['event', 'programme', 'service-provider', 'service-category', 'measure', 'area'];
const FACETS = [
  { facet: 'type', param: 'type' },
  { facet: 'industries', param: 'industry' },
  { facet: 'needs', param: 'need' },
  { facet: 'months', param: 'month' },
] as const;
type FacetName = (typeof FACETS)[number]['facet'];

function facetLabel(facet: FacetName, value: string, language: Language, t: (key: string) => string): string {
  if (facet === 'type') return t(`types.${value}`);
  if (facet === 'industries') return vocabularyLabel('industries', value, language);
  if (facet === 'needs') return vocabularyLabel('needs', value, language);
  return formatMonth(Number(value), language);
}

function Highlighted({ parts }: { parts: HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** Search the catalogue and the calendar in any script: 資金池 = 资金池 = cash pooling. */
export default function SearchPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const selected = (param: string) => (params.get(param) ?? '').split(',').filter(Boolean);
  const query = Object.fromEntries(FACETS.map(({ param }) => [param, params.get(param) ?? undefined]));
  const search = useQuery({
    queryKey: ['search', q, query],
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap<SearchResponse>(
        api.GET('/api/search', { params: { query: { q, limit: 30, ...query, type: query.type ?? PUBLIC_TYPES.join(',') } } }),
      ),
  });
  const setParam = (param: string, values: string[]) => {
    const next = new URLSearchParams(params);
    if (values.length) next.set(param, values.join(','));
    else next.delete(param);
    setParams(next);
  };
  const facets = search.data?.facets ?? {};
  // On a phone the results come first; the filters wait behind one closed section above them.
  const narrow = !Grid.useBreakpoint().md;
  const chosen = FACETS.reduce((sum, { param }) => sum + selected(param).length, 0);
  const facetCards = (
    <Flex vertical gap={12}>
      {FACETS.map(({ facet, param }) => {
        const counts = Object.entries(facets[facet] ?? {}).filter(([value]) => facet !== 'type' || PUBLIC_TYPES.includes(value));
        if (!counts.length) return null;
        return (
          <Card key={facet} size="small" title={<Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>{t(`search.facets.${facet}`)}</Typography.Title>}>
            <div role="group" aria-label={t(`search.facets.${facet}`)}>
              <Checkbox.Group
                value={selected(param)}
                onChange={(values) => setParam(param, values as string[])}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={counts
                  .sort((a, b) => b[1] - a[1])
                  .slice(0, 12)
                  .map(([value, count]) => ({ value, label: t('search.facetValue', { label: facetLabel(facet, value, language, t), count: formatNumber(count, language) }) }))}
              />
            </div>
          </Card>
        );
      })}
    </Flex>
  );
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('search.title')}
      </Typography.Title>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('q') ?? '');
          setParams(value ? { q: value } : {});
        }}
      >
        <label htmlFor="search-q" style={{ display: 'block', marginBottom: 4 }}>
          {t('search.label')}
        </label>
        <Input.Search id="search-q" name="q" defaultValue={q} key={q} enterButton={t('search.submit')} size="large" allowClear onSearch={(value) => setParams(value ? { q: value } : {})} />
        <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>
      </form>
      {search.isError && <ErrorAlert error={search.error} />}
      {!q && <Empty description={t('search.empty')} />}
      {q && search.isPending && <Spin description={t('common:state.loading')} />}
      {search.data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={7}>
            {narrow ? (
              <Collapse size="small" items={[{ key: 'filters', label: chosen ? t('search.filtersChosen', { n: formatNumber(chosen, language) }) : t('search.filters'), children: facetCards }]} />
            ) : (
              facetCards
            )}
          </Col>
          <Col xs={24} md={17}>
            <Typography.Paragraph aria-live="polite">{t('search.total', { count: formatNumber(search.data.total, language), q: search.data.query })}</Typography.Paragraph>
            <List
              dataSource={search.data.hits.filter((hit) => hit.type !== 'enterprise')}
              locale={{ emptyText: t('search.noHits') }}
              renderItem={(hit) => (
                <List.Item key={`${hit.type}:${hit.id}`}>
                  <Flex vertical gap={4}>
                    <Typography.Text strong>
                      <Highlighted parts={hit.highlight[language]} />
                    </Typography.Text>
                    <Space size={4} wrap>
                      <Tag color="blue">{t(`types.${hit.type}`)}</Tag>
                      {hit.industries.slice(0, 4).map((code) => (
                        <Tag key={code}>{vocabularyLabel('industries', code, language)}</Tag>
                      ))}
                      {hit.measures.map((number) => (
                        <Link key={number} to={`/measures#measure-${number}`}>
                          {t('matches.measureLink', { number })}
                        </Link>
                      ))}
                    </Space>
                  </Flex>
                </List.Item>
              )}
            />
          </Col>
        </Row>
      )}
    </Flex>
  );
}
