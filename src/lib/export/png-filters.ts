import type { ExportFilter } from './png-text';

/**
 * The view state an exported image should name, read from the controls the page shows (each a rendering of a URL
 * parameter, see src/lib/url-state.ts): segmented controls and radio groups (legend + checked option), tab lists
 * (label + selected tab) and selects (label + selected option). Reading the controls rather than the URL gives the
 * labels in the page's language and only the parameters this view actually uses.
 */

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function radioGroupFilter(fieldset: HTMLFieldSetElement): ExportFilter | null {
  const checked = fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  if (!checked) return null;
  const label = clean(fieldset.querySelector('legend')?.textContent);
  const value = clean(labelText(checked.labels?.[0]) ?? checked.getAttribute('aria-label') ?? checked.value);
  return value ? { label, value } : null;
}

function tabListFilter(list: Element): ExportFilter | null {
  const selected = list.querySelector('[role="tab"][aria-selected="true"]');
  if (!selected) return null;
  const labelledBy = list.getAttribute('aria-labelledby');
  const label = clean(list.getAttribute('aria-label') ?? (labelledBy ? list.ownerDocument.getElementById(labelledBy)?.textContent : ''));
  return { label, value: clean(selected.textContent) };
}

/** A <label>'s own words, without the text of a control it wraps (a select's options). */
function labelText(label: HTMLLabelElement | undefined): string | null {
  if (!label) return null;
  const copy = label.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('select, input, textarea, button').forEach((el) => el.remove());
  return copy.textContent;
}

function selectFilter(select: HTMLSelectElement): ExportFilter | null {
  const option = select.selectedOptions[0];
  if (!option) return null;
  const label = clean(labelText(select.labels?.[0]) ?? select.getAttribute('aria-label'));
  return { label, value: clean(option.textContent) };
}

/** Every control under `root`, in document order; `skip` leaves out controls inside matching elements. */
export function controlFilters(root: ParentNode, skip?: (control: Element) => boolean): ExportFilter[] {
  const filters: ExportFilter[] = [];
  for (const control of root.querySelectorAll('fieldset, [role="tablist"], select')) {
    if (skip?.(control)) continue;
    const filter =
      control instanceof HTMLFieldSetElement ? radioGroupFilter(control)
      : control instanceof HTMLSelectElement ? selectFilter(control)
      : tabListFilter(control);
    if (filter) filters.push(filter);
  }
  return filters;
}

const PANEL = '.panel';

/**
 * A chart's filters: its own panel's controls, then the page-level ones (outside every panel, like the metric on
 * /peringkat). Another panel's controls do not change this chart, so they are left out.
 */
export function chartFilters(panel: Element, main: Element | null): ExportFilter[] {
  const own = controlFilters(panel);
  const page = main ? controlFilters(main, (c) => c.closest(PANEL) !== null) : [];
  return [...own, ...page];
}

/** A whole view's filters: every control in it. */
export function viewFilters(main: Element): ExportFilter[] {
  return controlFilters(main);
}
