// 공급사: the orders of the supplier's products (live), tracking entry with the carrier, 배송완료, 발송 지연 위험.
import { get, put, post, call, query } from '../api.js';
import { h, fill, alert, num, busy, toast, politeRefresh, thumb, select, input, trackingText, dateTime, statusNames } from '../ui.js';

const tabs = ['Ordered', 'Delivered', 'Canceled'];

export async function render(main, ctx) {
  let active = 'Ordered';
  let carriers = [];
  const tabButtons = new Map();
  const tabList = h('div', { class: 'tabs', role: 'tablist', 'aria-label': '주문 상태' });
  for (const status of tabs) {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${status}`, dataset: { status } }, status === 'Ordered' ? '발송할 주문' : statusNames[status],
      h('span', { class: 'count', dataset: { count: status } }, '0'));
    button.addEventListener('click', () => { active = status; reload(); });
    tabButtons.set(status, button);
    tabList.append(button);
  }
  const body = h('tbody', {});
  const message = h('div', { 'aria-live': 'polite' });
  fill(main, h('h1', {}, '공급사 주문 관리'),
    h('p', { class: 'hint' }, '처음 입력한 송장번호는 스마트스토어에 자동으로 발송처리돼요.'),
    tabList, message,
    h('div', { class: 'table-wrap' }, h('table', { id: 'supplier-orders' },
      h('thead', {}, h('tr', {}, h('th', {}, '온채널 주문번호'), h('th', {}, '상품이미지'), h('th', {}, '상품'), h('th', { class: 'num' }, '수량'),
        h('th', {}, '받는 분'), h('th', {}, '상태'), h('th', {}, '송장'))),
      body)));

  function trackingForm(order) {
    const carrier = select(carriers.map(c => [c.code, c.name]), order.tracking?.deliveryCompanyCode ?? 'CJGLS', { name: 'deliveryCompanyCode', 'aria-label': `${order.onchOrderNo} 택배사` });
    const number = input({ name: 'trackingNumber', value: order.tracking?.trackingNumber ?? '', maxlength: 30, 'aria-label': `${order.onchOrderNo} 송장번호`, placeholder: '송장번호' });
    const save = h('button', { type: 'submit', class: 'button small primary' }, order.tracking ? '송장 수정' : '송장 입력');
    const delivered = h('button', { type: 'button', class: 'button small', disabled: !order.tracking }, '배송완료');
    const result = h('div', { 'aria-live': 'polite' });
    const path = `/api/supplier/orders/${encodeURIComponent(order.onchOrderNo)}`;
    const form = h('form', { class: 'toolbar' }, carrier, number, save, delivered, result);
    form.addEventListener('submit', event => {
      event.preventDefault();
      busy(save, async () => { await put(`${path}/tracking`, { deliveryCompanyCode: carrier.value, trackingNumber: number.value.trim() }); toast('송장번호를 저장했어요.'); refresh(); }, result);
    });
    delivered.addEventListener('click', () => busy(delivered, async () => { await post(`${path}/delivered`); toast('배송완료로 바꿨어요.'); refresh(); }, result));
    return form;
  }

  const row = order => h('tr', { dataset: { onchOrderNo: order.onchOrderNo, status: order.status } },
    h('td', { class: 'ids' }, h('div', {}, order.onchOrderNo), h('div', { class: 'muted small' }, dateTime(order.placedAt))),
    h('td', {}, thumb(order.productImageUrl, order.productName)),
    h('td', {}, h('div', {}, `${order.productName} (${order.productCode})`), h('div', { class: 'muted small' }, order.optionText || '(옵션 없음)')),
    h('td', { class: 'num' }, num(order.quantity)),
    h('td', { class: 'small' }, `${order.recipient.name} · ${order.recipient.phone}`, h('div', { class: 'muted' }, `(${order.recipient.zipCode}) ${order.recipient.address}`)),
    h('td', {}, h('span', { class: 'badge info' }, statusNames[order.status] ?? order.status),
      order.shippingLate ? h('div', {}, h('span', { class: 'badge warn' }, '발송 지연 위험')) : null,
      order.notices.map(n => h('div', { class: 'reason' }, n.message))),
    h('td', {}, h('div', { class: 'small' }, trackingText(order.tracking)), order.status === 'Ordered' ? trackingForm(order) : null));

  async function reload() {
    const { data } = await call('GET', `/api/supplier/orders/page${query({ status: active, pageSize: 200 })}`);
    for (const [status, button] of tabButtons) {
      button.setAttribute('aria-selected', String(status === active));
      fill(button.querySelector('.count'), num(data.counts[status] ?? 0));
    }
    fill(body, data.orders.length ? data.orders.map(row) : h('tr', {}, h('td', { colspan: 7, class: 'muted' }, '주문이 없어요.')));
  }
  const refresh = politeRefresh(body, reload, error => fill(message, alert('bad', error.text ?? String(error))));
  ctx.on('supplierOrderChanged', refresh);
  ctx.on('resync', refresh);
  try {
    carriers = await get('/api/supplier/carriers');
    await reload();
  } catch (error) {
    fill(message, alert('bad', error.text ?? String(error)));
  }
}
