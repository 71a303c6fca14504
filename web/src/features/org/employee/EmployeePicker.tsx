import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { useDebouncedValue } from '../../../shared/hooks/useDebouncedValue';
import { Button } from '../../../shared/ui/Button';
import { Loading } from '../../../shared/ui/feedback';
import { Nip } from '../../../shared/ui/Nip';

const EmployeePickerSearchDocument = graphql(`
  query EmployeePickerSearch($query: String!) {
    employeeSearch(query: $query, first: 8) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          nip
          position {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface PickedEmployee {
  id: string;
  name: string;
  nip: string;
}

interface Props {
  label: string;
  value: PickedEmployee | null;
  onChange: (employee: PickedEmployee | null) => void;
  error?: string | undefined;
  /** An employee who may not be picked (for example the employee being edited). */
  excludeId?: string;
}

/** Finds an employee by name or NIP (at least 2 characters) and picks one. */
export function EmployeePicker({ label, value, onChange, error, excludeId }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebouncedValue(text.trim(), 250);
  const { data, loading } = useQuery(EmployeePickerSearchDocument, { variables: { query }, skip: query.length < 2 || !!value });
  const results = (data?.employeeSearch.edges ?? []).map((e) => e.node).filter((n) => n.id !== excludeId);

  if (value) {
    return (
      <div className="field">
        <span className="field__label">{label}</span>
        <div className="row">
          <span>
            <strong>{value.name}</strong> <span className="small muted">NIP <Nip value={value.nip} /></span>
          </span>
          <Button small variant="ghost" onClick={() => onChange(null)}>
            Ganti
          </Button>
        </div>
        {error && <span className="field__error">{error}</span>}
      </div>
    );
  }
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Ketik nama atau NIP"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
      />
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
      {query.length >= 2 && (
        <div aria-live="polite">
          {loading && !data ? (
            <Loading label="Mencari…" />
          ) : results.length === 0 ? (
            <p className="small muted">Tidak ada pegawai yang cocok dengan “{query}”.</p>
          ) : (
            <ul className="list" aria-label="Hasil pencarian pegawai">
              {results.map((e) => (
                <li key={e.id}>
                  <button type="button" className="btn btn--ghost" style={{ width: '100%', justifyContent: 'flex-start', textAlign: 'left' }} onClick={() => onChange(e)}>
                    <span>
                      {e.name}
                      <br />
                      <span className="small muted">
                        <Nip value={e.nip} /> · {e.position?.name ?? 'tanpa jabatan'}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
