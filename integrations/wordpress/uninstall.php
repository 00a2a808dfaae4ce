<?php
/**
 * Removes the plugin's only option when the plugin is deleted.
 *
 * @package ParisCallWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'paris_call_options' );
