import { html } from 'lit';
import { LightElement } from '../light-element.js';
import { smsMessages, smsReply } from '../api.js';
import { formatTime } from '../format.js';
import '../components/error-box.js';

const pick = (m, ...keys) => keys.map((k) => m[k]).find((v) => v !== undefined && v !== null);

/**
 * <sw-sms-view>: the local SMS outbox (what workflows sent as text messages) and a reply form
 * that answers as the recipient's phone would.
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
    const messages = [...(this.messages || [])].reverse();
    return html`<section class="page">
      <div class="page-head"><h1>SMS outbox</h1><button class="small" @click=${() => this.load()}>Refresh</button></div>
      <sw-error-box .error=${this.error}></sw-error-box>
      ${this.message ? html`<p class="good">${this.message}</p>` : ''}
      ${messages.length
        ? html`<table class="data" id="sms"><thead><tr><th>Sent</th><th>To</th><th>From</th><th>Message</th><th></th></tr></thead><tbody>
          ${messages.map((m) => html`<tr>
            <td>${formatTime(pick(m, 'sentAt', 'timestamp', 'time', 'createdAt'))}</td>
            <td class="mono">${pick(m, 'to', 'To', 'phoneNumber', 'PhoneNumber')}</td>
            <td class="mono">${pick(m, 'from', 'From', 'originationNumber') ?? ''}</td>
            <td>${pick(m, 'body', 'message', 'Message', 'text')}</td>
            <td><button class="small" @click=${() => { this.replyTo = m; }}>Reply</button></td></tr>`)}
          </tbody></table>`
        : html`<p class="muted">${this.messages ? 'No messages sent yet.' : 'Loading…'}</p>`}
      ${this.replyTo ? this.replyForm() : ''}
    </section>`;
  }

  replyForm() {
    const to = pick(this.replyTo, 'to', 'To', 'phoneNumber', 'PhoneNumber');
    return html`<form class="card" @submit=${this.reply}>
      <h2>Reply as ${to}</h2>
      <label>Message <input name="body" required placeholder="YES"></label>
      <button class="primary" type="submit">Send reply</button>
      <button type="button" @click=${() => { this.replyTo = undefined; }}>Cancel</button>
    </form>`;
  }

  async reply(e) {
    e.preventDefault();
    const m = this.replyTo;
    const body = new FormData(e.target).get('body');
    try {
      await smsReply({
        from: pick(m, 'to', 'To', 'phoneNumber', 'PhoneNumber'),
        to: pick(m, 'from', 'From', 'originationNumber'),
        body,
        inReplyTo: pick(m, 'id', 'messageId', 'MessageId'),
      });
      this.message = 'Reply sent.';
      this.replyTo = undefined;
      await this.load();
    } catch (err) {
      this.error = err;
    }
  }
}
customElements.define('sw-sms-view', SmsView);
