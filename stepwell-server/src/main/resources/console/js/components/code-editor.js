import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { loadMonaco } from './monaco.js';

/**
 * <sw-code-editor>: Monaco on `value` (JSON by default). Fires `code-change` ({value}) when the
 * person edits the text; setting `value` from outside replaces the text without firing.
 * `markers` are Monaco markers ({startLineNumber, startColumn, endLineNumber, endColumn,
 * message, severity: 'error'|'warning'}).
 */
export class CodeEditor extends LightElement {
  static properties = {
    value: {},
    language: {},
    readonly: { type: Boolean },
    markers: { attribute: false },
  };

  constructor() {
    super();
    this.value = '';
    this.language = 'json';
  }

  render() {
    return html`<div class="code-host"></div>`;
  }

  async firstUpdated() {
    let monaco;
    try {
      monaco = await loadMonaco();
    } catch (e) {
      this.querySelector('.code-host').textContent = `The code editor could not be loaded: ${e.message}`;
      return;
    }
    this.monaco = monaco;
    this.editor = monaco.editor.create(this.querySelector('.code-host'), {
      value: this.value ?? '',
      language: this.language,
      readOnly: this.readonly,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12,
      tabSize: 2,
      renderValidationDecorations: 'on',
    });
    this.editor.onDidChangeModelContent(() => {
      if (this.applying) return;
      this.value = this.editor.getValue();
      this.dispatchEvent(new CustomEvent('code-change', { detail: { value: this.value }, bubbles: true }));
    });
    this.applyMarkers();
    this.dataset.ready = 'true';
  }

  updated(changed) {
    if (!this.editor) return;
    if (changed.has('value') && this.editor.getValue() !== (this.value ?? '')) {
      this.applying = true;
      const model = this.editor.getModel();
      // an edit rather than setValue, so the person can undo what the graph did
      this.editor.executeEdits('stepwell', [{ range: model.getFullModelRange(), text: this.value ?? '' }]);
      this.applying = false;
    }
    if (changed.has('readonly')) this.editor.updateOptions({ readOnly: this.readonly });
    if (changed.has('markers')) this.applyMarkers();
  }

  applyMarkers() {
    if (!this.editor) return;
    const severity = { error: this.monaco.MarkerSeverity.Error, warning: this.monaco.MarkerSeverity.Warning };
    this.monaco.editor.setModelMarkers(
      this.editor.getModel(),
      'stepwell',
      (this.markers || []).map((m) => ({ ...m, severity: severity[m.severity] ?? severity.error })),
    );
  }

  /** Puts the cursor on a line and shows it. */
  reveal(line) {
    this.editor?.revealLineInCenter(line);
    this.editor?.setPosition({ lineNumber: line, column: 1 });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.editor?.dispose();
    this.editor = undefined;
  }
}
customElements.define('sw-code-editor', CodeEditor);
