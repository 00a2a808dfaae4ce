// Deleting the plugin (Plugins → Delete) removes its option and its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_DIR, php } from './helpers.js';

test('uninstalling removes the option', () => {
  const out = php(`
    require_once ABSPATH . 'wp-admin/includes/file.php';
    update_option('paris_call_options', array('source' => 'cdn'));
    deactivate_plugins('paris-call-widgets/paris-call-widgets.php');
    $r = delete_plugins(array('paris-call-widgets/paris-call-widgets.php'));
    echo wp_json_encode(array(is_wp_error($r) ? $r->get_error_message() : $r, get_option('paris_call_options', 'gone')));
  `);
  assert.equal(out, '[true,"gone"]');
  assert.equal(existsSync(PLUGIN_DIR), false);
});

test('the plugin wrote no PHP notice, warning or error during the whole run', () => {
  const log = join(process.env.PCW_WP_WORK, 'debug.log');
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  assert.deepEqual(
    lines.filter((l) => l.includes('paris-call-widgets') || l.includes('paris_call')),
    [],
  );
});
