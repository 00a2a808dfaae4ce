<?php
/**
 * Writes a widget: its tag, its attributes (validated against the elements'
 * own manifest, data/schema.json), and the content a reader sees before and
 * without any script (data/fallback-<lang>.json, rendered at build time by
 * the library's own server renderer). Enqueues the module once, only on a
 * page that holds a widget.
 *
 * @package ParisCallWidgets
 */

defined( 'ABSPATH' ) || exit;

const PARIS_CALL_HANDLE = 'paris-call-widgets';

/**
 * One of the plugin's generated data files (decoded once per request).
 *
 * @param string $name File name in data/, without `.json`.
 * @return array|null
 */
function paris_call_data( $name ) {
	static $cache = array();
	if ( ! array_key_exists( $name, $cache ) ) {
		$file           = PARIS_CALL_WIDGETS_DIR . 'data/' . $name . '.json';
		$text           = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$cache[ $name ] = false === $text ? null : json_decode( $text, true );
	}
	return $cache[ $name ];
}

/**
 * The plugin's options, with their defaults.
 *
 * @return array{source: string}
 */
function paris_call_options() {
	$options = get_option( 'paris_call_options', array() );
	$source  = is_array( $options ) && isset( $options['source'] ) && 'cdn' === $options['source'] ? 'cdn' : 'self';
	return array( 'source' => $source );
}

/**
 * The site's language as a widget language: `fr_FR` → `fr`; English unless it is one of the widgets' languages.
 *
 * @return string
 */
function paris_call_site_lang() {
	$schema = paris_call_data( 'schema' );
	$first  = strtolower( (string) strtok( (string) get_locale(), '_-' ) );
	return in_array( $first, $schema['locales'], true ) ? $first : 'en';
}

/**
 * Whether the current visitor may see the notes about a widget's attributes (people who can edit this content).
 *
 * @return bool
 */
function paris_call_can_see_notices() {
	$post = get_post();
	return $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( 'edit_posts' );
}

/**
 * A given attribute value, checked against its schema entry.
 *
 * @param array $attr  The attribute's schema entry.
 * @param mixed $raw   The value given (shortcode text or block attribute).
 * @param bool  $valid Set to whether the value is allowed.
 * @return mixed The value to use.
 */
function paris_call_validate( $attr, $raw, &$valid ) {
	$valid = true;
	if ( ! is_scalar( $raw ) ) {
		$valid = false;
		return null;
	}
	switch ( $attr['type'] ) {
		case 'boolean':
			if ( is_bool( $raw ) ) {
				return $raw;
			}
			$text = strtolower( trim( (string) $raw ) );
			if ( in_array( $text, array( '', '1', 'true', 'yes', 'on' ), true ) ) {
				return true;
			}
			if ( in_array( $text, array( '0', 'false', 'no', 'off' ), true ) ) {
				return false;
			}
			break;
		case 'enum':
			if ( in_array( (string) $raw, $attr['values'], true ) ) {
				return (string) $raw;
			}
			break;
		case 'enum-number':
			$text = (string) $raw;
			if ( preg_match( '/^[0-9]{1,3}$/', $text ) && in_array( (int) $text, $attr['values'], true ) ) {
				return (int) $text;
			}
			break;
		default: // Free text: a search query, a display name, a register id.
			$text = (string) $raw;
			if ( strlen( $text ) <= 200 && ! preg_match( '/[\x00-\x1f\x7f]/', $text ) ) {
				return $text;
			}
	}
	$valid = false;
	return null;
}

/**
 * A value as text for the notes.
 *
 * @param mixed $value Any value.
 * @return string
 */
function paris_call_show( $value ) {
	if ( is_bool( $value ) ) {
		return $value ? 'true' : 'false';
	}
	return is_scalar( $value ) ? (string) $value : gettype( $value );
}

/**
 * The verified register row for a badge id, or null (exact match, no normalisation: the badge's own rule).
 *
 * @param mixed $id The `supporter` attribute.
 * @return array|null [name, category, date signed]
 */
function paris_call_supporter( $id ) {
	if ( ! is_string( $id ) || '' === $id ) {
		return null;
	}
	$register = paris_call_data( 'supporters' );
	if ( ! is_array( $register ) || ! array_key_exists( $id, $register ) ) {
		return null;
	}
	$row = $register[ $id ];
	return is_array( $row ) && 3 === count( $row ) ? $row : null;
}

/**
 * The content inside the tag, in `$lang`, from the build's pre-rendered tables.
 *
 * @param string $widget Widget name (counter, badge…).
 * @param array  $w      Its schema entry.
 * @param array  $values Validated attributes, by name.
 * @param array  $fb     The language's fallback table.
 * @return string HTML (already passed through wp_kses by the caller).
 */
function paris_call_fallback( $widget, $w, $values, $fb ) {
	$table = $fb['widgets'][ $widget ] ?? null;
	if ( ! is_array( $table ) ) {
		return '';
	}
	if ( 'badge' === $widget ) {
		$row = paris_call_supporter( $values['supporter'] ?? '' );
		$key = $row ? $row[1] . '|' . $row[2] : null;
		if ( ! $row || ! isset( $table['details'][ $key ] ) ) {
			// Fails closed, as the badge does: no verified row, no claim.
			return $table['notFound'];
		}
		return strtr(
			$table['template'],
			array(
				'{{name}}'    => esc_html( $row[0] ),
				'{{details}}' => esc_html( $table['details'][ $key ] ),
			)
		);
	}
	if ( ! empty( $w['filters'] ) ) {
		foreach ( $w['filters'] as $filter ) {
			if ( isset( $values[ $filter ] ) && '' !== $values[ $filter ] ) {
				return $table['filtered'] ?? '';
			}
		}
	}
	$parts = array();
	foreach ( $w['fallbackKeys'] as $name ) {
		foreach ( $w['attrs'] as $attr ) {
			if ( $attr['name'] === $name ) {
				$value   = array_key_exists( $name, $values ) ? $values[ $name ] : $attr['default'];
				$parts[] = is_bool( $value ) ? ( $value ? 'true' : 'false' ) : (string) $value;
			}
		}
	}
	return $table[ implode( '|', $parts ) ] ?? '';
}

/**
 * The markup the fallback content may hold.
 *
 * @return array
 */
function paris_call_allowed_html() {
	return array(
		'p'      => array(),
		'br'     => array(),
		'strong' => array(),
		'small'  => array(),
		'ul'     => array(),
		'ol'     => array(),
		'li'     => array(),
		'a'      => array( 'href' => true ),
	);
}

/**
 * A widget, ready for the page: `<paris-call-{widget} …>content</…>`, and a
 * note for people who can edit the page when an attribute was not allowed
 * (everyone else sees the widget with that attribute's default).
 *
 * @param string $widget Widget name.
 * @param array  $given  Attributes by their HTML name (plus `lang`), as given.
 * @param string $label  How the author wrote it, for the note (`[paris_call_counter]`, a block name).
 * @return string HTML.
 */
function paris_call_render( $widget, $given, $label ) {
	$schema = paris_call_data( 'schema' );
	$w      = $schema['widgets'][ $widget ] ?? null;
	if ( ! $w ) {
		return '';
	}
	$attrs = array();
	foreach ( $w['attrs'] as $attr ) {
		$attrs[ $attr['name'] ] = $attr;
	}
	$lang     = paris_call_site_lang();
	$values   = array();
	$problems = array();
	foreach ( $given as $name => $raw ) {
		$name = (string) $name;
		if ( 'lang' === $name ) {
			if ( '' === $raw || null === $raw ) {
				continue;
			}
			if ( is_string( $raw ) && in_array( $raw, $schema['locales'], true ) ) {
				$lang = $raw;
			} else {
				/* translators: 1: the value given, 2: the allowed values. */
				$problems[] = sprintf( __( 'lang="%1$s" is not one of %2$s: the site language is used.', 'paris-call-widgets' ), paris_call_show( $raw ), implode( ', ', $schema['locales'] ) );
			}
			continue;
		}
		if ( ! isset( $attrs[ $name ] ) ) {
			/* translators: 1: attribute name, 2: the attributes this widget has. */
			$problems[] = sprintf( __( 'There is no attribute "%1$s" (this widget has: %2$s).', 'paris-call-widgets' ), $name, implode( ', ', array_merge( array_keys( $attrs ), array( 'lang' ) ) ) );
			continue;
		}
		$attr  = $attrs[ $name ];
		$valid = true;
		$value = paris_call_validate( $attr, $raw, $valid );
		if ( ! $valid ) {
			$allowed = isset( $attr['values'] ) ? implode( ', ', array_map( 'paris_call_show', array_slice( $attr['values'], 0, 12 ) ) ) . ( count( $attr['values'] ) > 12 ? ', …' : '' ) : __( 'text up to 200 characters', 'paris-call-widgets' );
			/* translators: 1: attribute, 2: the value given, 3: the allowed values. */
			$problems[] = sprintf( __( '%1$s="%2$s" is not allowed (%3$s): the default is used.', 'paris-call-widgets' ), $name, paris_call_show( $raw ), $allowed );
			continue;
		}
		if ( $value !== $attr['default'] ) {
			$values[ $name ] = $value;
		}
	}
	if ( 'badge' === $widget && ! paris_call_supporter( $values['supporter'] ?? '' ) ) {
		/* translators: %s: the id given. */
		$problems[] = sprintf( __( 'supporter="%s" is not in the Paris Call register: the badge says so and claims nothing. Pick an organisation from the register.', 'paris-call-widgets' ), paris_call_show( $values['supporter'] ?? '' ) );
	}

	$fb = paris_call_data( 'fallback-' . $lang );
	if ( ! is_array( $fb ) ) {
		return '';
	}
	$tag  = $w['tag'];
	$html = '<' . $tag;
	foreach ( array_merge( $fb['tag'], $values ) as $name => $value ) {
		if ( ! preg_match( '/^[a-z][a-z-]*$/', (string) $name ) || false === $value ) {
			continue;
		}
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
	}
	$html .= ">\n" . wp_kses( paris_call_fallback( $widget, $w, $values, $fb ), paris_call_allowed_html() ) . "\n</" . $tag . '>';

	paris_call_enqueue( $lang );

	if ( $problems && paris_call_can_see_notices() ) {
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$html = '<div class="paris-call-notice" role="note" style="border:2px solid #d63638;padding:.5em 1em;margin:.5em 0;background:#fff;color:#1e1e1e;font:14px/1.5 sans-serif">'
			. '<strong>' . esc_html( $label ) . '</strong><ul>' . $items . '</ul><small>'
			. esc_html__( 'Only people who can edit this page see this note.', 'paris-call-widgets' )
			. '</small></div>' . $html;
	}
	return $html;
}

/**
 * Enqueues the module (once: WordPress prints a handle once) and notes the language it must carry.
 *
 * @param string $lang A widget language, or '*' for every language.
 */
function paris_call_enqueue( $lang ) {
	$GLOBALS['paris_call_langs'][ $lang ] = true;
	wp_enqueue_script( PARIS_CALL_HANDLE );
}

/**
 * The module file for the languages on this page: that language's own when
 * the page has one (a per-language module speaks only its language), every
 * language otherwise.
 *
 * @return string
 */
function paris_call_module_file() {
	$langs = array_keys( $GLOBALS['paris_call_langs'] ?? array() );
	if ( in_array( '*', $langs, true ) || count( $langs ) !== 1 ) {
		return 'paris-call-widgets.js';
	}
	return 'paris-call-widgets.' . $langs[0] . '.js';
}

add_action(
	'init',
	static function () {
		wp_register_script( PARIS_CALL_HANDLE, plugins_url( 'assets/paris-call-widgets.js', PARIS_CALL_WIDGETS_FILE ), array(), PARIS_CALL_WIDGETS_VERSION, true );
	}
);

/**
 * The module's tag: type="module", from the plugin's own folder, or from
 * the pinned CDN URL with its SHA-384 (a changed byte and the browser
 * refuses it; the server-written content then stays).
 */
add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( PARIS_CALL_HANDLE !== $handle ) {
			return $tag;
		}
		$file = paris_call_module_file();
		if ( 'cdn' === paris_call_options()['source'] ) {
			$cdn = paris_call_data( 'cdn' );
			return sprintf(
				'<script type="module" src="%1$s" integrity="%2$s" crossorigin="anonymous" id="%3$s-js"></script>' . "\n",
				esc_url( $cdn['base'] . $file ),
				esc_attr( $cdn['integrity'][ $file ] ),
				esc_attr( PARIS_CALL_HANDLE )
			);
		}
		$src = add_query_arg( 'ver', PARIS_CALL_WIDGETS_VERSION, plugins_url( 'assets/' . $file, PARIS_CALL_WIDGETS_FILE ) );
		return sprintf( '<script type="module" src="%1$s" id="%2$s-js"></script>' . "\n", esc_url( $src ), esc_attr( PARIS_CALL_HANDLE ) );
	},
	10,
	2
);
