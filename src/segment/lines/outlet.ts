// Whether a line's key names an outlet, known or not (lineInfo's `outlet`, info.ts).

const outletOpening = /^(?:صحيفه|جريده|موقع|مجله|قناه|اذاعه|شبكه|بوابه|وكاله)\s/u;
/**
 * The words of `/\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني)$/u`, each after a space: a key holds no White_Space
 * but U+0020 (foldKey writes every one so and drops U+FEFF), so `endsWith` asks what the expression asked.
 */
const outletEndings = ['نت', 'اونلاين', 'نيوز', 'الالكترونيه', 'الالكتروني'].map((w) => ` ${w}`);
/** The last units of those words (TEH, NOON, ZAIN, HEH, YEH): a key ending otherwise is not asked about each. */
const endingLast = new Set(outletEndings.map((w) => w.charCodeAt(w.length - 1)));
const outletDomain = /\b[a-z0-9-]+\.(?:com|net|org|info|ps|sa|eg|ma|dz|tn|jo|lb|iq|sy|ae|qa|kw|bh|om|ye|sd|ly)\b/u;

/**
 * `صحيفة X`, `جريدة X`, `X نت`, `X أونلاين`, a domain: a named outlet, known or not. `key` is a line's foldKey;
 * `latin` its Latin letters (scanLine's count, of the whole line for a keyed one): a key of none holds no domain,
 * whose ending is Latin (foldKey makes no Latin letter of another). Asked in turn (the one alternation they were
 * searched every position of the key): the name opens the key, the word ends it, a domain needs a dot.
 */
export function isOutlet(key: string, latin: number): boolean {
  return outletOpening.test(key) || endsWithOutlet(key) || (latin > 0 && key.includes('.') && outletDomain.test(key));
}

/** `/\s(?:نت|اونلاين|نيوز|الالكترونيه|الالكتروني)$/u.test(key)`. */
function endsWithOutlet(key: string): boolean {
  if (!endingLast.has(key.charCodeAt(key.length - 1))) return false;
  for (const w of outletEndings) if (key.endsWith(w)) return true;
  return false;
}
