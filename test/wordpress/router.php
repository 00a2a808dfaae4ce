<?php
/**
 * Router for `php -S`: serves existing files as they are and sends every
 * other path to WordPress, as the rewrite rules of a web server would
 * (so /favicon.ico reaches WordPress instead of a bare 404).
 *
 * @package ParisCallWidgets
 */

$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ); // phpcs:ignore
if ( '/' !== $path && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
if ( is_dir( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
