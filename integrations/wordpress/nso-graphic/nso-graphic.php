<?php
/**
 * Plugin Name: NSO graphic
 * Description: The graphic "WhatsApp sues NSO Group" in posts: a block, the [nso-graphic] shortcode, and the <nso-graphic> element for every role. Its module loads only on pages that show it.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * License: MIT
 *
 * Where the graphic is published (its dist/ folder, e.g. https://cdn.example/nso/) is set in Settings → Writing,
 * or by the NSO_GRAPHIC_URL constant in wp-config.php, which takes precedence.
 */

defined( 'ABSPATH' ) || exit;

const NSO_GRAPHIC_LANGS  = array( 'fr', 'en', 'ar' );
const NSO_GRAPHIC_THEMES = array( 'light', 'dark', 'auto' );

/** The published dist/ folder's URL, with its trailing slash, or '' when not set. */
function nso_graphic_base_url() {
	$url = defined( 'NSO_GRAPHIC_URL' ) ? NSO_GRAPHIC_URL : get_option( 'nso_graphic_url', '' );
	$url = esc_url_raw( trim( (string) $url ), array( 'https', 'http' ) );
	return '' === $url ? '' : trailingslashit( $url );
}

/** The module, enqueued in the footer of the pages that show the graphic (it is an ES module). */
function nso_graphic_enqueue() {
	$base = nso_graphic_base_url();
	if ( '' !== $base ) {
		wp_enqueue_script( 'nso-graphic', $base . 'nso-graphic.js', array(), null, true );
	}
}

add_filter(
	'script_loader_tag',
	function ( $tag, $handle ) {
		return 'nso-graphic' === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag;
	},
	10,
	2
);

/** A message for those who can fix it (editors previewing), and nothing for readers. */
function nso_graphic_error( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="nso-graphic-error" role="alert"><strong>NSO graphic:</strong> ' . esc_html( $message ) . '</p>';
}

/** The element, with its fallback text and link, for a language and a theme. */
function nso_graphic_render( $lang, $theme ) {
	$base = nso_graphic_base_url();
	if ( '' === $base ) {
		return nso_graphic_error( __( 'the graphic’s URL is not set (Settings → Writing, or NSO_GRAPHIC_URL).', 'nso-graphic' ) );
	}
	if ( ! in_array( $lang, NSO_GRAPHIC_LANGS, true ) ) {
		/* translators: %s: the language given */
		return nso_graphic_error( sprintf( __( 'lang="%s" is not one of fr, en, ar.', 'nso-graphic' ), $lang ) );
	}
	if ( ! in_array( $theme, NSO_GRAPHIC_THEMES, true ) ) {
		/* translators: %s: the theme given */
		return nso_graphic_error( sprintf( __( 'theme="%s" is not one of light, dark, auto.', 'nso-graphic' ), $theme ) );
	}
	$fallback = array(
		'fr' => array( 'WhatsApp accuse NSO Group d’avoir infecté environ 1 400 appareils.', 'Voir le graphique', 'index.html' ),
		'en' => array( 'WhatsApp accuses NSO Group of infecting about 1,400 devices.', 'See the graphic', 'index.en.html' ),
		'ar' => array( 'تتهم واتساب مجموعة NSO بإصابة نحو 1,400 جهاز.', 'عرض الرسم', 'index.ar.html' ),
	)[ $lang ];
	nso_graphic_enqueue();
	return sprintf(
		'<nso-graphic lang="%1$s" theme="%2$s"><p>%3$s <a href="%4$s">%5$s</a></p></nso-graphic>',
		esc_attr( $lang ),
		esc_attr( $theme ),
		esc_html( $fallback[0] ),
		esc_url( $base . $fallback[2] ),
		esc_html( $fallback[1] )
	);
}

/** [nso-graphic lang="fr" theme="auto"] */
add_shortcode(
	'nso-graphic',
	function ( $atts ) {
		$atts = shortcode_atts( array( 'lang' => 'fr', 'theme' => 'auto' ), $atts, 'nso-graphic' );
		return nso_graphic_render( strtolower( (string) $atts['lang'] ), strtolower( (string) $atts['theme'] ) );
	}
);

/** The block: rendered on the server, as the shortcode; its editor is editor.js. */
add_action(
	'init',
	function () {
		wp_register_script(
			'nso-graphic-editor',
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
			'0.1.0',
			true
		);
		register_block_type(
			'nso/graphic',
			array(
				'api_version'     => 2,
				'title'           => 'NSO graphic',
				'category'        => 'embed',
				'editor_script'   => 'nso-graphic-editor',
				'attributes'      => array(
					'lang'  => array( 'type' => 'string', 'default' => 'fr' ),
					'theme' => array( 'type' => 'string', 'default' => 'auto' ),
				),
				'render_callback' => function ( $attributes ) {
					return nso_graphic_render( (string) $attributes['lang'], (string) $attributes['theme'] );
				},
			)
		);
	}
);

/**
 * <nso-graphic lang theme> written in a post passes the content filter for every role (not `src`: a dataset from
 * anywhere could put words in the graphic's sources), and loads the module on the page that shows it.
 */
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' === $context ) {
			$tags['nso-graphic'] = array( 'lang' => true, 'theme' => true );
		}
		return $tags;
	},
	10,
	2
);
add_filter(
	'the_content',
	function ( $content ) {
		if ( false !== strpos( $content, '<nso-graphic' ) ) {
			nso_graphic_enqueue();
		}
		return $content;
	},
	20
);

/** Settings → Writing: the graphic's URL. */
add_action(
	'admin_init',
	function () {
		register_setting(
			'writing',
			'nso_graphic_url',
			array(
				'type'              => 'string',
				'sanitize_callback' => 'esc_url_raw',
				'default'           => '',
			)
		);
		add_settings_field(
			'nso_graphic_url',
			__( 'NSO graphic: published folder', 'nso-graphic' ),
			function () {
				printf(
					'<input type="url" class="regular-text code" id="nso_graphic_url" name="nso_graphic_url" value="%s" placeholder="https://cdn.example/nso/"%s />',
					esc_attr( get_option( 'nso_graphic_url', '' ) ),
					defined( 'NSO_GRAPHIC_URL' ) ? ' disabled' : ''
				);
			},
			'writing',
			'default',
			array( 'label_for' => 'nso_graphic_url' )
		);
	}
);
