// The publican's dashboard: sign in with the venue's login, then one page of money, stock and
// invoices that keeps itself current. It polls the overview every 2 s with If-None-Match, so an
// unchanged answer costs a 304 and nothing else; the poll pauses while the tab is hidden.
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip,
} from 'chart.js';
import { api, ApiError } from './api.js';
import { chartQuantity, day, money, quantity, STATUS_LABELS, time, unitLabel } from './format.js';
import './style.css';

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement,
  PointElement, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font') || 'system-ui';
Chart.defaults.maintainAspectRatio = false;

const POLL_MS = 2000;
const COLOURS = { net: '#2f6f4f', vat: '#8cc5a3', purchases: '#d08a2c', cashIn: '#2f6f4f', cashOut: '#b54a3c',
  sold: '#b54a3c', delivered: '#2f6f4f' };

const app = document.getElementById('app');
const state = { me: null, overview: null, etag: null, timer: null, charts: {}, selectedSku: null, lastSeen: null,
  offline: false };

/** Builds an element; strings become text nodes, so nothing from an invoice is ever read as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.substring(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// --- signing in ------------------------------------------------------------------------

function showSignIn(message) {
  stopPolling();
  destroyCharts();
  state.me = null;
  state.overview = null;
  state.etag = null;
  const error = h('p', { class: 'form-error', role: 'alert' }, message || '');
  const username = h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password',
    required: true });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', {
    class: 'signin card',
    onsubmit: async (e) => {
      e.preventDefault();
      button.disabled = true;
      error.textContent = '';
      try {
        await api.signIn(username.value, password.value);
        await start();
      } catch (err) {
        error.textContent = err.message;
        button.disabled = false;
        password.select();
      }
    },
  },
  h('div', { class: 'brand' }, h('img', { src: '/favicon.svg', alt: '' }), h('span', {}, 'Barback')),
  h('h1', {}, 'Sign in to your pub'),
  h('label', { for: 'username' }, 'Login'), username,
  h('label', { for: 'password' }, 'Password'), password,
  error, button,
  h('p', { class: 'hint' }, 'Use the login your Barback operator gave the venue. A till key is not a login.'));
  app.replaceChildren(h('main', { class: 'signin-page' }, form));
  username.focus();
}

async function signOut() {
  try {
    await api.signOut();
  } catch {
    // signed out either way on this page
  }
  showSignIn('Signed out.');
}

// --- the page --------------------------------------------------------------------------

async function start() {
  try {
    state.me = (await api.me()).data;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      showSignIn();
      return;
    }
    app.replaceChildren(h('p', { class: 'boot' }, err.message));
    setTimeout(start, 5000);
    return;
  }
  renderShell();
  await refresh();
  startPolling();
  sendPendingCounts();
  if (window.location.hash === '#count') openCount();
}

function renderShell() {
  const venue = state.me.venue;
  app.replaceChildren(
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('img', { src: '/favicon.svg', alt: '' }), h('span', {}, venue.name)),
      h('div', { class: 'live', id: 'live', 'data-state': 'live' }, h('span', { class: 'dot' }),
        h('span', { id: 'live-text' }, 'Live')),
      h('button', { class: 'count-open', id: 'count-open', onclick: openCount }, 'Count stock'),
      h('div', { class: 'who' }, h('span', { class: 'username' }, state.me.username),
        h('button', { class: 'link', onclick: signOut }, 'Sign out'))),
    h('section', { class: 'count-screen', id: 'count-screen', hidden: true, 'aria-label': 'Count stock' }),
    h('main', { class: 'grid', id: 'grid' },
      h('section', { class: 'kpis', id: 'kpis', 'aria-label': 'Today' }),
      h('section', { class: 'card span-2' }, h('h2', {}, 'Takings and purchases, last 30 trading days'),
        h('div', { class: 'chart tall' }, h('canvas', { id: 'chart-days', 'aria-label': 'Takings and purchases per day',
          role: 'img' }))),
      h('div', { class: 'side' },
        h('section', { class: 'card' }, h('h2', { id: 'vat-title' }, 'VAT this period'), h('div', { id: 'vat' })),
        h('section', { class: 'card' }, h('h2', {}, 'Cash in and out'),
          h('div', { class: 'chart short' }, h('canvas', { id: 'chart-cash', 'aria-label': 'Cash in and out per day',
            role: 'img' })))),
      h('section', { class: 'card span-2 stock-card', id: 'stock-card' },
        h('div', { class: 'card-head' }, h('h2', {}, 'Stock'), h('span', { id: 'stock-summary', class: 'muted' })),
        h('div', { id: 'stock' })),
      h('section', { class: 'card', id: 'history-card' }, h('h2', { id: 'history-title' }, 'Product history'),
        h('p', { class: 'muted', id: 'history-hint' }, 'Pick a product in the stock list to see what went out and came in.'),
        h('div', { class: 'chart' }, h('canvas', { id: 'chart-history', 'aria-label': 'Sold and delivered per day',
          role: 'img' }))),
      h('section', { class: 'card span-2', id: 'variance-card' },
        h('div', { class: 'card-head' }, h('h2', {}, 'Variance since the last counts'), h('span', { id: 'variance-summary', class: 'muted' })),
        h('div', { id: 'variance' }),
        h('details', { class: 'allowances', id: 'allowances' }, h('summary', {}, 'Allowed loss per category'),
          h('div', { id: 'allowances-form' }))),
      h('section', { class: 'card', id: 'gp-card' },
        h('div', { class: 'card-head' }, h('h2', {}, 'Gross profit, 30 days'), h('span', { id: 'gp-total', class: 'badge' })),
        h('div', { class: 'chart' }, h('canvas', { id: 'chart-gp', 'aria-label': 'GP % per category over 30 days', role: 'img' })),
        h('p', { class: 'muted', id: 'gp-note' })),
      h('section', { class: 'card span-3', id: 'price-card' },
        h('div', { class: 'card-head' }, h('h2', {}, 'Supplier price changes, 30 days'), h('span', { id: 'price-summary', class: 'muted' })),
        h('div', { id: 'price-changes' })),
      h('section', { class: 'card span-3', id: 'review-card' },
        h('div', { class: 'card-head' }, h('h2', {}, 'Invoices to review'), h('span', { id: 'review-count', class: 'badge' })),
        h('div', { id: 'review' })),
      h('section', { class: 'card span-3' }, h('h2', {}, 'Recent invoices'), h('div', { id: 'invoices' }))));
}

async function refresh() {
  let answer;
  try {
    answer = await api.overview(state.etag);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      showSignIn('Your session ended: sign in again.');
      return;
    }
    setLive('offline', err.status ? err.message : 'Offline, retrying…');
    return;
  }
  state.lastSeen = new Date();
  if (!answer.notModified) {
    const previous = state.overview;
    state.overview = answer.data;
    state.etag = answer.etag;
    render(previous);
  }
  setLive('live', `Live · ${time(state.lastSeen)}`);
}

function setLive(mode, text) {
  const live = document.getElementById('live');
  if (!live) return;
  live.dataset.state = mode;
  document.getElementById('live-text').textContent = text;
}

function startPolling() {
  stopPolling();
  const tick = async () => {
    if (!document.hidden && state.me) await refresh();
    if (state.me) state.timer = setTimeout(tick, POLL_MS);
  };
  state.timer = setTimeout(tick, POLL_MS);
}

function stopPolling() {
  clearTimeout(state.timer);
  state.timer = null;
}

document.addEventListener('visibilitychange', () => {
  if (!document.hidden && state.me) refresh();
});

// --- rendering -------------------------------------------------------------------------

function render(previous) {
  const o = state.overview;
  const currency = o.venue.currency;
  renderKpis(o, previous, currency);
  renderDays(o, currency);
  renderVat(o, currency);
  renderStock(o);
  renderReview(o, currency);
  renderInvoices(o, currency);
  loadStocktake();
  if (!state.selectedSku && o.stock.length) selectProduct(o.stock[0].sku);
  else if (state.selectedSku && previous) loadHistory(state.selectedSku);
}

function kpi(id, label, value, detail, changed) {
  return h('div', { class: `kpi${changed ? ' changed' : ''}`, 'data-kpi': id },
    h('div', { class: 'kpi-label' }, label),
    h('div', { class: 'kpi-value', 'data-value': id }, value),
    h('div', { class: 'kpi-detail' }, detail));
}

function renderKpis(o, previous, currency) {
  const t = o.today;
  // a figure that moved since the last look flashes once
  const p = previous && previous.today.date === t.date ? previous.today : null;
  const moved = (now, before) => before !== undefined && now !== before;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const due = o.vat.vatDue;
  document.getElementById('kpis').replaceChildren(
    h('h2', { class: 'kpis-title' }, `Today · ${day(o.tradingDay, 'long')}`),
    kpi('takings', 'Takings', money(t.sales.gross, currency),
      `${plural(t.sales.count, 'sale')} · net ${money(t.sales.net, currency)} · VAT ${money(t.sales.vat, currency)}`,
      moved(t.sales.gross, p?.sales.gross)),
    kpi('purchases', 'Purchases', money(t.purchases.gross, currency),
      `${plural(t.purchases.count, 'invoice')} · VAT ${money(t.purchases.vat, currency)}`,
      moved(t.purchases.gross, p?.purchases.gross)),
    kpi('cash', 'Cash in', money(t.cash.in, currency), `${money(t.cash.out, currency)} out to suppliers due today`,
      moved(t.cash.in, p?.cash.in) || moved(t.cash.out, p?.cash.out)),
    kpi('vat-due', due.startsWith('-') ? 'VAT repayable this period' : 'VAT due this period',
      money(due.replace(/^-/, ''), currency), o.vat.period, moved(due, previous?.vat.vatDue)));
}

function chart(id, config) {
  const existing = state.charts[id];
  if (existing) {
    existing.data = config.data;
    existing.options = config.options;
    existing.update('none');
    return existing;
  }
  const canvas = document.getElementById(id);
  if (!canvas) return null;
  state.charts[id] = new Chart(canvas, config);
  return state.charts[id];
}

function destroyCharts() {
  Object.values(state.charts).forEach((c) => c.destroy());
  state.charts = {};
}

function moneyAxis(currency) {
  return { beginAtZero: true, ticks: { callback: (v) => money(v, currency).replace(/\.00$/, '') } };
}

function renderDays(o, currency) {
  const labels = o.days.map((d) => day(d.date));
  chart('chart-days', {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { label: 'Takings, net', data: o.days.map((d) => Number(d.sales.net)), backgroundColor: COLOURS.net, stack: 'sales' },
        { label: 'Takings, VAT', data: o.days.map((d) => Number(d.sales.vat)), backgroundColor: COLOURS.vat, stack: 'sales' },
        { label: 'Purchases', data: o.days.map((d) => Number(d.purchases.gross)), backgroundColor: COLOURS.purchases,
          stack: 'purchases' },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${money(c.raw, currency)}` } },
        legend: { position: 'bottom' } },
      scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkipPadding: 12 } }, y: { stacked: true, ...moneyAxis(currency) } },
    },
  });
  chart('chart-cash', {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: 'Cash in', data: o.days.map((d) => Number(d.cash.in)), borderColor: COLOURS.cashIn,
          backgroundColor: `${COLOURS.cashIn}22`, fill: true, tension: 0.25, pointRadius: 2 },
        { label: 'Cash out', data: o.days.map((d) => Number(d.cash.out)), borderColor: COLOURS.cashOut,
          backgroundColor: `${COLOURS.cashOut}22`, fill: true, tension: 0.25, pointRadius: 2 },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${money(c.raw, currency)}` } },
        legend: { position: 'bottom' } },
      scales: { x: { ticks: { maxRotation: 0, autoSkipPadding: 12 } }, y: moneyAxis(currency) },
    },
  });
}

function renderVat(o, currency) {
  const v = o.vat;
  document.getElementById('vat-title').textContent = `VAT · ${v.period}`;
  const due = v.vatDue.startsWith('-') ? -1 : 1;
  document.getElementById('vat').replaceChildren(
    h('dl', { class: 'vat' },
      h('dt', {}, 'VAT on sales'), h('dd', { 'data-value': 'vat-on-sales' }, money(v.vatOnSales, currency)),
      h('dt', {}, 'VAT reclaimable on purchases'), h('dd', { 'data-value': 'vat-reclaimable' }, `− ${money(v.vatOnPurchases, currency)}`),
      h('dt', { class: 'total' }, due >= 0 ? 'VAT due to Revenue' : 'VAT repayable to you'),
      h('dd', { class: 'total', 'data-value': 'vat-period-due' }, money(v.vatDue.replace(/^-/, ''), currency))));
}

function renderStock(o) {
  const low = o.stock.filter((s) => s.belowReorder).length;
  document.getElementById('stock-summary').textContent = low
    ? `${low} below reorder level` : 'Everything above its reorder level';
  const rows = o.stock.map((s) => {
    const level = Number(s.reorderLevel);
    const onHand = Number(s.onHand);
    const ratio = level > 0 ? Math.max(0, Math.min(onHand / (level * 2), 1)) : 1;
    return h('tr', {
      class: `${s.belowReorder ? 'low' : ''}${s.sku === state.selectedSku ? ' selected' : ''}`,
      'data-sku': s.sku, tabindex: 0,
      onclick: () => selectProduct(s.sku),
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); selectProduct(s.sku); } },
    },
    h('td', { class: 'name' }, s.name, s.belowReorder ? h('span', { class: 'chip low' }, 'Low') : null),
    h('td', { class: 'num', 'data-value': 'on-hand' }, quantity(s.onHand, s.stockUnit)),
    h('td', { class: 'num muted' }, quantity(s.reorderLevel, s.stockUnit)),
    h('td', { class: 'gauge-cell hide-narrow' }, h('div', { class: 'gauge', title: `reorder at ${quantity(s.reorderLevel, s.stockUnit)}` },
      h('div', { class: 'gauge-fill', style: `width:${(ratio * 100).toFixed(0)}%` }),
      h('div', { class: 'gauge-mark' }))));
  });
  document.getElementById('stock').replaceChildren(h('div', { class: 'table-wrap' }, h('table', { class: 'stock' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Product'), h('th', { class: 'num' }, 'On hand'),
      h('th', { class: 'num' }, 'Reorder at'), h('th', { class: 'hide-narrow' }, h('span', { class: 'sr-only' }, 'Level')))),
    h('tbody', {}, rows))));
}

async function selectProduct(sku) {
  state.selectedSku = sku;
  document.querySelectorAll('table.stock tr[data-sku]').forEach((tr) => tr.classList.toggle('selected', tr.dataset.sku === sku));
  await loadHistory(sku);
}

async function loadHistory(sku) {
  let history;
  try {
    history = (await api.history(sku)).data;
  } catch (err) {
    document.getElementById('history-hint').textContent = err.message;
    return;
  }
  if (state.selectedSku !== sku) return;
  document.getElementById('history-title').textContent = history.name;
  document.getElementById('history-hint').textContent = `On hand ${quantity(history.onHand, history.stockUnit)}`
    + ` · reorder at ${quantity(history.reorderLevel, history.stockUnit)}`
    + (history.packDescription ? ` · comes as ${history.packDescription}` : '');
  const unit = unitLabel(history.stockUnit);
  chart('chart-history', {
    type: 'bar',
    data: {
      labels: history.days.map((d) => day(d.date)),
      datasets: [
        { label: `Sold (${unit})`, data: history.days.map((d) => -chartQuantity(d.out, history.stockUnit)),
          backgroundColor: COLOURS.sold },
        { label: `Delivered (${unit})`, data: history.days.map((d) => chartQuantity(d.in, history.stockUnit)),
          backgroundColor: COLOURS.delivered },
      ],
    },
    options: {
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${Math.abs(c.raw).toLocaleString('en-IE', { maximumFractionDigits: 2 })}` } } },
      scales: { x: { stacked: true, ticks: { maxRotation: 0, autoSkipPadding: 12 } }, y: { stacked: true } },
    },
  });
}

function statusChip(status) {
  return h('span', { class: `chip status-${status}` }, STATUS_LABELS[status] || status);
}

function renderInvoices(o, currency) {
  if (!o.invoices.length) {
    document.getElementById('invoices').replaceChildren(h('p', { class: 'muted' },
      'No invoices yet. Forward a supplier\'s invoice to the venue\'s invoice address and it appears here.'));
    return;
  }
  const rows = o.invoices.map((inv) => h('tr', { 'data-invoice': inv.invoiceId },
    h('td', {}, day(inv.invoiceDate || (inv.receivedAt || '').substring(0, 10))),
    h('td', { class: 'name' }, inv.supplier ? inv.supplier.name : (inv.fileName || inv.subject || '–'),
      inv.reason && inv.status !== 'applied' ? h('div', { class: 'reason' }, inv.reason) : null),
    h('td', { class: 'hide-narrow' }, inv.invoiceNumber || '–'),
    h('td', { class: 'num' }, inv.totals ? money(inv.totals.gross, currency) : '–'),
    h('td', {}, statusChip(inv.status)),
    h('td', {}, inv.document ? h('a', { href: api.documentUrl(inv.invoiceId), target: '_blank', rel: 'noopener',
      class: 'doc-link' }, 'Document') : null)));
  document.getElementById('invoices').replaceChildren(h('div', { class: 'table-wrap' }, h('table', { class: 'invoices' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Supplier'), h('th', { class: 'hide-narrow' }, 'Number'),
      h('th', { class: 'num' }, 'Total'), h('th', {}, 'Status'), h('th', {}, h('span', { class: 'sr-only' }, 'Original')))),
    h('tbody', {}, rows))));
}

function field(label, name, value, type = 'text') {
  const id = `f-${name}-${Math.random().toString(36).slice(2, 8)}`;
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('input', { id, name, value: value || '', type, inputmode: type === 'text' && /^(net|vat|gross)$/.test(name) ? 'decimal' : null }));
}

function renderReview(o, currency) {
  const count = o.review.length;
  document.getElementById('review-count').textContent = count ? String(count) : '';
  document.getElementById('review-card').classList.toggle('empty', count === 0);
  const container = document.getElementById('review');
  if (!count) {
    container.replaceChildren(h('p', { class: 'muted' }, 'Nothing waiting: every invoice read so far is in the books.'));
    return;
  }
  // keep a form the publican is typing in; add and drop the others
  const open = new Set([...container.querySelectorAll('form[data-invoice]')].map((f) => f.dataset.invoice));
  const wanted = new Set(o.review.map((i) => i.invoiceId));
  container.querySelectorAll('form[data-invoice]').forEach((f) => { if (!wanted.has(f.dataset.invoice)) f.remove(); });
  container.querySelectorAll('p.muted').forEach((p) => p.remove());
  for (const inv of o.review) {
    if (open.has(inv.invoiceId)) continue;
    container.append(reviewForm(inv, currency));
  }
}

function reviewForm(inv, currency) {
  const message = h('p', { class: 'form-error', role: 'alert' });
  const problems = (inv.problems || []).map((p) => (typeof p === 'string' ? p : p.message || JSON.stringify(p)));
  const form = h('form', {
    class: 'review', 'data-invoice': inv.invoiceId,
    onsubmit: async (e) => {
      e.preventDefault();
      const data = Object.fromEntries(new FormData(form).entries());
      const corrections = {};
      for (const [k, v] of Object.entries(data)) if (v.trim()) corrections[k] = v.trim();
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      message.textContent = '';
      try {
        await api.approve(inv.invoiceId, corrections);
        form.classList.add('done');
        message.textContent = 'Approved: it is in the books.';
        state.etag = null;
        await refresh();
      } catch (err) {
        message.textContent = err.message;
        button.disabled = false;
      }
    },
  },
  h('div', { class: 'review-head' },
    h('strong', {}, inv.supplier ? inv.supplier.name : (inv.fileName || 'Unknown supplier')),
    h('span', { class: 'muted' }, ` received ${day((inv.receivedAt || '').substring(0, 10))}`),
    h('a', { href: api.documentUrl(inv.invoiceId), target: '_blank', rel: 'noopener', class: 'doc-link' }, 'Open the document')),
  problems.length ? h('ul', { class: 'problems' }, problems.map((p) => h('li', {}, p)))
    : h('p', { class: 'reason' }, inv.reason || 'Held for a person to check.'),
  h('div', { class: 'fields' },
    field('Supplier', 'supplierName', inv.supplier && inv.supplier.name),
    field('Invoice number', 'invoiceNumber', inv.invoiceNumber),
    field('Invoice date', 'invoiceDate', inv.invoiceDate, 'date'),
    field('Due date', 'dueDate', inv.dueDate, 'date'),
    field(`Net (${currency})`, 'net', inv.totals && inv.totals.net),
    field(`VAT (${currency})`, 'vat', inv.totals && inv.totals.vat),
    field(`Total (${currency})`, 'gross', inv.totals && inv.totals.gross)),
  message,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Approve with these figures')));
  return form;
}

// --- counting stock on a phone in the cellar ------------------------------------------
// A count is kept on the phone (localStorage) from the moment it is sent until Barback has
// answered it: with no signal it waits there and goes as soon as the connection is back, with
// the same Idempotency-Key, so it is stored once however often it is tried.

const PENDING_KEY = () => `barback.pendingCounts.${state.me.venue.id}`;
const PARTS = ['0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9'];
let countRetry = null;
let countSending = false;

function pendingCounts() {
  try {
    return JSON.parse(localStorage.getItem(PENDING_KEY()) || '[]');
  } catch {
    return [];
  }
}

function savePendingCounts(list) {
  localStorage.setItem(PENDING_KEY(), JSON.stringify(list));
}

function newKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  return `count-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function openCount() {
  const screen = document.getElementById('count-screen');
  const products = (state.overview ? state.overview.stock : []).slice().sort((a, b) => a.name.localeCompare(b.name));
  const search = h('input', { type: 'search', id: 'count-search', placeholder: 'Find a product', autocomplete: 'off',
    'aria-label': 'Find a product', oninput: () => filter() });
  const rows = products.map((p) => countRow(p));
  const list = h('ul', { class: 'count-list', id: 'count-list' }, rows);
  function filter() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    for (const li of rows) {
      const text = `${li.dataset.name} ${li.dataset.sku}`.toLowerCase();
      li.hidden = !words.every((w) => text.includes(w));
    }
  }
  const message = h('p', { class: 'count-message', id: 'count-message', role: 'status' });
  screen.replaceChildren(
    h('div', { class: 'count-head' }, h('h2', {}, 'Count stock'),
      h('button', { class: 'link', id: 'count-close', onclick: closeCount }, 'Close')),
    h('p', { class: 'muted' }, 'Full ones, and how much of the open one is left. Products you leave empty are not counted.'),
    h('p', { class: 'count-pending', id: 'count-pending', hidden: true }),
    search, list, message,
    h('div', { class: 'count-actions' }, h('button', { class: 'primary big', id: 'count-send', onclick: sendCount }, 'Send count')),
    h('div', { id: 'count-result' }),
    wasteForm(products));
  screen.hidden = false;
  document.getElementById('grid').hidden = true;
  window.location.hash = 'count';
  showPending();
  search.focus();
}

const WASTE_REASONS = { 'line-cleaning': 'Line cleaning', spillage: 'Spillage', breakage: 'Breakage',
  'out-of-date': 'Out of date', staff: 'Staff drinks', other: 'Other' };

/** Stock that left unsold, in litres for draught and spirits, else in units; sent once with its key. */
function wasteForm(products) {
  const product = h('select', { name: 'waste-sku', id: 'waste-sku', class: 'big', 'aria-label': 'Product' },
    products.map((p) => h('option', { value: p.sku, 'data-unit': p.stockUnit }, p.name)));
  const amount = h('input', { name: 'waste-quantity', id: 'waste-quantity', type: 'number', inputmode: 'decimal', min: 0,
    step: 'any', class: 'big' });
  const unit = h('span', { id: 'waste-unit' });
  const showUnit = () => {
    const option = product.selectedOptions[0];
    unit.textContent = option && option.dataset.unit === 'ml' ? 'Litres' : 'How many';
  };
  product.addEventListener('change', showUnit);
  showUnit();
  const reason = h('select', { name: 'waste-reason', id: 'waste-reason', class: 'big', 'aria-label': 'Reason' },
    Object.entries(WASTE_REASONS).map(([value, label]) => h('option', { value }, label)));
  const message = h('p', { class: 'count-message', id: 'waste-message', role: 'status' });
  // one key per wastage: kept for a retry of the same entry, new once anything in it changes
  let key = newKey();
  [product, amount, reason].forEach((el) => el.addEventListener('input', () => { key = newKey(); }));
  const form = h('form', { class: 'waste-form', onsubmit: async (e) => {
    e.preventDefault();
    const option = product.selectedOptions[0];
    const n = Number(amount.value);
    if (!option || !(n > 0)) {
      message.textContent = 'Enter how much was lost.';
      return;
    }
    // litres become the product's millilitres; the server keeps whole stock units to the millilitre
    const qty = option.dataset.unit === 'ml' ? String(Math.round(n * 1000)) : amount.value;
    try {
      const answer = (await api.waste({ sku: option.value, quantity: qty, reason: reason.value }, key)).data;
      message.textContent = `Recorded: ${quantity(answer.stockUnits, answer.stockUnit)} of ${option.textContent}, `
        + `${WASTE_REASONS[reason.value].toLowerCase()}.`;
      amount.value = '';
      key = newKey();
      state.etag = null;
      loadStocktake(true);
    } catch (err) {
      // the same key is kept, so sending again after a lost answer records it once
      message.textContent = err.message;
    }
  } },
  h('h3', {}, 'Record wastage'),
  h('div', { class: 'count-inputs' }, h('label', {}, h('span', {}, 'Product'), product),
    h('label', {}, unit, amount), h('label', {}, h('span', {}, 'Reason'), reason)),
  message,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'waste-send' }, 'Record wastage')));
  return form;
}

function closeCount() {
  document.getElementById('count-screen').hidden = true;
  document.getElementById('grid').hidden = false;
  if (window.location.hash === '#count') history.replaceState(null, '', window.location.pathname);
}

function countRow(p) {
  const byPacks = p.stockUnit === 'ml' && Number(p.packSize) > 0;
  const inputs = byPacks
    ? [h('label', {}, h('span', {}, `Full ${p.packDescription || 'packs'}`),
      h('input', { name: 'packs', type: 'number', inputmode: 'numeric', min: 0, step: 1, class: 'big' })),
    h('label', {}, h('span', {}, 'Open one'),
      h('select', { name: 'partial', class: 'big' }, PARTS.map((v) => h('option', { value: v }, v === '0' ? 'none' : `${Number(v) * 10}/10`))))]
    : [h('label', {}, h('span', {}, p.stockUnit === 'ml' ? 'Millilitres' : 'How many'),
      h('input', { name: 'counted', type: 'number', inputmode: 'decimal', min: 0, class: 'big' }))];
  return h('li', { 'data-sku': p.sku, 'data-name': p.name }, h('div', { class: 'count-name' }, p.name), h('div', { class: 'count-inputs' }, inputs));
}

function countBody() {
  const lines = [];
  for (const li of document.querySelectorAll('#count-list li')) {
    const packs = li.querySelector('[name=packs]');
    const partial = li.querySelector('[name=partial]');
    const counted = li.querySelector('[name=counted]');
    if (counted && counted.value !== '') lines.push({ sku: li.dataset.sku, counted: counted.value });
    if (packs && (packs.value !== '' || partial.value !== '0')) {
      const line = { sku: li.dataset.sku, packs: Number(packs.value || 0) };
      if (partial.value !== '0') line.partial = partial.value;
      lines.push(line);
    }
  }
  // the second the count was finished, rounded up: a pint already poured in this second is in it
  const countedAt = new Date(Math.ceil(Date.now() / 1000) * 1000);
  return { kind: 'spot', countedAt: countedAt.toISOString(), countedBy: state.me.username, lines };
}

async function sendCount() {
  const message = document.getElementById('count-message');
  const body = countBody();
  if (!body.lines.length) {
    message.textContent = 'Enter what you counted for at least one product.';
    return;
  }
  const list = pendingCounts();
  list.push({ key: newKey(), body });
  savePendingCounts(list);
  for (const input of document.querySelectorAll('#count-list input')) input.value = '';
  for (const select of document.querySelectorAll('#count-list select')) select.value = '0';
  await sendPendingCounts();
}

/**
 * Sends every count kept on the phone, oldest first; stops at the first that cannot reach Barback.
 * One pass at a time: a count added meanwhile is picked up by the pass under way.
 */
async function sendPendingCounts() {
  if (countSending) return;
  countSending = true;
  try {
    await sendPendingCountsOnce();
  } finally {
    countSending = false;
  }
}

async function sendPendingCountsOnce() {
  clearTimeout(countRetry);
  let list = pendingCounts();
  while (list.length) {
    const { key, body } = list[0];
    try {
      const answer = (await api.count(body, key)).data;
      showCountResult(answer);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 0 || err.status >= 500 || err.status === 401)) {
        // no signal, Barback or its database away, or signed out: kept, and tried again
        showPending(err.status === 401 ? 'Sign in again to send it.' : null);
        countRetry = setTimeout(sendPendingCounts, 5000);
        return;
      }
      // refused for what it says (a product counted later elsewhere, an unknown product): shown, not retried
      const message = document.getElementById('count-message');
      if (message) message.textContent = `The count of ${body.countedAt.substring(11, 16)} was not taken: ${err.message}`;
    }
    list = pendingCounts().filter((c) => c.key !== key);
    savePendingCounts(list);
  }
  showPending();
}

function showPending(extra) {
  const el = document.getElementById('count-pending');
  if (!el) return;
  const n = pendingCounts().length;
  el.hidden = n === 0;
  el.textContent = n ? `${n === 1 ? 'One count is' : `${n} counts are`} kept on this phone and will be sent when`
    + ` the connection is back.${extra ? ` ${extra}` : ''}` : '';
}

function showCountResult(answer) {
  const result = document.getElementById('count-result');
  const message = document.getElementById('count-message');
  if (message) message.textContent = `Count sent: ${answer.lines.length} product${answer.lines.length === 1 ? '' : 's'}.`;
  state.etag = null;
  loadStocktake(true);
  if (!result) return;
  const rows = answer.lines.map((l) => h('tr', { 'data-sku': l.sku },
    h('td', {}, l.name),
    h('td', { class: 'num' }, quantity(l.counted, l.stockUnit)),
    h('td', { class: 'num' }, l.opening ? 'opening stock' : quantity(l.expected, l.stockUnit)),
    h('td', { class: `num${l.variance && Number(l.variance) < 0 ? ' loss' : ''}`, 'data-value': 'variance' },
      l.opening ? '–' : `${quantity(l.variance, l.stockUnit)}${l.serving ? ` (${l.varianceServings} ${l.serving})` : ''}`)));
  result.replaceChildren(h('table', { class: 'count-answer' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Product'), h('th', { class: 'num' }, 'Counted'), h('th', { class: 'num' }, 'Expected'),
      h('th', { class: 'num' }, 'Variance'))),
    h('tbody', {}, rows)));
}

// --- stocktake: variance, gross profit, price changes ----------------------------------------
// Read when the overview changes, at most every STOCKTAKE_MS while sales stream in; at once after a
// count or a change of allowances.
const STOCKTAKE_MS = 15000;
let stocktakeAt = 0;
let stocktakeTimer = null;

function loadStocktake(now = false) {
  const wait = now ? 0 : Math.max(0, stocktakeAt + STOCKTAKE_MS - Date.now());
  if (stocktakeTimer && !now) return;
  clearTimeout(stocktakeTimer);
  stocktakeTimer = setTimeout(async () => {
    stocktakeTimer = null;
    stocktakeAt = Date.now();
    const currency = state.overview ? state.overview.venue.currency : 'EUR';
    const [variance, gp, prices, settings] = await Promise.allSettled(
      [api.variance(), api.grossProfit(), api.priceChanges(), api.settings()]);
    if (variance.status === 'fulfilled') renderVariance(variance.value.data, currency);
    if (gp.status === 'fulfilled') renderGrossProfit(gp.value.data, currency);
    if (prices.status === 'fulfilled') renderPriceChanges(prices.value.data, currency);
    if (settings.status === 'fulfilled' && !document.getElementById('allowances').open) renderAllowances(settings.value.data);
  }, wait);
}

function signed(value, currency) {
  if (value === null || value === undefined) return '–';
  return Number(value) < 0 ? `− ${money(String(value).replace(/^-/, ''), currency)}` : money(value, currency);
}

function renderVariance(r, currency) {
  const t = r.totals;
  document.getElementById('variance-summary').textContent = r.products.length
    ? `${day(r.from)} – ${day(r.to)}` : '';
  if (!r.products.length) {
    const opened = r.openingOnly.length;
    document.getElementById('variance').replaceChildren(h('p', { class: 'muted' }, opened
      ? `${opened} product${opened === 1 ? ' has' : 's have'} an opening count. Count again to see what went missing in between.`
      : 'No counts yet. Count the cellar with “Count stock” above: the first count is the opening stock.'));
    return;
  }
  const loss = (v) => (v !== null && v !== undefined && Number(v) < 0 ? ' loss' : '');
  const rows = r.products.map((l) => h('tr', { 'data-sku': l.sku },
    h('td', { class: 'name' }, l.name, h('div', { class: 'muted small' }, `${day(l.openingCountedAt.substring(0, 10))} → `
      + `${day(l.closingCountedAt.substring(0, 10))}`, h('br'), `used ${quantity(Number(l.sold) + Number(l.wasted), l.stockUnit)}`)),
    h('td', { class: `num${loss(l.variance)}`, 'data-value': 'variance' }, quantity(l.variance, l.stockUnit),
      h('div', { class: 'muted small' }, [l.serving ? `${l.varianceServings} ${l.serving}` : null,
        l.variancePercent ? `${l.variancePercent} % of usage` : null].filter(Boolean).join(' · '))),
    h('td', { class: 'num muted hide-narrow', 'data-value': 'allowed' }, Number(l.allowed) ? signed(l.allowedRetail, currency) : '–'),
    h('td', { class: `num${loss(l.unexplainedRetail)}`, 'data-value': 'unexplained-retail' }, signed(l.unexplainedRetail, currency)),
    h('td', { class: `num${loss(l.unexplainedCost)} hide-narrow`, 'data-value': 'unexplained-cost' },
      l.costKnown ? signed(l.unexplainedCost, currency) : 'no cost yet')));
  document.getElementById('variance').replaceChildren(h('div', { class: 'table-wrap' }, h('table', { class: 'variance' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Product'), h('th', { class: 'num' }, 'Variance'),
      h('th', { class: 'num hide-narrow' }, 'Allowed'), h('th', { class: 'num', title: 'Unexplained loss at retail' }, 'Unexplained'),
      h('th', { class: 'num hide-narrow' }, 'at cost'))),
    h('tbody', {}, rows),
    h('tfoot', {}, h('tr', {}, h('th', {}, `Total · ${t.products} product${t.products === 1 ? '' : 's'}`),
      h('td', { class: `num${loss(t.varianceRetail)}`, 'data-value': 'total-variance-retail' }, signed(t.varianceRetail, currency),
        h('div', { class: 'muted small' }, `${signed(t.varianceCost, currency)} at cost`)),
      h('td', { class: 'num muted hide-narrow' }, signed(t.allowedRetail, currency)),
      h('td', { class: `num${loss(t.unexplainedRetail)}`, 'data-value': 'total-unexplained-retail' }, signed(t.unexplainedRetail, currency)),
      h('td', { class: `num${loss(t.unexplainedCost)} hide-narrow`, 'data-value': 'total-unexplained-cost' },
        signed(t.unexplainedCost, currency)))))));
}

function renderAllowances(settings) {
  const inputs = settings.categories.map((c) => h('label', { class: 'field' }, h('span', {}, c),
    h('input', { type: 'text', inputmode: 'decimal', name: c, value: settings.varianceAllowancePercent[c] || '',
      placeholder: '0', 'aria-label': `Allowed loss for ${c}, percent of usage` })));
  const message = h('p', { class: 'muted', id: 'allowances-message' },
    'The share of each category\'s usage that may go unrecorded (line cleaning, spillage) before a loss counts as unexplained.');
  const form = h('form', { class: 'allowances-form', onsubmit: async (e) => {
    e.preventDefault();
    const allowances = {};
    form.querySelectorAll('input').forEach((i) => { if (i.value.trim()) allowances[i.name] = i.value.trim(); });
    try {
      const saved = await api.saveSettings({ varianceAllowancePercent: allowances,
        ...(settings.priceChangePercentIsDefault ? {} : { priceChangePercent: settings.priceChangePercent }) });
      settings = saved.data;
      message.textContent = 'Saved.';
      loadStocktake(true);
    } catch (err) {
      message.textContent = err.message;
      const bad = err.field && form.querySelector(`input[name="${CSS.escape(err.field.split('/').pop())}"]`);
      if (bad) bad.focus();
    }
  } }, h('div', { class: 'allowance-fields' }, inputs), message,
  h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save allowances')));
  document.getElementById('allowances-form').replaceChildren(form);
}

function renderGrossProfit(r, currency) {
  const cats = r.categories.filter((c) => c.costKnown && c.gpPercent !== undefined && c.gpPercent !== null);
  document.getElementById('gp-total').textContent = r.totals.gpPercent ? `${r.totals.gpPercent} %` : '';
  const without = Number(r.totals.netSalesWithoutCost || 0);
  document.getElementById('gp-note').textContent = !r.categories.length ? 'No sales in the last 30 days.'
    : !cats.length ? 'No costs yet: gross profit shows once a supplier invoice for what you sell is in the books.'
      : `${money(r.totals.grossProfit, currency)} on ${money(r.totals.netSales, currency)} net sales`
        + (without > 0 ? `; ${money(r.totals.netSalesWithoutCost, currency)} of sales have no cost yet and are left out.` : '.');
  chart('chart-gp', {
    type: 'bar',
    data: {
      labels: cats.map((c) => c.category),
      datasets: [{ label: 'GP %', data: cats.map((c) => Number(c.gpPercent)), backgroundColor: COLOURS.net }],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => {
        const cat = cats[c.dataIndex];
        return `${cat.gpPercent} % · ${money(cat.grossProfit, currency)} on ${money(cat.netSales, currency)}`;
      } } } },
      scales: { x: { suggestedMin: 0, suggestedMax: 100, ticks: { callback: (v) => `${v} %` } } },
    },
  });
}

function renderPriceChanges(r, currency) {
  document.getElementById('price-summary').textContent = r.items.length
    ? `${r.items.length} change${r.items.length === 1 ? '' : 's'}` : '';
  if (!r.items.length) {
    document.getElementById('price-changes').replaceChildren(h('p', { class: 'muted' }, 'No supplier has changed a price lately.'));
    return;
  }
  const per = (i) => (i.stockUnit === 'ml' ? 1000 : 1);
  const unit = (i) => (i.stockUnit === 'ml' ? 'L' : 'each');
  const rows = r.items.map((i) => h('tr', { 'data-sku': i.sku },
    h('td', { class: 'name' }, i.name, h('div', { class: 'muted small' }, `${i.supplier} · ${i.invoiceNumber} · ${day(i.invoiceDate)}`)),
    h('td', { class: 'num' }, `${money(Number(i.oldUnitCost) * per(i), currency)} → ${money(Number(i.newUnitCost) * per(i), currency)} / ${unit(i)}`),
    h('td', { class: `num${Number(i.changePercent) > 0 ? ' loss' : ''}`, 'data-value': 'change' },
      `${Number(i.changePercent) > 0 ? '+' : ''}${i.changePercent} %`),
    h('td', { class: 'num hide-narrow' }, i.gpPercentBefore ? `${i.gpPercentBefore} % → ${i.gpPercentAfter} %` : '–',
      i.sellingPrice ? h('div', { class: 'muted small' }, `at ${money(i.sellingPrice, currency)}${i.serving ? ` a ${i.serving}` : ''}`) : null)));
  document.getElementById('price-changes').replaceChildren(h('div', { class: 'table-wrap' }, h('table', { class: 'prices' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Product'), h('th', { class: 'num' }, 'Cost'), h('th', { class: 'num' }, 'Change'),
      h('th', { class: 'num hide-narrow' }, 'GP'))),
    h('tbody', {}, rows))));
}

window.addEventListener('online', () => { if (state.me) sendPendingCounts(); });

start();
