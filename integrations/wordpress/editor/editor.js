// The blocks in the editor: inspector controls built from the widgets'
// attributes (window.parisCallWidgets.schema, generated from the elements'
// manifest) and a live preview (the server's rendering, brought to life by
// the module the editor loads). Plain script, no build step.
//
// The badge picks its organisation from the register by name; an id that is
// not in the register locks publishing until it is replaced.
(function (wp, config) {
  if (!wp || !config) return;
  const el = wp.element.createElement;
  const { useEffect, useState, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, TextControl, ComboboxControl, Notice } = wp.components;
  const { __, sprintf } = wp.i18n;
  const ServerSideRender = wp.serverSideRender;
  const D = 'paris-call-widgets';

  let register = null;
  /** The register (id → [name, category, date signed]) as a Map, fetched once. */
  function loadRegister() {
    register ??= fetch(config.supportersUrl, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((o) => new Map(Object.entries(o)));
    return register;
  }
  function useRegister() {
    const [map, setMap] = useState(null);
    useEffect(() => {
      let live = true;
      loadRegister().then((m) => live && setMap(m));
      return () => {
        live = false;
      };
    }, []);
    return map;
  }

  /** Accents, case and full-width forms ignored, as the supporter list searches. */
  const fold = (s) =>
    String(s)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();

  const label = (name) => name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const help = (text) => text.replace(/`/g, '');

  function SupporterControl({ attr, value, onChange }) {
    const map = useRegister();
    const [filter, setFilter] = useState('');
    const options = [];
    if (map) {
      const words = fold(filter).split(/\s+/).filter(Boolean);
      if (map.has(value)) options.push({ value, label: map.get(value)[0] });
      for (const [id, row] of map) {
        if (options.length >= 50) break;
        const hay = fold(`${row[0]} ${id}`);
        if (id !== value && words.every((w) => hay.includes(w))) options.push({ value: id, label: `${row[0]} · ${row[1]}` });
      }
    }
    return el(ComboboxControl, {
      label: __('Organisation (search the register by name)', D),
      value: map && map.has(value) ? value : null,
      options,
      onChange: (v) => onChange(v ?? ''),
      onFilterValueChange: setFilter,
      help: help(attr.description),
    });
  }

  function control(attr, value, set) {
    const common = { key: attr.name, label: label(attr.name), help: help(attr.description) };
    switch (attr.type) {
      case 'boolean':
        return el(ToggleControl, { ...common, checked: !!value, onChange: (v) => set(v) });
      case 'enum':
        return el(SelectControl, {
          ...common,
          value,
          options: attr.values.map((v) => ({ value: v, label: v === '' ? __('(any)', D) : v })),
          onChange: (v) => set(v),
        });
      case 'enum-number':
        return el(SelectControl, {
          ...common,
          value: String(value),
          options: attr.values.map((v) => ({ value: String(v), label: String(v) })),
          onChange: (v) => set(Number(v)),
        });
      case 'supporter':
        return el(SupporterControl, { key: attr.name, attr, value, onChange: set });
      default:
        return el(TextControl, { ...common, value: value ?? '', onChange: (v) => set(v) });
    }
  }

  /** The badge: a notice, and publishing locked, while its id is not in the register. */
  function useBadgeGuard(clientId, id) {
    const map = useRegister();
    const known = !!map && typeof id === 'string' && map.has(id);
    const editor = wp.data.dispatch('core/editor');
    const lock = `paris-call-badge-${clientId}`;
    useEffect(() => {
      if (!editor || !map) return undefined;
      if (known) editor.unlockPostSaving(lock);
      else editor.lockPostSaving(lock);
      return () => editor.unlockPostSaving(lock);
    }, [known, !!map]);
    return { ready: !!map, known };
  }

  for (const [widget, w] of Object.entries(config.schema.widgets)) {
    const name = `paris-call/${widget}`;
    wp.blocks.registerBlockType(name, {
      edit(props) {
        const { attributes, setAttributes, clientId } = props;
        const blockProps = useBlockProps();
        const guard = widget === 'badge' ? useBadgeGuard(clientId, attributes.supporter) : null;
        const controls = w.attrs.map((a) => control(a, attributes[a.prop], (v) => setAttributes({ [a.prop]: v })));
        controls.push(
          el(SelectControl, {
            key: 'lang',
            label: __('Language', D),
            value: attributes.lang ?? '',
            options: [
              { value: '', label: sprintf(__('Site language (%s)', D), config.siteLang) },
              ...config.schema.locales.map((l) => ({ value: l, label: l })),
            ],
            onChange: (v) => setAttributes({ lang: v }),
          }),
        );
        return el(
          'div',
          blockProps,
          el(InspectorControls, null, el(PanelBody, { title: w.title }, controls)),
          guard && guard.ready && !guard.known
            ? el(
                Notice,
                { status: 'error', isDismissible: false, className: 'paris-call-badge-refused' },
                __(
                  'This badge has no organisation from the Paris Call register: choose one in the block settings. Publishing is locked until then.',
                  D,
                ),
              )
            : null,
          guard && !guard.known
            ? el(
                Fragment,
                null,
                el(SupporterControl, {
                  attr: w.attrs.find((a) => a.name === 'supporter'),
                  value: attributes.supporter,
                  onChange: (v) => setAttributes({ supporter: v }),
                }),
              )
            : null,
          el(ServerSideRender, { block: name, attributes }),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.parisCallWidgets);
