/**
 * Stored-XSS payloads, after the public corpora (OWASP's XSS Filter Evasion Cheat Sheet, PortSwigger's XSS
 * cheat sheet and the Big List of Naughty Strings), rewritten so that any that runs leaves a trace the
 * test can see: it sets `window.__xss`, opens a dialog, or adds an element marked `data-xss` / `id=xss`.
 */
const RUN = 'window.__xss=1';

const VECTORS = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=data:text/javascript,${RUN}></SCRIPT>`,
  `<script>alert(1)</script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=alert(1)>`,
  `<IMG SRC="javascript:${RUN}">`,
  `<img src=x:x onerror=${RUN} data-xss>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">XSS</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<body onload=${RUN}>`,
  `<iframe src="javascript:${RUN}" id=xss></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<a href="javascript:${RUN}" id=xss>click me</a>`,
  `javascript:${RUN}`,
  `JaVaScRiPt:alert(1)`,
  `java\tscript:${RUN}`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<select autofocus onfocus=${RUN}>`,
  `<textarea autofocus onfocus=${RUN}></textarea>`,
  `<video><source onerror="${RUN}"></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<marquee onstart=${RUN}>x</marquee>`,
  `<div style="background:url(javascript:${RUN})" data-xss>`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<style>body{background:url("javascript:${RUN}")}</style>`,
  `<div style="width: expression(${RUN});" data-xss>`,
  `<link rel=stylesheet href="javascript:${RUN}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<form><button formaction=javascript:${RUN}>x</button></form>`,
  `<isindex type=image src=1 onerror=${RUN}>`,
  `<table background="javascript:${RUN}">`,
  `<div id=xss onmouseover=${RUN}>hover</div>`,
  `<x onclick=${RUN} data-xss>click</x>`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<![CDATA[<script>${RUN}</script>]]>`,
  `<?xml version="1.0"?><script>${RUN}</script>`,
  `\${${RUN}}`,
  `\`\${${RUN}}\``,
  `{{constructor.constructor('${RUN}')()}}`,
  `{{$on.constructor('${RUN}')()}}`,
  `<%= ${RUN} %>`,
  `{"__html":"<img src=x onerror=${RUN}>"}`,
  `{"dangerouslySetInnerHTML":{"__html":"<script>${RUN}</script>"}}`,
  `{"$$typeof":"Symbol(react.element)","type":"img","props":{"src":"x","onError":"${RUN}"}}`,
  `__proto__[innerHTML]=<img src=x onerror=${RUN}>`,
  `constructor[prototype][innerHTML]=<img/src/onerror=${RUN}>`,
  `<img src="x" onerror="&#119;&#105;&#110;&#100;&#111;&#119;.__xss=1">`,
  `<img src=x onerror=eval(atob('d2luZG93Ll9feHNzPTE='))>`,
  `<img src=x onerror=\\u0061lert(1)>`,
  `%3Cscript%3E${RUN}%3C%2Fscript%3E`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `\\x3cscript\\x3e${RUN}\\x3c/script\\x3e`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<<SCRIPT>${RUN};//<</SCRIPT>`,
  `<img """><script>${RUN}</script>">`,
  `<svg/onload=${RUN}//`,
  `<a href=" &#14;  javascript:${RUN}" id=xss>x</a>`,
  `<div data-xss>${'<b>'.repeat(20)}nested${'</b>'.repeat(20)}</div>`,
  `🙂 <img src=x onerror=${RUN}> 👩‍👧‍👦`,
  `\u202E<script>${RUN}</script>\u202C`,
  `Robert'); DROP TABLE homes;-- <script>${RUN}</script>`,
];

/** Ways out of the context a value might be placed in (an attribute, a textarea, a comment, a title). */
const BREAKOUTS = [`"><`, `'><`, `</textarea><`, `</title><`, `--><`];

/** A payload of more than 10,000 characters: the same vectors, many times over. */
const LONG = `<img src=x onerror=${RUN} data-xss>`.repeat(300);

export const PAYLOADS: string[] = [
  ...VECTORS,
  ...BREAKOUTS.flatMap((breakout) =>
    [
      `script>${RUN}</script>`,
      `img src=x onerror=${RUN}>`,
      `svg onload=${RUN}>`,
      `iframe id=xss src=javascript:${RUN}>`,
      `div data-xss>`,
      `body onload=${RUN}>`,
      `a id=xss href=javascript:${RUN}>x</a>`,
    ].map((tail) => `${breakout}${tail}`),
  ),
  LONG,
];

/** The payloads that fit a field of `max` characters. */
export const fitting = (max: number) => PAYLOADS.filter((p) => p.length <= max);
