import { ApiError } from '@fhk/web/api-client';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** A failed request as the API explained it: status, message and each field's reason. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  const apiError = error instanceof ApiError ? error : null;
  const title = !apiError || apiError.status === 0 ? t('errors.network') : t('errors.api', { status: apiError.status, message: apiError.message });
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        apiError && apiError.issues.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {apiError.issues.map((issue) => (
              <li key={`${issue.field}:${issue.reason}`}>{t('errors.field', { field: issue.field, reason: issue.reason })}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={onRetry ? <Button onClick={onRetry}>{t('errors.retry')}</Button> : undefined}
    />
  );
}
