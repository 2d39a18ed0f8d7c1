/**
 * index.html, the reader page: the graphic, a language switcher, and the
 * embed codes publishers copy. Page text is set with textContent only.
 */
import { GRAPHIC_ID } from '../embed/child-height.ts';
import { DEFAULT_LANG, dirOf, supportedLang, type Lang } from '../i18n/lang.ts';
import { loadGraphic } from './load-graphic.ts';

const PAGE_STRINGS: Record<Lang, Record<string, string>> = {
  fr: {
    pageTitle: 'WhatsApp poursuit NSO en justice : la carte, les chiffres, les citations',
    brand: 'Graphique interactif',
    langs: 'Langue du graphique',
    title: 'WhatsApp poursuit NSO en justice',
    embed: 'Intégrer ce graphique',
    embedIntro: 'Copiez l’un de ces codes dans votre page. Le graphique s’adapte à la largeur de la colonne.',
    scriptTitle: 'Script et élément (recommandé)',
    scriptHint:
      'Le graphique fait partie de votre page. Votre CSP doit autoriser ce domaine dans script-src, style-src et connect-src.',
    iframeTitle: 'Iframe qui s’ajuste à sa hauteur',
    iframeHint:
      'Isolé de votre page. Le petit script resize.js ajuste la hauteur ; sans lui, l’iframe garde une hauteur fixe.',
    pymTitle: 'Pages utilisant déjà pym.js',
    pymHint: 'La page intégrée parle le protocole de pym.js, d’AMP et de Datawrapper.',
    copy: 'Copier',
    copied: 'Code copié dans le presse-papiers.',
    copyFailed: 'La copie a échoué : sélectionnez le code et copiez-le à la main.',
    fallback: 'WhatsApp accuse NSO Group d’avoir infecté environ 1 400 appareils.',
    link: 'Voir le graphique',
    frameTitle: 'WhatsApp poursuit NSO en justice : carte, chiffres et citations',
  },
  en: {
    pageTitle: 'WhatsApp takes NSO to court: the map, the figures, the quotes',
    brand: 'Interactive graphic',
    langs: 'Language of the graphic',
    title: 'WhatsApp takes NSO to court',
    embed: 'Embed this graphic',
    embedIntro: 'Copy one of these codes into your page. The graphic adapts to the width of its column.',
    scriptTitle: 'Script and element (recommended)',
    scriptHint:
      'The graphic becomes part of your page. Your CSP must allow this host in script-src, style-src and connect-src.',
    iframeTitle: 'Iframe that fits its height',
    iframeHint:
      'Isolated from your page. The small resize.js script fits the height; without it, the height stays fixed.',
    pymTitle: 'Pages that already use pym.js',
    pymHint: 'The embedded page speaks the pym.js, AMP and Datawrapper protocols.',
    copy: 'Copy',
    copied: 'Code copied to the clipboard.',
    copyFailed: 'Copying failed: select the code and copy it by hand.',
    fallback: 'WhatsApp accuses NSO Group of infecting about 1,400 devices.',
    link: 'See the graphic',
    frameTitle: 'WhatsApp takes NSO to court: map, figures and quotes',
  },
  ar: {
    pageTitle: 'واتساب يقاضي مجموعة NSO: الخريطة والأرقام والاقتباسات',
    brand: 'رسم تفاعلي',
    langs: 'لغة الرسم',
    title: 'واتساب يقاضي مجموعة NSO',
    embed: 'تضمين هذا الرسم',
    embedIntro: 'انسخ أحد هذه الرموز في صفحتك. يتكيّف الرسم مع عرض العمود.',
    scriptTitle: 'سكربت وعنصر (مستحسن)',
    scriptHint: 'يصبح الرسم جزءًا من صفحتك. يجب أن تسمح سياسة CSP بهذا النطاق في script-src وstyle-src وconnect-src.',
    iframeTitle: 'إطار iframe يتكيّف مع ارتفاعه',
    iframeHint: 'معزول عن صفحتك. يضبط السكربت الصغير resize.js الارتفاع؛ ومن دونه يبقى الارتفاع ثابتًا.',
    pymTitle: 'صفحات تستخدم pym.js',
    pymHint: 'تدعم الصفحة المضمّنة بروتوكولات pym.js وAMP وDatawrapper.',
    copy: 'نسخ',
    copied: 'تم نسخ الرمز.',
    copyFailed: 'تعذّر النسخ: حدّد الرمز وانسخه يدويًا.',
    fallback: 'تتهم واتساب مجموعة NSO بإصابة نحو 1,400 جهاز.',
    link: 'عرض الرسم',
    frameTitle: 'واتساب يقاضي مجموعة NSO: خريطة وأرقام واقتباسات',
  },
};

/** The snippets, pointing at the files next to this page. */
function embedCodes(base: string, lang: Lang): Record<'script' | 'iframe' | 'pym', string> {
  const t = PAGE_STRINGS[lang];
  const embed = `${base}embed.html?lang=${lang}`;
  return {
    script: [
      `<nso-graphic lang="${lang}">`,
      `  <p>${t.fallback} <a href="${base}">${t.link}</a></p>`,
      `</nso-graphic>`,
      `<script type="module" src="${base}nso-graphic.js"></script>`,
    ].join('\n'),
    iframe: [
      `<iframe data-nso-graphic src="${embed}" title="${t.frameTitle}"`,
      `  loading="lazy" scrolling="no" width="100%" height="1600" frameborder="0"></iframe>`,
      `<script async src="${base}resize.js"></script>`,
    ].join('\n'),
    pym: [
      `<div id="${GRAPHIC_ID}" data-pym-src="${embed}" data-pym-title="${t.frameTitle}">`,
      `  <a href="${base}">${t.link}</a>`,
      `</div>`,
      `<!-- pym.js v1, already on your page or loaded here -->`,
      `<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
    ].join('\n'),
  };
}

/** A run of Arabic script, with what lies between its words and its closing punctuation, up to the markup. */
const RTL_RUN = /\p{Script=Arabic}(?:[^<>"=\n]*\p{Script=Arabic})?[.,،؛؟!]*/gu;

/**
 * Code as nodes, each Arabic run in its own <bdi>: in a left-to-right <pre>,
 * the bidi algorithm would otherwise pull the markup's quotes and brackets into
 * the Arabic text and show the code out of order. The text itself (what "Copy"
 * copies) is unchanged.
 */
function isolateRtl(code: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const match of code.matchAll(RTL_RUN)) {
    nodes.push(document.createTextNode(code.slice(at, match.index)));
    const run = document.createElement('bdi');
    run.textContent = match[0];
    nodes.push(run);
    at = match.index + match[0].length;
  }
  nodes.push(document.createTextNode(code.slice(at)));
  return nodes;
}

function setLang(lang: Lang): void {
  const t = PAGE_STRINGS[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
  document.title = t.pageTitle ?? document.title;
  document.querySelector('nso-graphic')?.setAttribute('lang', lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t[el.dataset.i18n ?? ''];
    if (text) el.textContent = text;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const label = t[el.dataset.i18nLabel ?? ''];
    if (label) el.setAttribute('aria-label', label);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('.langs button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  const base = new URL('.', location.href).href;
  const codes = embedCodes(base, lang);
  for (const [key, code] of Object.entries(codes)) {
    const el = document.getElementById(`code-${key}`);
    if (el) el.replaceChildren(...isolateRtl(code));
  }
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const lang = supportedLang(document.documentElement.lang) ?? DEFAULT_LANG;
  const status = document.querySelector('.embed-codes .status');
  const code = document.getElementById(button.dataset.target ?? '')?.textContent ?? '';
  try {
    await navigator.clipboard.writeText(code);
    if (status) status.textContent = PAGE_STRINGS[lang].copied;
  } catch {
    if (status) status.textContent = PAGE_STRINGS[lang].copyFailed;
  }
}

document.querySelector('.langs')?.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-lang]');
  const lang = supportedLang(button?.dataset.lang);
  if (lang) setLang(lang);
});
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy')) {
  button.addEventListener('click', () => void copy(button));
}
setLang(supportedLang(new URLSearchParams(location.search).get('lang')) ?? DEFAULT_LANG);
// The page's own text (title, embed codes) paints first; then the graphic loads and takes over its fallback.
loadGraphic();
