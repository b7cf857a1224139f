/**
 * The name of the page on screen, for a whole-view image or the print heading: the current item of the site
 * navigation ("Unit kerja"), then the page's own title when it has one outside the sections ("SD Negeri 1 Klaten").
 */
export function pageTitleFromDom(doc: Document): string {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nav = clean(doc.querySelector('.site-nav [aria-current="page"]')?.textContent);
  const main = doc.getElementById('main');
  const heading = main ? [...main.querySelectorAll('h2')].find((h) => h.closest('section') === null) : undefined;
  const own = clean(heading?.textContent);
  // "Cakupan" and "Cakupan berkelanjutan": the page's own title says it all.
  if (nav && own.toLowerCase().startsWith(nav.toLowerCase())) return own;
  const parts = [nav, own].filter(Boolean);
  return parts.join(' · ') || clean(doc.title);
}
