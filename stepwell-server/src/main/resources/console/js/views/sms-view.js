import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { smsMessages, smsReply } from '../api.js';
import { formatTime } from '../format.js';
import { executionHref } from '../router.js';
import '../components/error-box.js';

/**
 * <sw-sms-view>: the local SMS outbox (`GET /sms/messages`, newest first: what workflows sent and
 * the replies), and a reply form that answers a message as the recipient's phone would
 * (`POST /sms/reply`), completing the task that waits for it.
 */
class SmsView extends LightElement {
  static properties = { messages: { state: true }, error: { state: true }, replyTo: { state: true }, message: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    this.load();
    this.timer = setInterval(() => this.load(), 3000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  async load() {
    try {
      this.messages = await smsMessages();
      this.error = undefined;
    } catch (e) {
      this.error = e;
      this.messages = this.messages || [];
    }
  }

  render() {
    const messages = this.messages || [];
    return html`<section class="page">
      <div class="page-head"><h1>SMS outbox</h1><button class="small" @click=${() => this.load()}>Refresh</button></div>
      <sw-error-box .error=${this.error}></sw-error-box>
      ${this.message ? html`<p class="good">${this.message}</p>` : ''}
      ${this.replyTo ? this.replyForm() : ''}
      ${messages.length
        ? html`<table class="data" id="sms"><thead><tr><th>Time</th><th>Direction</th><th>To</th><th>From</th><th>Message</th><th>Status</th><th>Execution</th><th></th></tr></thead><tbody>
          ${messages.map((m) => html`<tr data-id=${m.id ?? ''}>
            <td>${formatTime(m.time)}</td>
            <td>${m.direction === 'INBOUND' ? 'received' : 'sent'}</td>
            <td class="mono">${m.to ?? ''}</td>
            <td class="mono">${m.from ?? ''}</td>
            <td>${m.body}${m.error ? html`<div class="bad">${m.error}</div>` : ''}</td>
            <td>${m.status}</td>
            <td>${m.executionArn ? html`<a href=${executionHref(m.executionArn)}>${m.executionArn.split(':').pop()}</a>` : ''}</td>
            <td>${m.direction === 'OUTBOUND' && m.status === 'WAITING'
              ? html`<button class="small" @click=${() => { this.replyTo = m; }}>Reply</button>` : ''}</td></tr>`)}
          </tbody></table>`
        : html`<p class="muted">${this.messages ? 'No messages sent yet.' : 'Loading…'}</p>`}
    </section>`;
  }

  replyForm() {
    return html`<form class="card" id="sms-reply" @submit=${this.reply}>
      <h2>Reply as ${this.replyTo.to}</h2>
      <p class="muted">to: ${this.replyTo.body}</p>
      <label>Message <input name="body" required placeholder="YES"></label>
      <button class="primary" type="submit">Send reply</button>
      <button type="button" @click=${() => { this.replyTo = undefined; }}>Cancel</button>
    </form>`;
  }

  async reply(e) {
    e.preventDefault();
    const body = new FormData(e.target).get('body');
    try {
      await smsReply({ from: this.replyTo.to, body });
      this.message = `Reply sent as ${this.replyTo.to}.`;
      this.replyTo = undefined;
      await this.load();
    } catch (err) {
      this.error = err;
    }
  }
}
customElements.define('sw-sms-view', SmsView);
