// Layout families: each renders one record (headline + paragraphs) into a file as some source might hold it, with
// the label the shared scorer reads (headline, source_site, date, body first/last words, boilerplate lines).
import * as v from './vocab.mjs';

const words = (s) => s.split(/\s+/u).filter(Boolean);
const first8 = (s) => words(s).slice(0, 8).join(' ');
const last8 = (s) => words(s).slice(-8).join(' ');
const name = (r) => `${r.pick(r.v.givenNames)} ${r.pick(r.v.familyNames)}`;
const outlet = (r) => r.pick(r.v.outlets);

function hijriOf(iso) {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  const parts = f.formatToParts(new Date(`${iso}T12:00:00Z`));
  const get = (t) => Number(parts.find((p) => p.type === t).value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** A date as a date line or stamp of some paper writes it. */
export function dateText(iso, r) {
  const [y, m, d] = iso.split('-').map(Number);
  const wd = v.weekdayNames[new Date(`${iso}T12:00:00Z`).getUTCDay()];
  const region = r.pick(['egypt', 'egypt', 'levant', 'maghreb', 'morocco']);
  const mn = v.monthNames[region][m - 1];
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  const h = hijriOf(iso);
  const time = `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const shapes = [
    () => `${wd} ${d} ${mn} ${y}`,
    () => `${wd},${d} ${mn} ${y} الموافق ${h.d} ${v.hijriMonthNames[h.m - 1]} ${h.y}`,
    () => `تاريخ النشر :${d} ${mn} ${y}`,
    () => `${y}-${mm}-${dd}`,
    () => `${wd}, ${dd}-${mn}-${y}`,
    () => `${y}.${mm}.${dd}`,
    () => `${d} ${mn} ${y} - ${time}`,
    () => `نشر في: ${dd}/${mm}/${y}`,
    () => `${wd} ${d} ${mn} ${y}، الساعة ${time}`,
    () => `آخر تحديث: ${dd}/${mm}/${y} ${time}`,
    () => `${h.d} ${v.hijriMonthNames[h.m - 1]} ${h.y} هـ - ${d} ${mn} ${y} م`,
    () => `العدد ${r.int(1000, 19999)} - ${wd} ${d} ${mn} ${y}`,
  ];
  // the training and the evaluation renderings use different date shapes (odd and even), as they use different names
  return r.pick(shapes.filter((_, i) => r.part === 'all' || i % 2 === (r.part === 'train' ? 0 : 1)))();
}

/** The vocabulary a rendering may use: every list cut in two, one half for training, the other for evaluation. */
export function vocabulary(part) {
  const half = (list) => (part === 'all' ? list : list.filter((_, i) => i % 2 === (part === 'train' ? 0 : 1)));
  return Object.fromEntries(Object.entries(v).map(([k, val]) => [k, Array.isArray(val) ? half(val) : val]));
}

/** The body as lines: paragraphs with or without blank lines between them. */
function bodyLines(paras, r, blank = r.chance(0.7)) {
  return paras.flatMap((p, i) => (blank && i > 0 ? [['', ''], [p, 'paragraph']] : [[p, 'paragraph']]));
}

/** A photo caption of some usual shape. */
function caption(r) {
  return r.pick([
    () => `${r.pick(r.v.offices)} خلال ${r.pick(r.v.captionEvents)}`,
    () => `جانب من ${r.pick(r.v.captionEvents)}`,
    () => `${r.pick(r.v.honorifics)} ${name(r)}`,
    () => `${r.pick(r.v.offices)} ${name(r)}`,
    () => `${name(r)} أثناء ${r.pick(r.v.captionEvents)}`,
  ])();
}

/** A rendered file: rows of [line, role] (role '' for a blank line). */
const file = (rows, lab) => ({ lines: rows.map((x) => x[0]), roles: rows.map((x) => x[1]), label: lab });
const blank = (r, p) => (r.chance(p) ? [['', '']] : []);

function label(rec, extra = {}) {
  const paras = extra.paras ?? rec.paragraphs;
  return {
    headline: extra.headline === undefined ? rec.title : extra.headline,
    source_site: extra.site ?? null,
    date: extra.date ?? null,
    body_first_words: first8(extra.lead ?? paras[0]),
    body_last_words: last8(paras[paras.length - 1]),
    boilerplate_lines: extra.boilerplate ?? [],
    encoding: 'utf-8',
    notes: `synthetic: ${extra.family}`,
  };
}

/** A deck: a later sentence of the article, cut to 8-18 words, no closing stop (or a quoted speaker). */
function deck(rec, r) {
  const pool = rec.paragraphs.slice(1).join(' ') || rec.paragraphs[0];
  const sentences = pool.split(/[.!؟]\s+/u).map((s) => words(s)).filter((w) => w.length >= 8);
  const w = sentences.length ? r.pick(sentences) : words(pool);
  // a deck is its own statement: no conjunction carrying on from a sentence before it
  const cut = w.slice(0, r.int(8, 18)).join(' ').replace(/[.،,:؛]+$/u, '').replace(/^[وف](?=[\u0621-\u064A]{3})/u, '');
  return r.chance(0.3) ? `${name(r)}: ${cut}` : cut;
}

export const families = {
  'body-only'(rec, r) {
    // often the lead's first sentence stands alone as a short first paragraph
    const [lead, ...more] = rec.paragraphs;
    const cut = lead.search(/[.؟!]\s/u);
    const paras = r.chance(0.5) && cut > 20 && cut < lead.length - 20 ? [lead.slice(0, cut + 1), lead.slice(cut + 2), ...more] : rec.paragraphs;
    // a photo caption may stand over a body with no headline
    const photo = r.chance(0.2) ? [[caption(r), 'chrome'], ...blank(r, 0.5)] : [];
    return file([...photo, ...bodyLines(paras, r)], label(rec, { family: 'body-only', headline: null, paras, boilerplate: photo.filter((x) => x[1] === 'chrome').map((x) => x[0]) }));
  },

  'short-lines'(rec, r) {
    // verse, lists and transcripts: short lines, no headline
    const words = rec.paragraphs.join(' ').split(/\s+/u).slice(0, r.int(40, 120));
    const lines = [];
    for (let i = 0; i < words.length; ) {
      const n = r.int(3, 9);
      lines.push(words.slice(i, i + n).join(' '));
      i += n;
    }
    return file(lines.map((l) => [l, 'paragraph']), label(rec, { family: 'short-lines', headline: null, paras: [lines.join(' ')] }));
  },

  mixed(rec, r) {
    // any head in any plausible order, a body with or without a lead prefix and subheadings, any tail
    const head = [];
    const o = outlet(r);
    const site = r.chance(0.4) ? r.pick([o, `${r.pick(r.v.outletKinds)} ${o}`, r.pick(r.v.latinOutlets)]) : null;
    const date = r.chance(0.4) ? dateText(rec.date, r) : null;
    const title = r.chance(0.85);
    const byline = r.chance(0.35) ? r.pick([`كتب: ${name(r)}`, `${name(r)} - ${r.pick(r.v.cities)}`, name(r), `بقلم ${name(r)}`]) : null;
    if (r.chance(0.3)) head.push([r.pick(r.v.chromeAbove), 'chrome']);
    if (site) head.push([site, 'site']);
    const photo = r.chance(0.2) ? caption(r) : null;
    if (date && r.chance(0.5)) head.push([date, 'date']);
    if (byline && !title) head.push([byline, 'byline']);
    if (title) {
      if (r.chance(0.3)) head.push([r.pick(r.v.kickers), 'kicker']);
      head.push([rec.title, 'title']);
      if (r.chance(0.3)) head.push([deck(rec, r), 'subtitle']);
      if (byline) head.push([byline, 'byline']);
    }
    if (date && !head.some((x) => x[1] === 'date')) head.push([date, 'date']);
    if (photo) head.push([photo, 'chrome']);
    const paras = [...rec.paragraphs];
    let prefixSite = null;
    if (r.chance(0.25)) {
      prefixSite = r.pick(r.v.agencies);
      paras[0] = `${r.pick(r.v.cities)} - ${prefixSite} - ${paras[0]}`;
    }
    const body = bodyLines(paras, r);
    if (paras.length > 2 && r.chance(0.3)) body.splice(body.length - 2, 0, [r.pick(r.v.kickers), 'heading']);
    const tail = [];
    if (r.chance(0.25)) tail.push(['(وكالات)', 'trailer']);
    if (r.chance(0.3)) tail.push([r.pick(r.v.chromeBelow), 'chrome']);
    if (r.chance(0.2)) tail.push([`للتواصل: ${r.pick(['desk', 'news', 'info'])}@example.org`, 'trailer']);
    const rows = [...head.flatMap((x) => [x, ...blank(r, 0.3)]), ...blank(r, 0.5), ...body, ...blank(r, 0.5), ...tail];
    const lab = label(rec, {
      family: 'mixed', headline: title ? rec.title : null, site: site ?? prefixSite, date: date ? rec.date : null, paras, lead: rec.paragraphs[0],
      boilerplate: tail.filter((x) => x[0] !== '(وكالات)').map((x) => x[0]).concat(head.filter((x) => x[1] === 'chrome').map((x) => x[0])),
    });
    return file(rows, lab);
  },

  headline(rec, r) {
    // some papers close a headline with a full stop
    const title = r.chance(0.15) && rec.title.split(' ').length <= 12 ? `${rec.title}.` : rec.title;
    return file([[title, 'title'], ...blank(r, 0.7), ...bodyLines(rec.paragraphs, r)], label(rec, { family: 'headline', headline: title }));
  },

  'kicker-deck'(rec, r) {
    const k = r.chance(0.6) ? r.pick(r.v.kickers) : null;
    const d = !k || r.chance(0.6) ? deck(rec, r) : null;
    const head = [...(k ? [[k, 'kicker']] : []), [rec.title, 'title'], ...(d ? [[d, 'subtitle']] : [])];
    return file([...head, ...blank(r, 0.6), ...bodyLines(rec.paragraphs, r)], label(rec, { family: 'kicker-deck' }));
  },

  'site-top'(rec, r) {
    const o = outlet(r);
    const site = r.pick([o, `${r.pick(r.v.outletKinds)} ${o}`, `${o} الإلكترونية`, r.pick(r.v.latinOutlets)]);
    const dateLine = r.chance(0.4) ? dateText(rec.date, r) : null;
    const rows = [[site, 'site'], ...blank(r, 0.5), ...(dateLine ? [[dateLine, 'date']] : []), [rec.title, 'title'], ['', ''], ...bodyLines(rec.paragraphs, r)];
    return file(rows, label(rec, { family: 'site-top', site, date: dateLine ? rec.date : null }));
  },

  'site-inline'(rec, r) {
    const o = outlet(r);
    const forms = [
      () => [`${o} : ${rec.title}`, o],
      () => [`جريدة ${o} | ${rec.title}`, `جريدة ${o}`],
      () => [`${rec.title} - ${r.pick(r.v.latinOutlets)} - ${o}`, o],
      () => [`${rec.title} | ${o}`, o],
      () => [`${rec.title} - صحيفة ${o}`, `صحيفة ${o}`],
    ];
    const [line, site] = r.pick(forms)();
    return file([[line, 'title'], ['', ''], ...bodyLines(rec.paragraphs, r)], label(rec, { family: 'site-inline', site }));
  },

  'date-line'(rec, r) {
    const dl = dateText(rec.date, r);
    const head = r.chance(0.5) ? [[dl, 'date'], [rec.title, 'title']] : [[rec.title, 'title'], [dl, 'date']];
    return file([...head, ...blank(r, 0.6), ...bodyLines(rec.paragraphs, r)], label(rec, { family: 'date-line', date: rec.date }));
  },

  'lead-prefix'(rec, r) {
    const o = outlet(r);
    const a = r.pick(r.v.agencies);
    const city = r.pick(r.v.cities);
    const forms = [
      () => [`${city} - ${o} - ${name(r)} - `, o],
      () => [`${city} - ${o}: `, o],
      () => [`${a}: `, a],
      () => [`${city} - ${a} - `, a],
      () => [`${city} (${a}) - `, a],
    ];
    const [prefix, site] = r.pick(forms)();
    const paras = [prefix + rec.paragraphs[0], ...rec.paragraphs.slice(1)];
    const withTitle = r.chance(0.6);
    const rows = [...(withTitle ? [[rec.title, 'title'], ['', '']] : []), ...bodyLines(paras, r)];
    return file(rows, label(rec, { family: 'lead-prefix', site, headline: withTitle ? rec.title : null, paras, lead: rec.paragraphs[0] }));
  },

  residue(rec, r) {
    const above = r.chance(0.7) ? [r.pick(r.v.chromeAbove)] : [];
    const below = [r.pick(r.v.chromeBelow), ...(r.chance(0.4) ? [r.pick(r.v.chromeBelow)] : [])];
    const nbsp = ['\u00A0', '']; // NO-BREAK SPACE lines left by office exports
    const bidi = (s) => (r.chance(0.5) ? s.replace(/ /u, ' \u200F') : s); // RIGHT-TO-LEFT MARK between two words
    const paras = rec.paragraphs.map(bidi);
    const rows = [...above.map((a) => [a, 'chrome']), nbsp, [rec.title, 'title'], nbsp, ...paras.flatMap((p) => [[p, 'paragraph'], r.chance(0.5) ? nbsp : ['', '']]), ...below.map((b) => [b, 'chrome'])];
    return file(rows, label(rec, { family: 'residue', paras, boilerplate: [...new Set([...above, ...below])] }));
  },

  trailers(rec, r) {
    const writer = name(r);
    const kinds = [
      () => [[writer, 'signoff']],
      () => [[`بقلم: ${writer}`, 'signoff']],
      () => [[`* ${r.pick(r.v.bios)}`, 'trailer']],
      () => [[`للتواصل مع الكاتب: ${r.pick(['nabaa', 'info', 'opinion', 'desk'])}${r.int(1, 99)}@example.com`, 'trailer']],
      () => [[`هاتف: 0${r.int(100000000, 999999999)}`, 'trailer'], [`فاكس: 0${r.int(100000000, 999999999)}`, 'trailer']],
      () => [['مقالات أخرى للكاتب', 'trailer'], ...r.others(3).map((o) => [o.title, 'trailer'])],
      () => [[`(1) انظر تقرير الهيئة العامة للإحصاء لعام ${r.int(2005, 2014)}`, 'trailer']],
      () => [[`المصدر: ${outlet(r)}`, 'trailer']],
    ];
    const first = r.pick(kinds)();
    const trailer = [...first, ...(r.chance(0.4) && first[0][1] !== 'signoff' ? r.pick(kinds)() : [])];
    const rows = [[rec.title, 'title'], ['', ''], ...bodyLines(rec.paragraphs, r), ...blank(r, 0.5), ...trailer];
    const bp = trailer.filter(([t, role]) => role !== 'signoff' && t !== writer).map(([t]) => t);
    return file(rows, label(rec, { family: 'trailers', boilerplate: bp }));
  },

  'one-line'(rec, r) {
    // a web page collapsed onto one line: nav chrome, a section, the headline (maybe twice, maybe with a media
    // tag), a stamp before or after it, a byline, the body, then a source credit, related teasers, tags, share bars
    const parts = [];
    if (r.chance(0.6)) parts.push([r.pick(['الرئيسية أخبار رياضة اقتصاد ثقافة فيديو', 'طباعة أرسل لصديق', 'القائمة بحث الرئيسية محليات دولي', 'الأكثر قراءة الأكثر مشاهدة آخر الأخبار']), 'chrome']);
    if (r.chance(0.4)) parts.push([r.pick(r.v.sections), 'chrome']);
    const stamp = r.chance(0.7) ? dateText(rec.date, r) : null;
    const title = `${rec.title}${r.chance(0.15) ? ' (فيديو)' : ''}`;
    if (stamp && r.chance(0.5)) parts.push([stamp, 'date']);
    parts.push([title, 'title']);
    if (r.chance(0.2)) parts.push([title, 'chrome']);
    if (stamp && !parts.some((x) => x[1] === 'date')) parts.push([stamp, 'date']);
    if (r.chance(0.3)) parts.push([`كتب: ${name(r)}`, 'byline']);
    for (const p of rec.paragraphs) parts.push([p, 'paragraph']);
    const tail = [];
    if (r.chance(0.3)) tail.push([`المصدر: ${outlet(r)}`, 'trailer']);
    if (r.chance(0.3)) {
      tail.push(['اقرأ أيضا', 'chrome']);
      for (const o of r.others(2)) tail.push([`${o.title} ${o.paragraphs[0].split(' ').slice(0, 20).join(' ')}.`, 'trailer']);
    }
    if (r.chance(0.4)) tail.push([`الكلمات الدالة: ${r.pick(r.v.sections)} ${r.pick(r.v.cities)}`, 'chrome']);
    if (r.chance(0.5)) tail.push([r.pick(['شارك فيسبوك تويتر واتساب', 'التعليقات أضف تعليقك', 'Facebook X Telegram WhatsApp']), 'chrome']);
    const all = [...parts, ...tail];
    const bp = all.filter((x) => x[1] === 'chrome' || x[1] === 'trailer').map((x) => x[0]);
    const out = file([[all.map((x) => x[0]).join(' '), 'page']], label(rec, { family: 'one-line', headline: title, date: stamp ? rec.date : null, boilerplate: bp }));
    return { ...out, parts: all };
  },

  column(rec, r) {
    const writer = name(r);
    const head = r.chance(0.5) ? [[writer, 'byline'], [rec.title, 'title']] : [[rec.title, 'title'], [writer, 'byline']];
    const mail = r.chance(0.6) ? [[`${r.pick(['kateb', 'writer', 'column'])}${r.int(1, 99)}@example.net`, 'trailer']] : [];
    return file([...head, ['', ''], ...bodyLines(rec.paragraphs, r), ...mail], label(rec, { family: 'column', boilerplate: mail.map((m) => m[0]) }));
  },

  byline(rec, r) {
    const who = name(r);
    const city = r.pick(r.v.cities);
    const line = r.pick([`كتب: ${who}`, `بقلم: ${who}`, `${who} - ${city}`, `${city} - ${who}`, `${who} (${city})`]);
    return file([[rec.title, 'title'], [line, 'byline'], ...blank(r, 0.6), ...bodyLines(rec.paragraphs, r)], label(rec, { family: 'byline' }));
  },
};
