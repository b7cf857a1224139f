import { Fragment, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { todayInWib } from '../../../../contract/dates';
import type { TargetHistory } from '../../../../contract/targets';
import { ErrorState } from '@/components/error-state';
import { Skeleton } from '@/components/skeleton';
import { useUnits } from '@/features/breakdowns/api/get-units';
import { ApiError, apiRefusal } from '@/lib/api-client';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { parseValidationMessage, toFieldErrors, type FieldErrors } from '@/lib/field-errors';
import { useChangeUnitTarget } from '../api/change-unit-target';
import { targetMessages } from '../messages';
import {
  checkUnitForm,
  parseCount,
  searchUnits,
  UNIT_FIELDS,
  unitTargetRows,
  type UnitField,
  type UnitFormValues,
  type UnitTargetRow,
} from '../models/target-form';
import { FormField } from './form-field';

/**
 * Every unit's ASN count and target, searchable; one unit at a time is edited in place, in a row that opens
 * under it, with its effective date and a note.
 */
export function UnitTargets({ history, csrfToken, headingId, onSaved }: {
  history: TargetHistory;
  csrfToken: string | null;
  headingId: string;
  onSaved: (message: string) => void;
}) {
  const { lang } = useT();
  const m = useMessages(targetMessages);
  const units = useUnits();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
  const searchId = useId();
  const captionId = useId();
  const n = (v: number) => formatNumber(v, lang);

  let body;
  if (units.data) {
    const rows = unitTargetRows(units.data.rows, history);
    const shown = searchUnits(rows, query);
    const sum = rows.reduce((a, r) => a + r.asnCount, 0);
    body = (
      <>
        <p className="target-units__sum">
          {m.unitsSum(n(sum), n(history.current.asnCount))} {sum !== history.current.asnCount ? m.unitsSumDiffers : null}
        </p>
        <div className="form-field target-units__search">
          <label htmlFor={searchId}>{m.search}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby={`${searchId}-hint ${searchId}-count`}
            autoComplete="off"
          />
          <p className="form-field__hint" id={`${searchId}-hint`}>
            {m.searchHint}
          </p>
          <p className="target-units__count" id={`${searchId}-count`} role="status">
            {shown.length === 0 ? m.searchNone : m.searchCount(n(shown.length), n(rows.length))}
          </p>
        </div>
        {shown.length > 0 ? (
          <div className="table-scroll target-units__table" role="region" aria-labelledby={captionId} tabIndex={0} style={{ maxHeight: '36rem' }}>
            <table className="table">
              <caption id={captionId} className="table__caption">
                {m.unitsCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{m.columns.unit}</th>
                  <th scope="col" className="num">
                    {m.columns.asn}
                  </th>
                  <th scope="col" className="num">
                    {m.columns.target}
                  </th>
                  <th scope="col">{m.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <Fragment key={row.id}>
                    <tr className={editing === row.id ? 'target-units__row--editing' : undefined}>
                      <th scope="row">
                        {row.name}
                        <span className="cell-note">
                          {m.kinds[row.kind as keyof typeof m.kinds] ?? row.kind} · {m.inKecamatan(row.kecamatan)}
                        </span>
                        {row.changedOn ? <span className="cell-note target-units__changed">{m.changedOn(formatDate(row.changedOn, lang))}</span> : null}
                      </th>
                      <td className="num">{n(row.asnCount)}</td>
                      <td className="num">{n(row.target)}</td>
                      <td>
                        {editing === row.id ? null : (
                          <button type="button" className="button button--quiet" aria-label={m.editUnitFor(row.name)} onClick={() => setEditing(row.id)}>
                            {m.editUnit}
                          </button>
                        )}
                      </td>
                    </tr>
                    {editing === row.id ? (
                      <tr className="target-units__editor-row">
                        <td colSpan={4}>
                          <UnitEditor
                            row={row}
                            ratio={history.current.workersPerAsn}
                            launchDate={history.current.launchDate}
                            csrfToken={csrfToken}
                            onDone={(message) => {
                              setEditing(null);
                              if (message) onSaved(message);
                            }}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </>
    );
  } else if (units.isError && !units.isFetching) {
    body = <ErrorState onRetry={() => void units.refetch()} />;
  } else {
    body = <Skeleton lines={6} />;
  }

  return (
    <section className="panel target-units" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel__title">
        {m.unitsTitle}
      </h3>
      <p className="target-panel__intro">{m.unitsIntro(n(history.current.workersPerAsn))}</p>
      <div className="panel__body">{body}</div>
    </section>
  );
}

function UnitEditor({ row, ratio, launchDate, csrfToken, onDone }: {
  row: UnitTargetRow;
  ratio: number;
  launchDate: string;
  csrfToken: string | null;
  onDone: (message: string | null) => void;
}) {
  const { lang } = useT();
  const m = useMessages(targetMessages);
  const id = useId();
  const change = useChangeUnitTarget();
  const [values, setValues] = useState<UnitFormValues>({ asnCount: String(row.asnCount), effectiveFrom: todayInWib(), note: '' });
  const [errors, setErrors] = useState<FieldErrors<UnitField>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const refs = useRef<Partial<Record<UnitField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const headingId = useId();
  const n = (v: number) => formatNumber(v, lang);

  useEffect(() => {
    refs.current.asnCount?.focus();
    refs.current.asnCount?.select();
  }, []);

  const showErrors = (found: FieldErrors<UnitField>, other: string[]) => {
    setErrors(found);
    setAlert(other[0] ?? null);
    const first = UNIT_FIELDS.find((f) => found[f] !== undefined);
    if (first) refs.current[first]?.focus();
  };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (change.isPending) return;
    setAlert(null);
    const checked = checkUnitForm(values);
    if (!checked.ok) {
      const { fields, other } = toFieldErrors(checked.issues, UNIT_FIELDS, { ...m.errors, asnCount: m.errors.asnCount });
      showErrors(fields, other);
      return;
    }
    setErrors({});
    const input = checked.input;
    change.mutate(
      { unitId: row.id, input, csrfToken },
      {
        onSuccess: () => onDone(m.unitSaved(row.name, n(input.asnCount))),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400) {
            const { fields, other } = toFieldErrors(parseValidationMessage(error.message), UNIT_FIELDS, m.errors);
            showErrors(fields, other);
          } else {
            setAlert(apiRefusal(error) ?? m.failed);
          }
        },
      },
    );
  }

  const field = (name: UnitField) => ({
    id: `${id}-${name}`,
    label: m.unitFields[name],
    value: values[name],
    onValue: (v: string) => {
      setValues((old) => ({ ...old, [name]: v }));
      if (errors[name]) setErrors(({ [name]: _gone, ...rest }) => rest);
    },
    error: errors[name],
    inputRef: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
      refs.current[name] = el;
    },
  });
  const typed = parseCount(values.asnCount);

  return (
    <form className="form target-unit-editor" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <p id={headingId} className="target-unit-editor__title">
        {m.unitEditTitle(row.name)}
      </p>
      <div className="form__alert" role="alert">
        {alert}
      </div>
      <div className="target-unit-editor__fields">
        <FormField {...field('asnCount')} type="text" inputMode="numeric" autoComplete="off" className="target-form__count" />
        <FormField {...field('effectiveFrom')} type="date" max={todayInWib()} hint={m.hints.effectiveFrom(formatDate(launchDate, lang))} className="target-form__date" />
        <FormField {...field('note')} type="text" className="target-unit-editor__note" />
      </div>
      <p className="target-unit-editor__preview" aria-live="polite">
        {Number.isInteger(typed) && typed !== row.asnCount ? m.unitPreview(n(row.asnCount * ratio), n(typed * ratio)) : null}
      </p>
      <div className="target-form__actions">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? m.unitSaving : m.unitSave}
        </button>
        <button type="button" className="button button--quiet" onClick={() => onDone(null)} disabled={change.isPending}>
          {m.unitCancel}
        </button>
      </div>
    </form>
  );
}
