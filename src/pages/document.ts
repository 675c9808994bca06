import { html, type Html } from './html.js';
import { stylesheet } from './style.js';

/**
 * No script, no request: the policy forbids scripts and every fetch (fonts, images, frames), allowing only the inline
 * stylesheet. The pages need no script, so escaping is the guard and this the second one.
 */
const policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A whole self-contained page: `<!doctype html>` to `</html>`, as a string to write out. */
export function documentPage(title: string, generator: string, body: Html): string {
  return html`<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${generator}">
<title>${title}</title>
${stylesheet()}
</head>
<body id="top">
${body}
</body>
</html>
`.toString();
}
