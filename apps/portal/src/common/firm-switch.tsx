import { Space } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MyFirm, setMyEnterpriseId } from './my-enterprise';

/** "Your firm": which of the signed-in user's firms the page shows (only when there is more than one). */
export function FirmSwitch({ firm }: { firm: MyFirm }) {
  const { t } = useTranslation();
  const id = useId();
  if (firm.firms.length < 2 || !firm.id) return null;
  return (
    <Space wrap>
      <label htmlFor={id}>{t('firm.switch')}</label>
      <select id={id} value={firm.id} onChange={(e) => setMyEnterpriseId(e.target.value)} style={{ minHeight: 32, maxWidth: '100%', padding: '4px 8px', borderRadius: 6, border: '1px solid #767676', background: '#fff' }}>
        {firm.firms.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
    </Space>
  );
}
