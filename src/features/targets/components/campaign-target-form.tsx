import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { todayInWib } from '../../../../contract/dates';
import type { CampaignTargetInput, TargetHistory } from '../../../../contract/targets';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ApiError, apiRefusal } from '@/lib/api-client';
import { formatDate, formatNumber } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { parseValidationMessage, toFieldErrors, type FieldErrors } from '@/lib/field-errors';
import { useChangeCampaignTarget } from '../api/change-campaign-target';
import { targetMessages } from '../messages';
import {
  CAMPAIGN_FIELDS,
  checkCampaignForm,
  describeCampaignChange,
  type CampaignField,
  type CampaignFormValues,
} from '../models/target-form';
import { FormField } from './form-field';

const initialValues = (current: TargetHistory['current'], lang: 'id' | 'en'): CampaignFormValues => ({
  asnCount: formatNumber(current.asnCount, lang),
  workersPerAsn: String(current.workersPerAsn),
  deadline: current.deadline,
  effectiveFrom: todayInWib(),
  note: '',
});

/**
 * The campaign's ASN count, workers per ASN, deadline, effective date and a note. Checked with the contract's
 * schema, then a confirmation shows before → after and that the change is marked on every chart; only then is
 * it sent. What the server still refuses lands next to its field.
 */
export function CampaignTargetForm({ history, csrfToken, onSaved }: { history: TargetHistory; csrfToken: string | null; onSaved: (message: string) => void }) {
  const { lang } = useT();
  const m = useMessages(targetMessages);
  const id = useId();
  const change = useChangeCampaignTarget();
  const [values, setValues] = useState<CampaignFormValues>(() => initialValues(history.current, lang));
  const [errors, setErrors] = useState<FieldErrors<CampaignField>>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [pendingInput, setPendingInput] = useState<CampaignTargetInput | null>(null);
  const refs = useRef<Partial<Record<CampaignField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const bodyId = useId();
  const focusAfterClose = useRef<CampaignField | null>(null);

  const focusFirst = (found: FieldErrors<CampaignField>) => CAMPAIGN_FIELDS.find((f) => found[f] !== undefined) ?? null;

  useEffect(() => {
    // After the dialog closed on a refusal, the focus goes to the field the server named.
    if (pendingInput === null && focusAfterClose.current) {
      refs.current[focusAfterClose.current]?.focus();
      focusAfterClose.current = null;
    }
  }, [pendingInput]);

  function set(field: CampaignField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  }

  function review(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setAlert(null);
    const checked = checkCampaignForm(values);
    if (!checked.ok) {
      const { fields, other } = toFieldErrors(checked.issues, CAMPAIGN_FIELDS, m.errors);
      setErrors(fields);
      setAlert(other[0] ?? null);
      const first = focusFirst(fields);
      if (first) refs.current[first]?.focus();
      return;
    }
    setErrors({});
    if (describeCampaignChange(history.current, checked.input).nothingChanged) {
      setAlert(m.nothingChanged);
      return;
    }
    change.reset();
    setPendingInput(checked.input);
  }

  function confirm() {
    if (!pendingInput) return;
    const input = pendingInput;
    change.mutate(
      { input, csrfToken },
      {
        onSuccess: (next) => {
          setPendingInput(null);
          setValues(initialValues(next.current, lang));
          onSaved(m.saved(formatNumber(next.current.target, lang)));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400) {
            const { fields, other } = toFieldErrors(parseValidationMessage(error.message), CAMPAIGN_FIELDS, m.errors);
            setErrors(fields);
            setAlert(other[0] ?? null);
            focusAfterClose.current = focusFirst(fields);
            setPendingInput(null);
          }
        },
      },
    );
  }

  const field = (name: CampaignField) => ({
    id: `${id}-${name}`,
    label: m.fields[name],
    value: values[name],
    onValue: (v: string) => set(name, v),
    error: errors[name],
    inputRef: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
      refs.current[name] = el;
    },
  });

  const n = (v: number) => formatNumber(v, lang);
  const d = (v: string) => formatDate(v, lang);
  const described = pendingInput ? describeCampaignChange(history.current, pendingInput) : null;
  const refusal = change.error && !(change.error instanceof ApiError && change.error.status === 400) ? (apiRefusal(change.error) ?? m.failed) : null;

  return (
    <>
      <form className="form target-form" onSubmit={review} noValidate>
        <div className="form__alert" role="alert">
          {alert}
        </div>
        <FormField {...field('asnCount')} type="text" inputMode="numeric" autoComplete="off" hint={m.hints.asnCount} className="target-form__count" />
        <FormField {...field('workersPerAsn')} type="text" inputMode="numeric" autoComplete="off" hint={m.hints.workersPerAsn} className="target-form__count" />
        <FormField {...field('deadline')} type="date" className="target-form__date" />
        <FormField {...field('effectiveFrom')} type="date" max={todayInWib()} hint={m.hints.effectiveFrom(d(history.current.launchDate))} className="target-form__date" />
        <FormField {...field('note')} multiline hint={m.hints.note} className="target-form__note" />
        <div className="target-form__actions">
          <button type="submit" className="button button--primary button--large">
            {m.review}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={described !== null}
        pending={change.isPending}
        className="target-dialog"
        title={m.confirmTitle}
        body={
          described && pendingInput ? (
            <>
              <dl className="target-diff">
                <DiffRow label={m.confirmTarget} before={`${n(described.before.target)}`} after={`${n(described.after.target)}`} unchanged={m.unchanged} strong />
                <DiffRow label={m.confirmAsn} before={n(described.before.asnCount)} after={n(described.after.asnCount)} unchanged={m.unchanged} />
                <DiffRow label={m.confirmRatio} before={n(described.before.workersPerAsn)} after={n(described.after.workersPerAsn)} unchanged={m.unchanged} />
                <DiffRow label={m.confirmDeadline} before={d(described.before.deadline)} after={d(described.after.deadline)} unchanged={m.unchanged} />
                <div className="target-diff__row">
                  <dt>{m.confirmFrom}</dt>
                  <dd>{d(pendingInput.effectiveFrom)}</dd>
                </div>
                {pendingInput.note ? (
                  <div className="target-diff__row">
                    <dt>{m.confirmNote}</dt>
                    <dd className="target-diff__note">{pendingInput.note}</dd>
                  </div>
                ) : null}
              </dl>
              <p id={bodyId} className="target-diff__marked">
                {m.confirmMarked(d(pendingInput.effectiveFrom))}
              </p>
            </>
          ) : null
        }
        describedBy={bodyId}
        error={refusal}
        keepLabel={m.confirmBack}
        confirmLabel={m.confirmSave}
        pendingLabel={m.confirmSaving}
        tone="primary"
        onConfirm={confirm}
        onClose={() => setPendingInput(null)}
      />
    </>
  );
}

function DiffRow({ label, before, after, unchanged, strong }: { label: string; before: string; after: string; unchanged: string; strong?: boolean }) {
  const m = useMessages(targetMessages);
  const same = before === after;
  return (
    <div className={`target-diff__row${strong ? ' target-diff__row--strong' : ''}${same ? ' target-diff__row--same' : ''}`}>
      <dt>{label}</dt>
      <dd>
        {same ? (
          <>
            {after} <span className="target-diff__same">({unchanged})</span>
          </>
        ) : (
          <>
            <span className="target-diff__before">{before}</span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> {m.becomes} </span>
            <span className="target-diff__after">{after}</span>
          </>
        )}
      </dd>
    </div>
  );
}
