<?php
/**
 * Settings → Paris Call: where the module and the data load from. The
 * default, the plugin's own copy, makes no request to any other site; the
 * alternative is the pinned CDN module, checked by its SHA-384.
 *
 * @package ParisCallWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Keeps only the values the page offers.
 *
 * @param mixed $input The submitted option.
 * @return array{source: string}
 */
function paris_call_sanitize_options( $input ) {
	$source = is_array( $input ) && isset( $input['source'] ) && 'cdn' === $input['source'] ? 'cdn' : 'self';
	return array( 'source' => $source );
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'paris_call',
			'paris_call_options',
			array(
				'type'              => 'array',
				'sanitize_callback' => 'paris_call_sanitize_options',
				'default'           => array( 'source' => 'self' ),
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'paris_call_source', __( 'Where the widgets load from', 'paris-call-widgets' ), '__return_false', 'paris-call' );
		add_settings_field(
			'paris_call_source',
			__( 'Script and data', 'paris-call-widgets' ),
			static function () {
				$source  = paris_call_options()['source'];
				$choices = array(
					'self' => __( 'From this site (default): the plugin carries the script and the data; pages make no request to another site.', 'paris-call-widgets' ),
					'cdn'  => __( 'From the jsDelivr CDN, the pinned version with its integrity hash (the browser refuses a file that differs by one byte). Readers\' browsers then contact cdn.jsdelivr.net.', 'paris-call-widgets' ),
				);
				echo '<fieldset>';
				foreach ( $choices as $value => $text ) {
					printf(
						'<p><label><input type="radio" name="paris_call_options[source]" value="%1$s"%2$s> %3$s</label></p>',
						esc_attr( $value ),
						checked( $source, $value, false ),
						esc_html( $text )
					);
				}
				echo '</fieldset>';
			},
			'paris-call',
			'paris_call_source'
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		add_options_page(
			__( 'Paris Call', 'paris-call-widgets' ),
			__( 'Paris Call', 'paris-call-widgets' ),
			'manage_options',
			'paris-call',
			static function () {
				if ( ! current_user_can( 'manage_options' ) ) {
					wp_die( esc_html__( 'Sorry, you are not allowed to manage these options.', 'paris-call-widgets' ), 403 );
				}
				echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form method="post" action="options.php">';
				settings_fields( 'paris_call' );
				do_settings_sections( 'paris-call' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);
