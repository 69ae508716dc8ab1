import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../format/format';
import { switchLanguage } from '../i18n/i18n';

/** Bahasa Indonesia or English; each language is named in itself. */
export function LanguageSelect(props: Omit<SelectProps, 'data' | 'value' | 'onChange'>) {
  const { i18n } = useTranslation();
  return (
    <Select
      {...props}
      allowDeselect={false}
      value={i18n.language}
      onChange={(value) => value && void switchLanguage(value as Language)}
      data={[
        { value: 'id', label: 'Bahasa Indonesia' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
