import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_TONES } from '../theme/theme';


/** "Tentative", "Sample data" or "Confirmed", as a tag in the page's language. */
export function StatusTag({ status }: { status: keyof typeof STATUS_TONES }) {
  const { t } = useTranslation('common');
  return <Tag style={STATUS_TONES[status]}>{t(`labels.${status}`)}</Tag>;
}
