import { useAuth } from '@fhk/web/auth';
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown where a page needs the firm's sign-in (the platform signs firms in and this visitor has not). */
export function SignInPrompt() {
  const { t } = useTranslation();
  const auth = useAuth();
  return (
    <Empty description={t('firm.signInNeeded')}>
      <Button type="primary" onClick={() => void auth.signIn()}>
        {t('firm.signIn')}
      </Button>
    </Empty>
  );
}
