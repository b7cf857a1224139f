import { createHash } from 'node:crypto';

// The snapshot page's only stylesheet, inlined so the page paints from one response. Colours are the app's
// (src/app/styles.css). No style attributes anywhere: the Content-Security-Policy allows this block by hash.
// Cards below the headline have `content-visibility: auto`: a phone opening the link lays out the headline, not the
// ~250 table rows below it, and print and find-in-page still see everything.

export const PAGE_CSS = `
:root{--g50:#eef7f1;--g100:#d5ecdd;--g600:#0a7d3b;--g700:#086a32;--g800:#05572a;--ink:#18212b;--ink2:#44505c;--ink3:#5b6672;--line:#d6dce1;--soft:#e7ebee;--page:#f3f5f4;--panel:#fff;--low:#b93c0b;--lowbg:#fdf0e9;--blue:#1b5fd1;--amber:#8a5a00;--demo:#fff3d1;
color-scheme:light;font-family:'Inter','Segoe UI','Noto Sans',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--ink);background:var(--page);line-height:1.5;-webkit-text-size-adjust:100%;text-size-adjust:100%}
*,*::before,*::after{box-sizing:border-box}
body{margin:0}
h1,h2,h3,p,ul,ol,figure{margin:0}
a{color:var(--g700)}
:focus-visible{outline:3px solid var(--blue);outline-offset:2px}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sub-band{font-size:.9rem;margin-top:.2rem}
.skip{position:absolute;left:-999px;top:0;background:var(--panel);padding:.5rem 1rem;z-index:2}
.skip:focus{left:.5rem}
.wrap{max-width:72rem;margin:0 auto;padding:0 1rem}
.band{background:var(--g800);color:#fff}
.band a{color:#fff}
.band .wrap{padding-top:.75rem;padding-bottom:1rem}
.brand{display:flex;justify-content:space-between;align-items:baseline;gap:1rem;font-size:.85rem;opacity:.95}
.brand b{font-size:1rem}
.lang{white-space:nowrap}
.stamp{margin-top:.6rem;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .75rem}
.stamp strong{font-size:1.15rem}
.pill{display:inline-block;border:1px solid #ffffff99;border-radius:99px;padding:.05rem .6rem;font-size:.8rem}
.pill.demo{background:var(--demo);color:#6e3a00;border-color:#d08a00}
h1{font-size:clamp(1.35rem,4.5vw,1.9rem);line-height:1.2;margin-top:.6rem}
.note{margin-top:.5rem;max-width:48rem;background:#ffffff1a;border-left:3px solid #ffffffb3;padding:.4rem .75rem}
.meta{margin-top:.5rem;display:flex;flex-wrap:wrap;gap:.15rem 1.25rem;font-size:.85rem;list-style:none;padding:0}
main{padding:1rem 0 2rem}
main>.wrap{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
.card{background:var(--panel);border:1px solid var(--soft);border-radius:.75rem;padding:1rem;box-shadow:0 1px 2px #1018200f;min-width:0}
.card h2{font-size:1.15rem;line-height:1.3}
.card:not(#capaian){content-visibility:auto;contain-intrinsic-size:auto 36rem}
.card h3{font-size:1rem;margin-top:1rem}
.sub{color:var(--ink3);font-size:.875rem;margin-top:.2rem}
.staff{border-color:var(--blue);display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
.staff p{flex-basis:100%;color:var(--ink3);font-size:.85rem}
.staff a{color:var(--blue);font-weight:600}
.hero{display:grid;gap:1rem}
.big{font-size:clamp(2.2rem,9vw,3.2rem);font-weight:700;line-height:1.05;color:var(--g700)}
.big small{font-size:1rem;font-weight:500;color:var(--ink2)}
.pct{font-size:1.25rem;font-weight:700}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(8.5rem,1fr));gap:.75rem;list-style:none;padding:0}
.card>.kpis{margin-top:.9rem}
.kpis li{border-top:3px solid var(--g100);padding-top:.4rem}
.kpis b{display:block;font-size:1.35rem}
.kpis span{color:var(--ink3);font-size:.85rem}
.bar{display:block;margin:.35rem 0}
.bar-bg{fill:var(--soft)}.bar-main{fill:var(--g600)}.bar-low{fill:var(--low)}.bar-live{fill:var(--blue)}
.hero .bar{height:14px}
.chart{display:block;margin-top:.75rem;overflow:visible;font-size:11.5px}
.chart text{fill:var(--ink3)}
.chart .grid{stroke:var(--soft)}
.chart .target,.legend .target{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:6 4}
.chart .guide,.legend .guide{stroke:var(--low);stroke-width:1.5;stroke-dasharray:2 4}
.chart .rule{stroke:var(--ink3);stroke-dasharray:1 3}
.chart .tlabel{fill:var(--ink);font-weight:600}
.chart polyline{fill:none}
.area{fill:var(--g50)}
.s-main{stroke:var(--g600);stroke-width:3}
.s-live{stroke:var(--blue);stroke-width:2.5;stroke-dasharray:5 3}
.s-muted{stroke:#8a949e;stroke-width:2}
.s-alt{stroke:var(--amber);stroke-width:2}
.s-blue{stroke:var(--blue);stroke-width:2}
.marker circle{fill:var(--panel);stroke:var(--ink2)}
.marker text{fill:var(--ink);font-size:10px;font-weight:700}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin-top:.5rem;font-size:.85rem;color:var(--ink2)}
.legend svg{vertical-align:middle;margin-right:.3rem}
.legend line{stroke-linecap:round}
details{margin-top:.75rem}
summary{cursor:pointer;color:var(--g700);font-weight:600;font-size:.9rem}
.scroll{overflow-x:auto;margin-top:.5rem;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.875rem;font-variant-numeric:tabular-nums}
caption{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
th,td{padding:.35rem .4rem;border-bottom:1px solid var(--soft);text-align:left;vertical-align:top}
td{text-align:right;white-space:nowrap}
td.t{text-align:left;white-space:normal}
thead th{border-bottom:2px solid var(--line);font-size:.8rem;color:var(--ink2);white-space:nowrap}
.n{text-align:right;white-space:nowrap}
tr.us{background:var(--g50);font-weight:700}
.rank td.t{white-space:nowrap}
.rank{max-width:50rem}
tr.lag td:first-child{box-shadow:inset 3px 0 var(--low)}
.tag{display:inline-block;font-size:.72rem;font-weight:600;border-radius:99px;padding:0 .45rem;background:var(--g100);color:var(--g800);white-space:nowrap}
.tag.low{background:var(--lowbg);color:var(--low)}
.low{color:var(--low)}
.up{color:var(--g700)}
.down{color:var(--low)}
.lead{font-size:1.05rem;font-weight:600;margin-top:.5rem}
.list{margin-top:.5rem;padding-left:1.25rem}
.list li{margin:.2rem 0}
.bars th[scope=row]{font-weight:500;width:60%}
.bars .bar{margin-top:.25rem}
footer{border-top:1px solid var(--line);background:var(--panel);font-size:.85rem;color:var(--ink2)}
footer .wrap{padding-top:1rem;padding-bottom:1.5rem;display:grid;gap:.25rem}
.gone{max-width:36rem;margin:12vh auto;padding:0 1rem}
.gone h1{color:var(--ink);margin:.5rem 0}
.gone p{margin-top:.75rem}
.gone .code{color:var(--ink3);font-size:.85rem}
.two,.stack{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
@media (min-width:900px){.two{grid-template-columns:minmax(0,1fr) minmax(0,1fr);align-items:start}.hero{grid-template-columns:minmax(16rem,1fr) 2fr;align-items:end}.card{padding:1.25rem 1.5rem}}
@media print{
@page{size:A4;margin:14mm 12mm 16mm;@bottom-left{content:'Pantau Peduli · snapshot';font-size:8pt;color:#5b6672}@bottom-right{content:counter(page) ' / ' counter(pages);font-size:8pt;color:#5b6672}}
:root{background:#fff;font-size:10.5pt}
.skip,.staff,.lang,details{display:none}
.band{background:#fff;color:var(--ink);border-bottom:2px solid var(--g700)}
.band a{color:var(--ink)}
.note{background:none;border-left-color:var(--g700)}
.pill{border-color:var(--ink3)}
.card{box-shadow:none;border-color:var(--line)}
.chart,.hero,.kpis,.legend,.keep{break-inside:avoid}h2,h3{break-after:avoid}
.two,.stack{display:block}.two .card{margin-bottom:.75rem}
main>.wrap{display:block}main>.wrap>*{margin-bottom:.75rem}
.scroll{overflow:visible}
tr{break-inside:avoid}
thead{display:table-header-group}
}
`
  .trim()
  .replace(/\n/g, '');

/** For the Content-Security-Policy: the one inline style block, by hash. */
export const PAGE_CSS_HASH = `'sha256-${createHash('sha256').update(PAGE_CSS).digest('base64')}'`;
