import type { EnterpriseInput, EnterpriseInputSchema } from '@fhk/contracts';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import { ReactNode } from 'react';
import { Controller, FieldError, Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

type FormInput = z.input<typeof EnterpriseInputSchema>;

/**
 * Validates with the enterprise-profiles service's own schema (@fhk/contracts). zod and the schema
 * are loaded on the first validation, not with the page, to keep the first load small.
 */
const enterpriseResolver: Resolver<FormInput, unknown, EnterpriseInput> = async (values, context, options) => {
  const { enterpriseSchemaResolver } = await import('./enterprise-resolver');
  return enterpriseSchemaResolver(values, context, options);
};

export const EMPTY_ENTERPRISE: FormInput = { name: '', city: '', industry: '', products: '', needs: '', markets: '', employees: null };

const TEXT_FIELDS = [
  { name: 'industry', rows: 1 },
  { name: 'products', rows: 2 },
  { name: 'needs', rows: 3 },
  { name: 'markets', rows: 1 },
] as const;

/** A zod issue as a sentence of the catalogue (the schema's own messages are English). */
function useFieldError() {
  const { t } = useTranslation();
  return (error: FieldError | undefined): string | undefined => {
    if (!error) return undefined;
    if (error.type === 'too_small') return t('form.errors.required');
    if (error.type === 'too_big') return t('form.errors.tooLong');
    if (error.type === 'invalid_type') return t('form.errors.number');
    return t('form.errors.invalid');
  };
}

export interface EnterpriseFormProps {
  defaultValues?: FormInput;
  /** Show the outreach consent and its notice (the saved profile). */
  withConsent?: boolean;
  submitLabel: string;
  submitting?: boolean;
  onSubmit: (input: EnterpriseInput) => void;
  /** More buttons beside submit (fill in an example, reset). */
  extra?: (fill: (values: FormInput) => void) => ReactNode;
}

/** The firm's own words, validated with the same schema the enterprise-profiles service uses. */
export function EnterpriseForm({ defaultValues = EMPTY_ENTERPRISE, withConsent, submitLabel, submitting, onSubmit, extra }: EnterpriseFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { control, handleSubmit, reset, formState } = useForm<FormInput, unknown, EnterpriseInput>({
    resolver: enterpriseResolver,
    defaultValues,
  });
  const item = (name: keyof FormInput, children: ReactNode, required = false) => {
    const error = fieldError(formState.errors[name] as FieldError | undefined);
    return (
      <Form.Item label={t(`form.fields.${name}.label`)} htmlFor={`enterprise-${name}`} required={required} validateStatus={error ? 'error' : undefined} help={error ?? t(`form.fields.${name}.help`)}>
        {children}
      </Form.Item>
    );
  };
  return (
    <Form layout="vertical" onFinish={() => void handleSubmit(onSubmit)()} requiredMark>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {item('name', <Controller name="name" control={control} render={({ field }) => <Input id="enterprise-name" {...field} autoComplete="organization" />} />, true)}
        </Col>
        <Col xs={24} md={12}>
          {item('city', <Controller name="city" control={control} render={({ field }) => <Input id="enterprise-city" {...field} autoComplete="address-level2" />} />, true)}
        </Col>
      </Row>
      {TEXT_FIELDS.map(({ name, rows }) => (
        <div key={name}>
          {item(
            name,
            <Controller
              name={name}
              control={control}
              render={({ field }) => <Input.TextArea id={`enterprise-${name}`} {...field} value={field.value ?? ''} autoSize={{ minRows: rows, maxRows: 8 }} />}
            />,
          )}
        </div>
      ))}
      {item(
        'employees',
        <Controller
          name="employees"
          control={control}
          render={({ field }) => (
            <InputNumber id="enterprise-employees" min={1} max={10_000_000} precision={0} value={field.value ?? null} onChange={(v) => field.onChange(v ?? null)} onBlur={field.onBlur} style={{ width: 200 }} />
          )}
        />,
      )}
      {withConsent && (
        <Form.Item>
          <Controller
            name="outreachConsent"
            control={control}
            render={({ field }) => (
              <Checkbox id="enterprise-outreachConsent" checked={Boolean(field.value)} onChange={(e) => field.onChange(e.target.checked)}>
                {t('form.fields.outreachConsent.label')}
              </Checkbox>
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('form.fields.outreachConsent.notice')}
          </Typography.Paragraph>
        </Form.Item>
      )}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        {extra?.((values) => reset(values))}
      </Space>
    </Form>
  );
}
