import { useAuth } from '@fhk/web/auth';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Sign-in or the signed-in user with sign-out; nothing while no issuer answers (anonymous use). */
export function AccountButton() {
  const { t } = useTranslation('common');
  const auth = useAuth();
  if (auth.status === 'probing' || auth.status === 'unavailable') return null;
  if (auth.status === 'signed-in') {
    return (
      <Space size="small" wrap>
        <Typography.Text>{t('auth.signedInAs', { name: auth.userName })}</Typography.Text>
        <Button onClick={() => void auth.signOut()}>{t('auth.signOut')}</Button>
      </Space>
    );
  }
  return (
    <Button type="primary" onClick={() => void auth.signIn()}>
      {t('auth.signIn')}
    </Button>
  );
}
