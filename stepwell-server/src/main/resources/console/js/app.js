import { html } from 'lit';
import { LightElement } from './light-element.js';
import { currentRoute } from './router.js';
import './views/state-machines-view.js';
import './views/state-machine-view.js';
import './views/execution-view.js';
import './views/editor-view.js';
import './views/functions-view.js';
import './views/activities-view.js';
import './views/sms-view.js';

/** <sw-app>: the navigation bar and the view the URL's hash names. */
class App extends LightElement {
  static properties = { route: { state: true } };

  constructor() {
    super();
    this.route = currentRoute();
    window.addEventListener('hashchange', () => {
      this.route = currentRoute();
    });
  }

  render() {
    const r = this.route;
    const section = { 'state-machine': 'state-machines', editor: 'state-machines', execution: 'state-machines' }[r.view] || r.view;
    const link = (href, name, label) =>
      html`<a href=${href} class=${section === name ? 'active' : ''}>${label}</a>`;
    return html`
      <header class="topbar">
        <a class="brand" href="#/state-machines">Stepwell</a>
        <nav>
          ${link('#/state-machines', 'state-machines', 'State machines')}
          ${link('#/functions', 'functions', 'Functions')}
          ${link('#/activities', 'activities', 'Activities')}
          ${link('#/sms', 'sms', 'SMS outbox')}
        </nav>
      </header>
      <main>${this.view(r)}</main>
    `;
  }

  view(r) {
    switch (r.view) {
      case 'state-machines':
        return html`<sw-state-machines-view></sw-state-machines-view>`;
      case 'state-machine':
        return html`<sw-state-machine-view .arn=${r.arn}></sw-state-machine-view>`;
      case 'editor':
        return html`<sw-editor-view .arn=${r.arn}></sw-editor-view>`;
      case 'execution':
        return html`<sw-execution-view .arn=${r.arn} .selected=${r.state}></sw-execution-view>`;
      case 'functions':
        return html`<sw-functions-view .name=${r.name}></sw-functions-view>`;
      case 'activities':
        return html`<sw-activities-view></sw-activities-view>`;
      case 'sms':
        return html`<sw-sms-view></sw-sms-view>`;
      default:
        return html`<section class="page"><h1>Not found</h1><p>Nothing is at ${r.path}.</p></section>`;
    }
  }
}
customElements.define('sw-app', App);
