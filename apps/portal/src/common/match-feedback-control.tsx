import { MATCH_FEEDBACK_REASONS } from '@fhk/contracts';
import { MatchFeedbackReason } from '@fhk/web/api-client';
import { DislikeOutlined, DownOutlined, LikeOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The reasons for "not a fit", in the contracts' order (a value import: this chunk loads with My matches, not first). */
const NOT_A_FIT = MATCH_FEEDBACK_REASONS.filter((reason) => reason !== 'useful');

export interface MatchFeedbackControlProps {
  title: string;
  /** The reason the firm gave last for this result, if any. */
  given?: MatchFeedbackReason;
  sending: boolean;
  onGive: (reason: MatchFeedbackReason) => void;
}

/** "Useful" or "not a fit, because …" on one match; the list is re-ranked once the matcher has it. */
export function MatchFeedbackControl({ title, given, sending, onGive }: MatchFeedbackControlProps) {
  const { t } = useTranslation();
  return (
    <Flex role="group" aria-label={t('feedback.groupLabel', { title })} gap={8} wrap align="center" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
      <Typography.Text type="secondary">{t('feedback.prompt')}</Typography.Text>
      <Button size="small" type={given === 'useful' ? 'primary' : 'default'} icon={<LikeOutlined />} aria-pressed={given === 'useful'} disabled={sending} onClick={() => onGive('useful')}>
        {t('feedback.useful')}
      </Button>
      <Dropdown
        trigger={['click']}
        disabled={sending}
        menu={{
          items: NOT_A_FIT.map((reason) => ({ key: reason, label: t(`feedback.reasons.${reason}`) })),
          onClick: ({ key }) => onGive(key as MatchFeedbackReason),
        }}
      >
        <Button size="small" icon={<DislikeOutlined />} loading={sending}>
          {t('feedback.notAFit')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
    </Flex>
  );
}
