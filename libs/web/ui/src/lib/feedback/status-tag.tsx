import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Text and background pairs with at least 7:1 contrast (antd's preset orange and purple tags fall below 4.5:1). */
const TONES = {
  tentative: { color: '#7a3100', background: '#fff7e6', borderColor: '#ffc069' },
  sample: { color: '#3c1187', background: '#f9f0ff', borderColor: '#d3adf7' },
  confirmed: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
} as const;

/** "Tentative", "Sample data" or "Confirmed", as a tag in the page's language. */
export function StatusTag({ status }: { status: keyof typeof TONES }) {
  const { t } = useTranslation('common');
  return <Tag style={TONES[status]}>{t(`labels.${status}`)}</Tag>;
}
