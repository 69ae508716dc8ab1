import { NumberInput, type NumberInputProps } from '@mantine/core';

/** An amount in Rupiah, typed and shown as `Rp 25.000.000` (whole Rupiah, required). */
export function RupiahInput(props: NumberInputProps) {
  return (
    <NumberInput
      prefix="Rp "
      thousandSeparator="."
      decimalSeparator=","
      decimalScale={0}
      min={1}
      required
      {...props}
    />
  );
}
