// 포인트: the balance, what the waiting orders need, the ledger (newest first, 더 보기 for older entries).
import { get, query } from '../api.js';
import { h, fill, alert, points, dateTime, busy, debounce } from '../ui.js';

const kinds = { TopUp: '충전', Charge: '발주 결제', Refund: '환불', Adjustment: '조정' };

export async function render(main, ctx) {
  let before = null;
  const balance = h('div', { class: 'stat', id: 'points-balance', 'aria-live': 'polite' }, '-');
  const needed = h('div', { class: 'stat', id: 'points-needed' }, '-');
  const shortNote = h('div', { 'aria-live': 'polite' });
  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'button', hidden: true }, '더 보기');
  const message = h('div', {});
  fill(main, h('h1', {}, '포인트'),
    h('div', { class: 'stats' },
      h('div', {}, h('div', { class: 'muted small' }, '보유 포인트'), balance),
      h('div', {}, h('div', { class: 'muted small' }, '주문대기 건에 필요한 포인트'), needed)),
    shortNote, message,
    h('h2', {}, '포인트 내역'),
    h('div', { class: 'table-wrap' }, h('table', { id: 'ledger' },
      h('thead', {}, h('tr', {}, h('th', {}, '일시'), h('th', {}, '구분'), h('th', { class: 'num' }, '금액'), h('th', { class: 'num' }, '잔액'), h('th', {}, '주문'), h('th', {}, '메모'))),
      body)),
    h('div', { class: 'toolbar', style: 'margin-top:.5rem' }, more));

  const entry = e => h('tr', {}, h('td', { class: 'nowrap' }, dateTime(e.at)), h('td', {}, kinds[e.kind] ?? e.kind),
    h('td', { class: `num ${e.amount < 0 ? 'reason' : ''}` }, `${e.amount > 0 ? '+' : ''}${points(e.amount)}`),
    h('td', { class: 'num' }, points(e.balanceAfter)), h('td', { class: 'small' }, e.productOrderId ?? ''), h('td', { class: 'small' }, e.memo ?? ''));

  async function reload(append = false) {
    const data = await get(`/api/seller/points${query({ limit: 50, before: append ? before : null })}`);
    fill(balance, points(data.balance));
    fill(needed, points(data.pointsNeeded));
    fill(shortNote, data.pointsNeeded > data.balance
      ? alert('warn', `주문대기 건을 모두 발주하려면 ${points(data.pointsNeeded - data.balance)}가 더 필요해요. 운영자에게 충전을 요청해 주세요.`) : null);
    if (append) body.append(...data.ledger.map(entry)); else fill(body, data.ledger.length ? data.ledger.map(entry) : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, '아직 내역이 없어요.')));
    before = data.nextBefore ?? null;
    more.hidden = !before;
  }
  const refresh = debounce(() => reload().catch(error => fill(message, alert('bad', error.text ?? String(error)))));
  more.addEventListener('click', () => busy(more, () => reload(true), message));
  ctx.on('pointsChanged', p => { fill(balance, points(p.balance)); refresh(); });
  ctx.on('orderChanged', refresh);
  ctx.on('resync', refresh);
  await reload().catch(error => fill(message, alert('bad', error.text ?? String(error))));
}
