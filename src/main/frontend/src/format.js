// Display only: amounts arrive as decimal strings and are shown as the venue's currency. The
// figures themselves are computed by Barback in decimals; the page never adds money up.

const moneyFormats = new Map();

export function money(value, currency = 'EUR') {
  if (value === null || value === undefined || value === '') return '–';
  if (!moneyFormats.has(currency)) {
    moneyFormats.set(currency, new Intl.NumberFormat('en-IE', { style: 'currency', currency }));
  }
  return moneyFormats.get(currency).format(Number(value));
}

/** Stock units as a person counts them: millilitres as litres, single items as a count. */
export function quantity(value, stockUnit) {
  const n = Number(value);
  if (stockUnit === 'ml') {
    const litres = n / 1000;
    return `${litres.toLocaleString('en-IE', { maximumFractionDigits: Math.abs(litres) < 10 ? 2 : 1 })} L`;
  }
  return n.toLocaleString('en-IE', { maximumFractionDigits: 2 });
}

/** For charts: litres for draught, items otherwise. */
export function chartQuantity(value, stockUnit) {
  const n = Number(value);
  return stockUnit === 'ml' ? n / 1000 : n;
}

export function unitLabel(stockUnit) {
  return stockUnit === 'ml' ? 'litres' : 'items';
}

export function day(iso, style = 'short') {
  if (!iso) return '–';
  const d = new Date(`${iso}T12:00:00Z`);
  return style === 'short'
    ? d.toLocaleDateString('en-IE', { day: 'numeric', month: 'short', timeZone: 'UTC' })
    : d.toLocaleDateString('en-IE', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

export function time(date) {
  return date.toLocaleTimeString('en-IE', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export const STATUS_LABELS = {
  applied: 'Applied',
  review: 'In review',
  rejected: 'Rejected',
  duplicate: 'Duplicate',
  failed: 'Failed',
  received: 'Reading…',
};
