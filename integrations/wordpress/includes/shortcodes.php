<?php
/**
 * A shortcode per widget for the classic editor: [paris_call_counter
 * category="state"], [paris_call_badge supporter="…"], … The attributes are
 * the element's own (as in HTML), plus `lang`; a bare word such as
 * [paris_call_principles no-heading] turns that option on.
 *
 * @package ParisCallWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		$schema = paris_call_data( 'schema' );
		if ( ! is_array( $schema ) ) {
			return;
		}
		foreach ( array_keys( $schema['widgets'] ) as $widget ) {
			$name = 'paris_call_' . str_replace( '-', '_', $widget );
			add_shortcode(
				$name,
				static function ( $atts ) use ( $widget, $name ) {
					$given = array();
					foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
						if ( is_int( $key ) ) {
							$given[ strtolower( (string) $value ) ] = true;
						} else {
							$given[ $key ] = $value;
						}
					}
					return paris_call_render( $widget, $given, '[' . $name . ']' );
				}
			);
		}
	}
);
