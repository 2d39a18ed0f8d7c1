/**
 * The text of the reader page (index.html) and the iframe page (embed.html), in each language: written into
 * the pages at build time (scripts/prerender/localize-page.ts), and read by their scripts for what they add
 * (the embed codes, the copy button's messages).
 */
import type { Lang } from '../i18n/lang.ts';

export type PageStrings = (typeof PAGE_STRINGS)[Lang];

export const PAGE_STRINGS = {
  fr: {
    embedTitle: 'WhatsApp poursuit NSO en justice (graphique intégrable)',
    description:
      'Carte des pays où des infections ont été signalées, chiffres et citations sourcées : WhatsApp attaque en justice la société israélienne NSO Group.',
    embedDescription: 'Graphique intégrable : WhatsApp attaque en justice la société israélienne NSO Group.',
    cardAlt: 'Carte des pays où des infections ont été signalées, avec le chiffre clé et la source.',
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
    fullGraphic: 'Le graphique complet : les chiffres, les citations et les sources',
    urlTitle: 'Adresse à coller (WordPress, oEmbed)',
    urlHint:
      'Collez-la seule sur sa ligne : WordPress, pour tout compte, affiche une version compacte (titre, carte, source) qui mène au graphique complet.',
    whereTitle: 'Quel code, où ?',
    whereAuthor: 'WordPress, compte auteur ou contributeur (scripts et iframes retirés) : l’adresse.',
    whereAdmin:
      'WordPress, compte administrateur ou éditeur : le script et l’élément, dans un bloc « HTML personnalisé ».',
    whereCms:
      'CMS de rédaction qui accepte les scripts : le script et l’élément ; qui n’accepte que les iframes : l’iframe.',
    whereAmp: 'AMP : la page de l’iframe dans un amp-iframe resizable (elle envoie le message embed-size d’AMP).',
    whereLinks:
      'Plateformes qui ne gardent que les liens (réseaux sociaux, lettres d’information) : l’adresse de cette page, affichée avec sa carte.',
    themeLabel: 'Thème',
    themePage: 'Comme ma page',
    themeSystem: 'Comme le système du lecteur',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    themePageHint:
      'Clair ou sombre selon le fond de votre page derrière le graphique, et selon le système du lecteur si votre page le suit.',
    themeSystemHint: 'Clair ou sombre selon le réglage du système du lecteur : une iframe ne voit pas votre page.',
    themeLightHint: 'Toujours clair : fond blanc, texte foncé.',
    themeDarkHint: 'Toujours sombre : fond presque noir, texte clair.',
  },
  en: {
    embedTitle: 'WhatsApp takes NSO to court (embedded graphic)',
    description:
      'Map of the countries where infections were reported, sourced figures and quotes: WhatsApp sues the Israeli firm NSO Group.',
    embedDescription: 'Embeddable graphic: WhatsApp sues the Israeli firm NSO Group.',
    cardAlt: 'Map of the countries where infections were reported, with the key figure and the source.',
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
    fullGraphic: 'The full graphic: the figures, the quotes and the sources',
    urlTitle: 'URL to paste (WordPress, oEmbed)',
    urlHint:
      'Paste it alone on its line: WordPress, for any account, shows a compact version (headline, map, source) that links to the full graphic.',
    whereTitle: 'Which code where',
    whereAuthor: 'WordPress as an author or contributor (scripts and iframes are removed): the URL.',
    whereAdmin: 'WordPress as an administrator or editor: the script and element, in a Custom HTML block.',
    whereCms: 'A newsroom CMS that allows scripts: the script and element; one that allows only iframes: the iframe.',
    whereAmp: 'AMP: the iframe page in an amp-iframe with resizable (it sends AMP’s embed-size message).',
    whereLinks: 'Platforms that keep only links (social networks, newsletters): this page’s URL, shown with its card.',
    themeLabel: 'Theme',
    themePage: 'Like my page',
    themeSystem: 'Like the reader’s system',
    themeLight: 'Light',
    themeDark: 'Dark',
    themePageHint:
      'Light or dark as your page’s background behind the graphic, and as the reader’s system if your page follows it.',
    themeSystemHint: 'Light or dark as the reader’s system setting: an iframe cannot see your page.',
    themeLightHint: 'Always light: white background, dark text.',
    themeDarkHint: 'Always dark: near-black background, light text.',
  },
  ar: {
    embedTitle: 'واتساب يقاضي مجموعة NSO (رسم مضمّن)',
    description:
      'خريطة البلدان التي أُبلغ فيها عن إصابات، وأرقام واقتباسات موثّقة المصدر: واتساب يقاضي الشركة الإسرائيلية NSO Group.',
    embedDescription: 'رسم قابل للتضمين: واتساب يقاضي الشركة الإسرائيلية NSO Group.',
    cardAlt: 'خريطة البلدان التي أُبلغ فيها عن إصابات، مع الرقم الرئيسي والمصدر.',
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
    fullGraphic: 'الرسم الكامل: الأرقام والاقتباسات والمصادر',
    urlTitle: 'رابط للّصق (ووردبريس، oEmbed)',
    urlHint:
      'الصقه وحده في سطره: يعرض ووردبريس، لأي حساب، نسخة مختصرة (العنوان والخريطة والمصدر) تقود إلى الرسم الكامل.',
    whereTitle: 'أيّ رمز وأين؟',
    whereAuthor: 'ووردبريس بحساب كاتب أو مساهم (تُحذف السكربتات وإطارات iframe): الرابط.',
    whereAdmin: 'ووردبريس بحساب مدير أو محرّر: السكربت والعنصر، في كتلة «HTML مخصّص».',
    whereCms: 'نظام تحرير يقبل السكربتات: السكربت والعنصر؛ وإن لم يقبل إلا إطارات iframe: الإطار.',
    whereAmp: 'AMP: صفحة الإطار داخل amp-iframe مع resizable (ترسل رسالة embed-size الخاصة بـAMP).',
    whereLinks:
      'المنصات التي لا تحتفظ إلا بالروابط (الشبكات الاجتماعية، النشرات البريدية): رابط هذه الصفحة، مع بطاقته.',
    themeLabel: 'المظهر',
    themePage: 'مثل صفحتي',
    themeSystem: 'مثل نظام القارئ',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    themePageHint: 'فاتح أو داكن بحسب خلفية صفحتك خلف الرسم، وبحسب نظام القارئ إن كانت صفحتك تتبعه.',
    themeSystemHint: 'فاتح أو داكن بحسب إعداد نظام القارئ: لا يرى إطار iframe صفحتك.',
    themeLightHint: 'فاتح دائمًا: خلفية بيضاء ونص داكن.',
    themeDarkHint: 'داكن دائمًا: خلفية شبه سوداء ونص فاتح.',
  },
} satisfies Record<Lang, Record<string, string>>;
