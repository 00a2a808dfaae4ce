<?php
/**
 * Plugin Name:       Paris Call Widgets
 * Plugin URI:        https://github.com/paris-call-widgets/paris-call-widgets
 * Description:       Blocks and shortcodes that show the Paris Call for Trust and Security in Cyberspace: supporter counter, principles, timeline, world map, endorsement badge and supporter list, in your site's language.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            paris-call-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       paris-call-widgets
 *
 * @package ParisCallWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'PARIS_CALL_WIDGETS_VERSION', '{{version}}' );
define( 'PARIS_CALL_WIDGETS_FILE', __FILE__ );
define( 'PARIS_CALL_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once PARIS_CALL_WIDGETS_DIR . 'includes/render.php';
require_once PARIS_CALL_WIDGETS_DIR . 'includes/blocks.php';
require_once PARIS_CALL_WIDGETS_DIR . 'includes/shortcodes.php';
require_once PARIS_CALL_WIDGETS_DIR . 'includes/settings.php';
