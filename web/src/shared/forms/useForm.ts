import { useCallback, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { mapUserErrors } from './userErrors';
import type { FieldErrors, MapOptions, UserErrorLike } from './userErrors';
import { errorText } from './errorText';

/**
 * Form state for one mutation: values, per-field errors from `userErrors`, form-level
 * errors (including network failures) and the submitting flag. `submit` receives the
 * values and returns the payload's `userErrors`; an empty list means success.
 */
export interface UseFormOptions<V extends Record<string, string | boolean>> {
  initial: V;
  submit: (values: V) => Promise<readonly UserErrorLike[] | null | undefined>;
  onSuccess?: () => void;
  map?: MapOptions<Extract<keyof V, string>>;
}

type Field<V> = Extract<keyof V, string>;

export function useForm<V extends Record<string, string | boolean>>(options: UseFormOptions<V>) {
  const { initial, submit, onSuccess, map } = options;
  const [values, setValues] = useState<V>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field<V>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  const setValue = useCallback(<K extends Field<V>>(name: K, value: V[K]) => {
    setValues((prev) => ({ ...prev, [name]: value }));
    setFieldErrors((prev) => (prev[name] ? { ...prev, [name]: undefined } : prev));
  }, []);

  /** Props for a text-like input bound to `name`. */
  const bind = (name: Field<V>) => ({
    name,
    value: String(values[name] ?? ''),
    error: fieldErrors[name],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValue(name, e.target.value as V[typeof name]),
  });

  const onSubmit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setFormErrors([]);
    try {
      const errors = await submit(values);
      const mapped = mapUserErrors(errors, Object.keys(values) as Field<V>[], map);
      setFieldErrors(mapped.fieldErrors);
      setFormErrors(mapped.formErrors);
      if (!errors || errors.length === 0) onSuccess?.();
    } catch (err) {
      setFormErrors([errorText(err)]);
    } finally {
      setSubmitting(false);
    }
  };

  return { values, setValue, bind, fieldErrors, formErrors, submitting, onSubmit, setValues };
}

export { errorText } from './errorText';
