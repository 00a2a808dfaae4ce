<?php
/**
 * One block per widget (blocks/<widget>/block.json, generated from the
 * elements' manifest), rendered on the server; the editor script shows a
 * live preview and the inspector controls.
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
		wp_register_script(
			'paris-call-widgets-editor',
			plugins_url( 'editor/editor.js', PARIS_CALL_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-data', 'wp-i18n' ),
			PARIS_CALL_WIDGETS_VERSION,
			true
		);
		wp_add_inline_script(
			'paris-call-widgets-editor',
			'window.parisCallWidgets = ' . wp_json_encode(
				array(
					'schema'        => $schema,
					'siteLang'      => paris_call_site_lang(),
					'supportersUrl' => add_query_arg( 'ver', PARIS_CALL_WIDGETS_VERSION, plugins_url( 'data/supporters.json', PARIS_CALL_WIDGETS_FILE ) ),
				)
			) . ';',
			'before'
		);
		foreach ( array_keys( $schema['widgets'] ) as $widget ) {
			register_block_type(
				PARIS_CALL_WIDGETS_DIR . 'blocks/' . $widget,
				array(
					'render_callback' => static function ( $attributes ) use ( $widget, $schema ) {
						$given = array();
						foreach ( $schema['widgets'][ $widget ]['attrs'] as $attr ) {
							if ( array_key_exists( $attr['prop'], $attributes ) ) {
								$given[ $attr['name'] ] = $attributes[ $attr['prop'] ];
							}
						}
						$given['lang'] = $attributes['lang'] ?? '';
						return '<div ' . get_block_wrapper_attributes() . '>' . paris_call_render( $widget, $given, 'paris-call/' . $widget ) . '</div>';
					},
				)
			);
		}
	}
);

// In the editor, the preview comes alive: the module with every language (a block may pick its own).
add_action(
	'enqueue_block_editor_assets',
	static function () {
		paris_call_enqueue( '*' );
	}
);
