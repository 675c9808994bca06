import { html, slug, type Html } from './html.js';
import { roleStyles } from './role-styles.js';

/** The CSS every page shares: system fonts only (nothing is fetched), one column on phones, wider grids from 48rem. */
const base = html`
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--c:#6e7781;
font-family:system-ui,"DejaVu Sans",sans-serif;font-size:16px;line-height:1.55;color:var(--fg);background:#fff}
body{margin:0 auto;padding:.75rem;max-width:80rem}
[lang=ar]{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","KacstOne","DejaVu Sans",serif;line-height:1.9}
h1{font-size:1.35rem;margin:.25rem 0 .75rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .4rem}
h1,h2,h3,.path,code,.mono,td,nav li{overflow-wrap:anywhere}
code,.mono{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-size:.82em}
a{color:#0b5fa5}
.muted,.none{color:var(--muted)}
.box{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:.75rem 0;background:var(--soft)}
dl.fields{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .9rem;margin:.5rem 0}
dl.fields dt{color:var(--muted);font-size:.9em}dl.fields dd{margin:0;overflow-wrap:anywhere}
ul.inline{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
ol.lines{list-style:none;padding:0;margin:.5rem 0}
.row{display:grid;grid-template-columns:minmax(0,1fr);gap:0 .75rem;border-inline-start:4px solid var(--c);padding:.2rem .5rem;margin:.15rem 0}
.row .where{direction:ltr;justify-self:start;font-size:.78em;color:var(--muted);display:flex;gap:.5rem;flex-wrap:wrap}
.row .role,.legend .role{color:var(--c);font-weight:600}
.row .text{white-space:pre-wrap;overflow-wrap:anywhere}
.row.struck .text{text-decoration:line-through;text-decoration-color:var(--c);color:var(--muted)}
.row.empty{padding-block:0;min-height:.55rem;grid-template-columns:minmax(0,1fr);border-inline-start-style:dotted}
.row.empty .where{display:none}
.row .ln{min-width:2.2em;text-align:end}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;background:var(--c);vertical-align:-.05em;margin-inline-end:.35em}
.legend h2{margin-top:.25rem}.legend ul.roles{list-style:none;padding:0;margin:0 0 .4rem;display:flex;flex-wrap:wrap;gap:.3rem .9rem}
summary{cursor:pointer;color:#0b5fa5}details[open] summary{margin-bottom:.5rem}
.legend .count{color:var(--muted);font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.92em}
th,td{text-align:start;vertical-align:top;padding:.3rem .45rem;border-bottom:1px solid var(--line)}
th{background:var(--soft)}td.num{text-align:end;font-variant-numeric:tabular-nums}
.stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(8rem,1fr));gap:.5rem;list-style:none;padding:0}
.stats li{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}.stats b{display:block;font-size:1.4rem}
figure{margin:.75rem 0}svg.chart{width:100%;height:auto;max-width:44rem;display:block}
svg.chart .bar{fill:#0b5fa5}svg.chart text{font:13px system-ui,"DejaVu Sans",sans-serif;fill:#57606a}svg.chart .axis{stroke:#d0d7de}
.back{font-size:.85em;font-family:system-ui,"DejaVu Sans",sans-serif;margin-inline-start:.5rem}
article.view{border-top:2px solid var(--line);margin-top:1.75rem;padding-top:.25rem}
@media (min-width:48rem){
body{padding:1rem 1.5rem}
.row{grid-template-columns:18rem minmax(0,1fr)}
.row .where{justify-self:stretch;align-content:start;padding-top:.2em}
}
@media (max-width:47.99rem){
table.cards thead{display:none}
table.cards tr{display:block;border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.25rem .5rem}
table.cards td{display:grid;grid-template-columns:8.5rem minmax(0,1fr);gap:.5rem;border:0;padding:.15rem 0;text-align:start}
table.cards td::before{content:attr(data-label);color:var(--muted);font-size:.9em}
}`;

/** `.r-title{--c:#0b5fa5}` for every role with a style; other roles keep the neutral `--c`. */
function roleRules(): Html[] {
  return Object.entries(roleStyles).map(([role, s]) => {
    // this text goes into <style>, where entities are not decoded: only [a-z0-9-] and hex colours may pass
    if (!/^#[0-9a-f]{6}$/i.test(s.colour)) throw new Error(`bad colour for role ${role}: ${s.colour}`);
    return html`.r-${slug(role)}{--c:${s.colour}}`;
  });
}

/** The page's <style> element. */
export function stylesheet(): Html {
  return html`<style>${base}
${roleRules()}</style>`;
}
