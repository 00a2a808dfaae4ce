<?php
/**
 * Installs the test site (PHP CLI, before the web server starts): the
 * administrator, two Authors and an Editor, the Twenty Twenty-Three theme,
 * and the posts an Author writes with every block and every shortcode.
 * Prints the users and the posts' ids as JSON.
 *
 * @package ParisCallWidgets
 */

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = pcw_host( getenv( 'PCW_WP_URL' ) );
require getenv( 'PCW_WP_DIR' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

/**
 * The host of a URL, before WordPress is loaded.
 *
 * @param string $url A URL.
 * @return string
 */
function pcw_host( $url ) {
	return (string) parse_url( $url, PHP_URL_HOST ) . ':' . (string) parse_url( $url, PHP_URL_PORT ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
}

ob_start();
wp_install( 'Paris Call test site', 'admin', 'admin@example.org', true, '', 'admin-password-1' );
ob_end_clean();
switch_theme( 'twentytwentythree' );
update_option( 'permalink_structure', '' );

$users = array(
	'admin'   => array(
		'login'    => 'admin',
		'password' => 'admin-password-1',
	),
	'author'  => array(
		'login'    => 'author',
		'password' => 'author-password-1',
	),
	'author2' => array(
		'login'    => 'author2',
		'password' => 'author-password-2',
	),
	'editor'  => array(
		'login'    => 'editor',
		'password' => 'editor-password-1',
	),
);
foreach ( array( 'author', 'author2', 'editor' ) as $key ) {
	$role                 = 'editor' === $key ? 'editor' : 'author';
	$users[ $key ]['id'] = wp_insert_user(
		array(
			'user_login' => $users[ $key ]['login'],
			'user_pass'  => $users[ $key ]['password'],
			'user_email' => $key . '@example.org',
			'role'       => $role,
		)
	);
}
$users['admin']['id'] = 1;

// Everything below is written by the Author, with kses filtering as for any Author.
wp_set_current_user( $users['author']['id'] );
if ( current_user_can( 'unfiltered_html' ) ) {
	fwrite( STDERR, "the Author can post unfiltered HTML: the test would prove nothing\n" );
	exit( 1 );
}

/**
 * A published post by the current user.
 *
 * @param string $title   Title.
 * @param string $content Content.
 * @return int
 */
function pcw_post( $title, $content ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	return $id;
}

/**
 * A block's serialized form, as the editor saves it.
 *
 * @param string $widget Widget name.
 * @param array  $attrs  Attributes.
 * @return string
 */
function pcw_block( $widget, $attrs = array() ) {
	return serialize_block(
		array(
			'blockName'    => 'paris-call/' . $widget,
			'attrs'        => $attrs,
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		)
	);
}

$posts = array();

$posts['blocks'] = pcw_post(
	'Every block',
	implode(
		"\n\n",
		array(
			pcw_block( 'counter', array( 'category' => 'state' ) ),
			pcw_block( 'principle', array( 'number' => 3 ) ),
			pcw_block( 'principles', array( 'layout' => 'list' ) ),
			pcw_block( 'timeline' ),
			pcw_block( 'badge', array( 'supporter' => 'cambodge-state-KHM' ) ),
			pcw_block( 'supporters' ),
			pcw_block( 'map' ),
		)
	)
);

$posts['shortcodes'] = pcw_post(
	'Every shortcode',
	"Our support, in figures:\n\n[paris_call_counter layout=\"compact\"]\n\n[paris_call_principle number=\"9\"]\n\n[paris_call_principles no-heading]\n\n"
	. "[paris_call_timeline orientation=\"horizontal\"]\n\n[paris_call_badge supporter=\"andersen_tax_legal-private-sector-ESP\" variant=\"compact\"]\n\n"
	. "[paris_call_supporters category=\"state\"]\n\n[paris_call_map mode=\"all\"]\n\nThank you for reading."
);

$posts['japanese'] = pcw_post( 'One widget in Japanese', pcw_block( 'counter', array( 'lang' => 'ja' ) ) );
$posts['mixed']    = pcw_post( 'Japanese and German', pcw_block( 'counter', array( 'lang' => 'ja' ) ) . "\n\n[paris_call_principle lang=\"de\" number=\"2\"]" );

$posts['plain'] = pcw_post( 'No widget here', "<p>Just words, no widget.</p>\n\n<!-- wp:paragraph --><p>A paragraph block.</p><!-- /wp:paragraph -->" );

$posts['unknownBadge'] = pcw_post(
	'A badge for an organisation that is not a supporter',
	pcw_block( 'badge', array( 'supporter' => 'not-a-supporter-XYZ' ) ) . "\n\n[paris_call_badge supporter=\"Cambodge-state-KHM\"]"
);

$posts['invalid'] = pcw_post( 'A shortcode with a wrong value', "[paris_call_counter category=\"planet\" colour=\"red\"]\n\n[paris_call_principle number=\"12\"]" );

$hostile = "[paris_call_counter category='\"><script>alert(1)</script>']\n\n"
	. "[paris_call_supporters query='\"><script>alert(2)</script>' country='javascript:alert(3)']\n\n"
	. "[paris_call_badge supporter='javascript:alert(4)' name='\"><img src=x onerror=alert(5)>']\n\n"
	. "[paris_call_badge supporter=\"cambodge-state-KHM\" name='<b onmouseover=alert(6)>x</b>']\n\n"
	. "[paris_call_principle lang='\"><svg onload=alert(7)>']";
// The Author's copy goes through kses; the administrator's (unfiltered_html) reaches the shortcodes as typed.
$posts['hostile'] = pcw_post( 'Hostile attributes', $hostile );
wp_set_current_user( $users['admin']['id'] );
$posts['hostileAdmin'] = pcw_post( 'Hostile attributes, unfiltered', $hostile );
wp_set_current_user( $users['author']['id'] );

echo wp_json_encode(
	array(
		'users' => $users,
		'posts' => $posts,
	)
);
