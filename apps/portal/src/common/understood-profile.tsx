import { UnderstoodProfile } from '@fhk/web/api-client';
import { Descriptions, Grid, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** How the matcher read the firm's text: industries, needs, markets, city and size. */
export function UnderstoodProfileView({ profile }: { profile: UnderstoodProfile }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const none = t('understood.none');
  const tags = (items: { code: string; label: string }[]) =>
    items.length ? items.map((item) => <Tag key={item.code} style={{ whiteSpace: 'normal' }}>{item.label}</Tag>) : none;
  return (
    <Descriptions
      size="small"
      layout={screens.md ? 'horizontal' : 'vertical'}
      column={{ xs: 1, sm: 1, md: 2 }}
      title={t('understood.title')}
      items={[
        { key: 'industries', label: t('understood.industries'), children: tags(profile.industries) },
        { key: 'needs', label: t('understood.needs'), children: tags(profile.needs) },
        { key: 'markets', label: t('understood.markets'), children: tags(profile.markets) },
        { key: 'city', label: t('understood.city'), children: profile.city ? profile.city.label : none },
        { key: 'size', label: t('understood.size'), children: profile.sizeBand ? t(`understood.sizeBands.${profile.sizeBand}`) : none },
      ]}
    />
  );
}
