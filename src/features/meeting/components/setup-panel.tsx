import { useId, useMemo, useState } from 'react';
import type { UnitRow } from '../../../../contract/breakdowns';
import { ModalDialog } from '@/components/confirm-dialog';
import { matchUnits } from '@/features/units/models/unit-search';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { meetingMessages } from '../messages';
import { MAX_DECK_UNITS, THEMES, type DeckSettings } from '../models/deck-params';
import { deckSlides, SLIDE_IDS, toggleSlide } from '../models/slides';
import { LEADERBOARD_TOP } from '../models/unit-filter';

/** Intervals offered; a link may carry any other whole number of seconds, which is then offered too. */
const INTERVALS = [0, 10, 15, 20, 30, 45, 60, 90, 120] as const;

interface SetupPanelProps {
  open: boolean;
  started: boolean;
  settings: DeckSettings;
  units: readonly UnitRow[] | undefined;
  deckLink: string;
  onChange: (change: Partial<DeckSettings>) => void;
  onClose: () => void;
}

/**
 * Before the meeting (and on `s` during it): which slides, which units, theme and auto-advance. Every
 * change is written to the address at once, so the link copied at the end reproduces the deck.
 */
export function SetupPanel({ open, started, settings, units, deckLink, onChange, onClose }: SetupPanelProps) {
  const m = useMessages(meetingMessages);
  const titleId = useId();
  const introId = useId();
  return (
    <ModalDialog open={open} pending={false} labelledBy={titleId} describedBy={introId} className="deck-setup" onClose={onClose}>
      <form
        method="dialog"
        className="deck-setup__form"
        onSubmit={(event) => {
          event.preventDefault();
          onClose();
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {m.setupTitle}
        </h2>
        <p id={introId} className="deck-setup__intro">
          {m.setupIntro}
        </p>
        <div className="deck-setup__columns">
          <div className="deck-setup__column">
            <SlideChoice settings={settings} onChange={onChange} />
            <DisplayChoice settings={settings} onChange={onChange} />
          </div>
          <UnitChoice settings={settings} units={units} onChange={onChange} />
        </div>
        <CopyDeckLink link={deckLink} />
        <div className="dialog__actions">
          <button type="submit" className="button button--primary button--large">
            {started ? m.backToDeck : m.start}
          </button>
        </div>
        <KeyHelp />
      </form>
    </ModalDialog>
  );
}

function SlideChoice({ settings, onChange }: Pick<SetupPanelProps, 'settings' | 'onChange'>) {
  const m = useMessages(meetingMessages);
  const shown = deckSlides(settings.slides);
  const hintId = useId();
  return (
    <fieldset className="deck-setup__group">
      <legend>{m.slidesLegend}</legend>
      <ul className="deck-setup__checks" role="list">
        {SLIDE_IDS.map((id, i) => {
          const checked = shown.includes(id);
          const only = checked && shown.length === 1;
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={checked}
                  aria-describedby={only ? hintId : undefined}
                  onChange={() => onChange({ slides: toggleSlide(settings.slides, id) })}
                />
                <span>
                  {i + 1}. {m.slideNames[id]}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p id={hintId} className="deck-setup__hint">
        {m.lastSlideHint}
      </p>
    </fieldset>
  );
}

function DisplayChoice({ settings, onChange }: Pick<SetupPanelProps, 'settings' | 'onChange'>) {
  const m = useMessages(meetingMessages);
  const { lang } = useT();
  const intervalId = useId();
  const intervals: number[] = INTERVALS.includes(settings.intervalSeconds as (typeof INTERVALS)[number])
    ? [...INTERVALS]
    : [...INTERVALS, settings.intervalSeconds].sort((a, b) => a - b);
  return (
    <>
      <fieldset className="deck-setup__group">
        <legend>{m.themeLegend}</legend>
        <div className="deck-setup__radios">
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name="tema" value={theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
              <span>{m.themes[theme]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="deck-setup__group">
        <label htmlFor={intervalId} className="deck-setup__label">
          {m.intervalLabel}
        </label>
        <select
          id={intervalId}
          className="deck-setup__select"
          value={settings.intervalSeconds}
          onChange={(event) => onChange({ intervalSeconds: Number(event.target.value) })}
        >
          {intervals.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === 0 ? m.intervalOff : m.intervalEvery(formatNumber(seconds, lang))}
            </option>
          ))}
        </select>
        <label className="deck-setup__check">
          <input type="checkbox" checked={settings.loop} onChange={(event) => onChange({ loop: event.target.checked })} />
          <span>{m.loopLabel}</span>
        </label>
      </div>
    </>
  );
}

function UnitChoice({ settings, units, onChange }: Pick<SetupPanelProps, 'settings' | 'units' | 'onChange'>) {
  const m = useMessages(meetingMessages);
  const { t, lang } = useT();
  const n = (value: number) => formatNumber(value, lang);
  const [text, setText] = useState('');
  const searchId = useId();
  const countId = useId();
  const chosen = settings.units;
  const full = chosen.length >= MAX_DECK_UNITS;
  const matches = useMemo(() => (units ? matchUnits(units, text, (u) => t.unitKinds[u.kind]) : []), [units, text, t]);
  // The chosen units first, so they never scroll out of sight.
  const listed = useMemo(() => {
    const picked = matches.filter((u) => chosen.includes(u.id));
    return [...picked, ...matches.filter((u) => !chosen.includes(u.id))];
  }, [matches, chosen]);
  const toggle = (id: number) => onChange({ units: chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id] });
  const opdIds = units?.filter((u) => u.kind === 'opd').map((u) => u.id) ?? [];

  return (
    <fieldset className="deck-setup__group deck-setup__units">
      <legend>{m.unitsLegend}</legend>
      <p className="deck-setup__hint">{m.unitsHint(n(LEADERBOARD_TOP))}</p>
      <div className="deck-setup__unit-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!units || opdIds.length === 0}
          onClick={() => onChange({ units: opdIds.slice(0, MAX_DECK_UNITS) })}
        >
          {m.chooseOpd}
        </button>
        <button type="button" className="button button--quiet" disabled={chosen.length === 0} onClick={() => onChange({ units: [] })}>
          {m.clearUnits}
        </button>
      </div>
      <label htmlFor={searchId} className="deck-setup__label">
        {m.unitsSearch}
      </label>
      <input
        id={searchId}
        type="search"
        className="deck-setup__search"
        value={text}
        autoComplete="off"
        aria-describedby={countId}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={countId} className="deck-setup__hint" aria-live="polite">
        {m.unitsChosen(n(chosen.length), n(MAX_DECK_UNITS))}
      </p>
      {units === undefined ? (
        <p className="deck-setup__hint">{m.unitsLoading}</p>
      ) : listed.length === 0 ? (
        <p className="deck-setup__hint">{m.noUnitMatch}</p>
      ) : (
        <ul className="deck-setup__unit-list" role="list">
          {listed.map((unit) => {
            const checked = chosen.includes(unit.id);
            return (
              <li key={unit.id}>
                <label>
                  <input type="checkbox" checked={checked} disabled={!checked && full} onChange={() => toggle(unit.id)} />
                  <span className="deck-setup__unit-name">{unit.name}</span>
                  <span className="deck-setup__unit-note">
                    {t.unitKinds[unit.kind]} · {formatPercent(unit.progress, lang)}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function CopyDeckLink({ link }: { link: string }) {
  const m = useMessages(meetingMessages);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fieldId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="deck-setup__copy">
      <button type="button" className="button button--secondary button--large" onClick={() => void copy()}>
        {m.copyLink}
      </button>
      <p role="status" className="deck-setup__copy-status">
        {state === 'copied' ? m.copied : state === 'failed' ? m.copyFallback : ''}
      </p>
      {state === 'failed' ? (
        <>
          <label htmlFor={fieldId} className="visually-hidden">
            {m.deckLinkLabel}
          </label>
          <input id={fieldId} className="deck-setup__link" readOnly value={link} onFocus={(event) => event.target.select()} />
        </>
      ) : null}
    </div>
  );
}

function KeyHelp() {
  const m = useMessages(meetingMessages);
  return (
    <details className="deck-setup__keys">
      <summary>{m.keysTitle}</summary>
      <dl>
        {m.keys.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
