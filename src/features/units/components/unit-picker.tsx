import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { UnitRow } from '../../../../contract/breakdowns';
import { formatNumber, formatPercent } from '@/lib/format';
import { useMessages } from '@/lib/i18n/define-messages';
import { useT } from '@/lib/i18n/use-t';
import { unitsMessages } from '../messages';
import { SERIES_STYLES } from '../models/compare-model';
import { matchUnits } from '../models/unit-search';
import { SeriesSwatch } from './series-swatch';

interface UnitPickerProps {
  units: readonly UnitRow[];
  selectedIds: readonly number[];
  max: number;
  onAdd: (id: number) => void;
  onRemove: (id: number) => void;
}

/**
 * The units being compared, each removable, and a searchable list to add more: a WAI-ARIA combobox
 * (type to filter, arrows to move, Enter to add, Esc to close), so it works without a mouse.
 */
export function UnitPicker({ units, selectedIds, max, onAdd, onRemove }: UnitPickerProps) {
  const m = useMessages(unitsMessages);
  const { t, lang } = useT();
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');

  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  const selected = selectedIds.map((id) => byId.get(id)).filter((u): u is UnitRow => u !== undefined);
  const full = selectedIds.length >= max;
  const options = useMemo(
    () => matchUnits(units, text, (u) => t.unitKinds[u.kind]).filter((u) => !selectedIds.includes(u.id)),
    [units, text, selectedIds, t],
  );
  const activeIndex = Math.min(active, options.length - 1);
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const listId = `${baseId}-list`;
  const hintId = `${baseId}-hint`;
  const expanded = open && !full;
  const hasOptions = options.length > 0;

  function add(unit: UnitRow) {
    onAdd(unit.id);
    setAnnouncement(m.addedNotice(unit.name));
    setText('');
    setActive(0);
    setOpen(false);
    inputRef.current?.focus();
  }

  function remove(unit: UnitRow) {
    onRemove(unit.id);
    setAnnouncement(m.removedNotice(unit.name));
    // The button goes away with the unit; the search field is the natural next place.
    inputRef.current?.focus();
  }

  function move(to: number) {
    const next = Math.max(0, Math.min(options.length - 1, to));
    setActive(next);
    setOpen(true);
    const el = listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(optionId(next))}`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else move(activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) move(activeIndex - 1);
        break;
      case 'Enter': {
        const unit = expanded ? options[activeIndex] : undefined;
        if (unit) {
          event.preventDefault();
          add(unit);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          setOpen(false);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
    }
  }

  return (
    <div className="picker">
      <h3 className="picker__title" id={`${baseId}-selected`}>
        {m.selectedLabel}
      </h3>
      <ul className="picker__chips" role="list" aria-labelledby={`${baseId}-selected`}>
        {selected.map((unit, i) => (
          <li key={unit.id} className="picker__chip">
            <SeriesSwatch style={SERIES_STYLES[i % SERIES_STYLES.length]!} />
            <span className="picker__chip-name">{unit.name}</span>
            <button type="button" className="picker__remove" aria-label={m.removeUnit(unit.name)} onClick={() => remove(unit)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>

      <div className="picker__field">
        <label htmlFor={`${baseId}-input`} className="picker__label">
          {m.pickerLabel}
        </label>
        <div className="picker__combo">
          <input
            ref={inputRef}
            id={`${baseId}-input`}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            className="picker__input"
            placeholder={m.pickerPlaceholder}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && hasOptions ? optionId(activeIndex) : undefined}
            aria-describedby={hintId}
            disabled={full}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(false)}
            onBlur={() => setOpen(false)}
            onClick={() => setOpen(true)}
          />
          <ul
            ref={listRef}
            id={listId}
            role="listbox"
            aria-label={m.pickerLabel}
            className="picker__list"
            hidden={!expanded || !hasOptions}
          >
            {expanded
              ? options.map((unit, i) => (
                  <li
                    key={unit.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === activeIndex}
                    className={i === activeIndex ? 'picker__option is-active' : 'picker__option'}
                    // Keep the focus in the field: a click adds without blurring it first.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => add(unit)}
                  >
                    <span className="picker__option-name">{unit.name}</span>
                    <span className="picker__option-note">
                      {m.pickerOptionNote(t.unitKinds[unit.kind], unit.kecamatan, formatPercent(unit.progress, lang))}
                    </span>
                  </li>
                ))
              : null}
          </ul>
          {expanded && !hasOptions ? <p className="picker__empty">{m.pickerNoMatch}</p> : null}
        </div>
        <p id={hintId} className="picker__hint">
          {full ? m.pickerFull(formatNumber(max, lang)) : m.pickerHint}
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
