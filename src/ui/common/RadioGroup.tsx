// A fieldset of radio buttons with a visible legend: one choice among a fixed
// list of values (Tab reaches the group, arrow keys move within it).
export function RadioGroup<T extends string | number>({
  className,
  legend,
  name,
  values,
  label,
  value,
  onChange,
  disabled,
}: {
  className: string;
  legend: string;
  name: string;
  values: readonly T[];
  label: (value: T) => string;
  value: T;
  onChange: (value: T) => void;
  disabled?: (value: T) => boolean;
}) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <label key={v}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            disabled={disabled?.(v)}
            onChange={() => onChange(v)}
          />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}
