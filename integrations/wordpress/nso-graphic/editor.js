/**
 * The NSO graphic block in the editor: the language and the theme, chosen in the sidebar; the page shows the
 * graphic itself (rendered on the server, nso-graphic.php). Plain script with WordPress's globals: no build step.
 */
(function (wp) {
  const { createElement: h } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, Placeholder } = wp.components;

  const LANGS = [
    { value: 'fr', label: 'Français' },
    { value: 'en', label: 'English' },
    { value: 'ar', label: 'العربية' },
  ];
  const THEMES = [
    { value: 'auto', label: __('Like the page', 'nso-graphic') },
    { value: 'light', label: __('Light', 'nso-graphic') },
    { value: 'dark', label: __('Dark', 'nso-graphic') },
  ];

  wp.blocks.registerBlockType('nso/graphic', {
    apiVersion: 2,
    title: 'NSO graphic',
    description: __('WhatsApp sues NSO Group: the map, the figures and the quotes.', 'nso-graphic'),
    category: 'embed',
    icon: 'location-alt',
    attributes: {
      lang: { type: 'string', default: 'fr' },
      theme: { type: 'string', default: 'auto' },
    },
    edit({ attributes, setAttributes }) {
      const controls = h(
        InspectorControls,
        null,
        h(
          PanelBody,
          { title: __('Graphic', 'nso-graphic') },
          h(SelectControl, {
            label: __('Language', 'nso-graphic'),
            value: attributes.lang,
            options: LANGS,
            onChange: (lang) => setAttributes({ lang }),
          }),
          h(SelectControl, {
            label: __('Theme', 'nso-graphic'),
            value: attributes.theme,
            options: THEMES,
            onChange: (theme) => setAttributes({ theme }),
          }),
        ),
      );
      const language = LANGS.find((option) => option.value === attributes.lang);
      return h(
        'div',
        useBlockProps(),
        controls,
        h(Placeholder, {
          icon: 'location-alt',
          label: 'NSO graphic',
          instructions: `${language ? language.label : attributes.lang} · ${__('shown in full on the page', 'nso-graphic')}`,
        }),
      );
    },
    save: () => null,
  });
})(window.wp);
