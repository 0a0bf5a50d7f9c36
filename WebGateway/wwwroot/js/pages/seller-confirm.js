// 스마트스토어 발주확인: tabs 수집실패 / 주문대기 / 주문발주 / 배송완료 with live counts; both tracking numbers with a
// visible mismatch and the correction form; reasons with what to do; 발송 지연 위험 and the delay form.
import { get, put, post, call, query } from '../api.js';
import { h, fill, alert, won, num, busy, toast, politeRefresh, thumb, select, input, carriers, trackingText, statusNames } from '../ui.js';
import { idCell, statusCell, productCell } from './orders-common.js';

const tabs = ['CollectionFailed', 'Waiting', 'Ordered', 'Delivered'];
const delayReasons = [
  ['PRODUCT_PREPARE', '상품 준비 중'], ['CUSTOMER_REQUEST', '고객 요청'], ['CUSTOM_BUILD', '주문 제작'],
  ['RESERVED_DISPATCH', '예약 발송'], ['OVERSEA_DELIVERY', '해외 배송'], ['ETC', '기타'],
];

export async function render(main, ctx) {
  let active = tabs.includes(ctx.params.get('tab')) ? ctx.params.get('tab') : 'Waiting';
  let cursor = null;
  let shown = [];
  const tabButtons = new Map();
  const tabList = h('div', { class: 'tabs', role: 'tablist', 'aria-label': '주문 상태' });
  for (const status of tabs) {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${status}`, 'aria-controls': 'tab-panel', dataset: { status } },
      statusNames[status], h('span', { class: 'count', dataset: { count: status } }, '0'));
    button.addEventListener('click', () => { active = status; cursor = null; reload(); });
    button.addEventListener('keydown', event => {
      const index = tabs.indexOf(status);
      const next = event.key === 'ArrowRight' ? index + 1 : event.key === 'ArrowLeft' ? index - 1 : null;
      if (next === null) return;
      const target = tabButtons.get(tabs[(next + tabs.length) % tabs.length]);
      target.focus();
      target.click();
    });
    tabButtons.set(status, button);
    tabList.append(button);
  }
  const body = h('tbody', {});
  const more = h('button', { type: 'button', class: 'button', hidden: true }, '더 보기');
  const message = h('div', { 'aria-live': 'polite' });
  const panel = h('div', { id: 'tab-panel', role: 'tabpanel' },
    h('div', { class: 'table-wrap' }, h('table', { id: 'confirm-orders' },
      h('thead', {}, h('tr', {}, h('th', {}, '주문번호/날짜'), h('th', {}, '상품이미지'), h('th', {}, '상품코드'), h('th', {}, '상품명'),
        h('th', { class: 'num' }, '수량'), h('th', { class: 'num' }, '금액'), h('th', {}, '주문상태'), h('th', {}, '송장번호'))),
      body)),
    h('div', { class: 'toolbar', style: 'margin-top:.5rem' }, more));

  fill(main, h('h1', {}, '스마트스토어 발주확인'),
    h('p', { class: 'hint' }, '송장번호는 공급사가 입력하면 스마트스토어에 자동으로 연동돼요. 송장번호를 수정한 경우에는 자동 연동되지 않으니 아래에서 직접 수정해 주세요.'),
    tabList, message, panel);

  function trackingCell(order) {
    const cell = h('td', {},
      h('div', { class: 'small', dataset: { tracking: 'onch' } }, h('span', { class: 'muted' }, '온채널: '), trackingText(order.onchTracking)),
      h('div', { class: 'small', dataset: { tracking: 'smartstore' } }, h('span', { class: 'muted' }, '스마트스토어: '), trackingText(order.smartStoreTracking)),
      order.trackingMismatch ? h('div', {}, h('span', { class: 'badge bad', dataset: { mismatch: 'true' } }, '송장번호 불일치')) : null,
      order.smartStore?.pending ? h('div', { class: 'hint' }, order.smartStore.pending === 'Delay' ? '발송 지연 요청을 보내는 중' : '스마트스토어로 보내는 중') : null);
    if (order.status === 'Ordered' && !order.manual) {
      cell.append(trackingForm(order));
      if (!order.smartStore?.dispatchedAt) cell.append(delayForm(order));
    }
    return cell;
  }

  function trackingForm(order) {
    const base = order.onchTracking ?? order.smartStoreTracking;
    const carrier = select(carriers, base?.deliveryCompanyCode ?? 'CJGLS', { name: 'deliveryCompanyCode', 'aria-label': '택배사' });
    const number = input({ name: 'trackingNumber', value: base?.trackingNumber ?? '', 'aria-label': '송장번호', maxlength: 30, minlength: 6 });
    const send = h('button', { type: 'submit', class: 'button small primary' }, '스마트스토어로 전송');
    const record = h('button', { type: 'button', class: 'button small' }, '직접 수정함 (기록만)');
    const result = h('div', { 'aria-live': 'polite' });
    const path = `/api/seller/orders/${encodeURIComponent(order.productOrderId)}/smartstore-tracking`;
    const body = () => ({ deliveryCompanyCode: carrier.value, trackingNumber: number.value.trim() });
    const form = h('form', {}, carrier, number, send, record, result);
    form.addEventListener('submit', event => {
      event.preventDefault();
      busy(send, async () => { await put(path, body()); toast('송장번호를 스마트스토어로 보냈어요.'); refresh(); }, result);
    });
    record.addEventListener('click', () => busy(record, async () => { await put(`${path}/recorded`, body()); toast('직접 수정한 송장번호를 기록했어요.'); refresh(); }, result));
    return h('details', { class: 'inline-form', open: order.trackingMismatch || undefined }, h('summary', {}, '송장번호 수정'), form);
  }

  function delayForm(order) {
    const tomorrow = new Date(Date.now() + 3 * 86400000).toISOString().slice(0, 10);
    const date = input({ type: 'date', name: 'dispatchDueDate', value: tomorrow, 'aria-label': '발송 예정일' });
    const reason = select(delayReasons, 'PRODUCT_PREPARE', { name: 'reason', 'aria-label': '지연 사유' });
    const detail = input({ name: 'detail', maxlength: 200, 'aria-label': '구매자에게 보일 안내', placeholder: '구매자에게 보일 안내' });
    const submit = h('button', { type: 'submit', class: 'button small' }, '발송 지연 요청');
    const result = h('div', { 'aria-live': 'polite' });
    const form = h('form', {}, date, reason, detail, submit, result);
    form.addEventListener('submit', event => {
      event.preventDefault();
      const due = new Date(`${date.value}T18:00:00+09:00`).toISOString();
      busy(submit, async () => {
        await post(`/api/seller/orders/${encodeURIComponent(order.productOrderId)}/dispatch-delay`, { dispatchDueDate: due, reason: reason.value, detail: detail.value.trim() });
        toast('발송 지연을 요청했어요.');
        refresh();
      }, result);
    });
    return h('details', { class: 'inline-form', open: order.shippingLate || undefined }, h('summary', {}, '발송 지연 처리'), form);
  }

  const row = order => h('tr', { dataset: { orderId: order.productOrderId, status: order.status } },
    idCell(order), h('td', {}, thumb(order.productImageUrl, order.productName)), h('td', { class: 'nowrap' }, order.productCode),
    productCell(order), h('td', { class: 'num' }, num(order.quantity)), h('td', { class: 'num' }, won(order.amount)),
    statusCell(order, { fixes: true, manualLink: true }), trackingCell(order));

  async function reload(append = false) {
    const { data } = await call('GET', `/api/seller/orders/page${query({ status: active, pageSize: 100, cursor: append ? cursor : null })}`);
    for (const [status, button] of tabButtons) {
      button.setAttribute('aria-selected', String(status === active));
      button.tabIndex = status === active ? 0 : -1;
      fill(button.querySelector('.count'), num(data.counts[status] ?? 0));
    }
    shown = append ? [...shown, ...data.orders] : data.orders;
    cursor = data.nextCursor ?? null;
    more.hidden = !cursor;
    fill(body, shown.length ? shown.map(row) : h('tr', {}, h('td', { colspan: 8, class: 'muted' }, `${statusNames[active]} 주문이 없어요.`)));
    fill(message);
  }
  const refresh = politeRefresh(body, reload, error => fill(message, alert('bad', error.text ?? String(error))));
  more.addEventListener('click', () => busy(more, () => reload(true), message));

  ctx.on('orderChanged', refresh);
  ctx.on('resync', refresh);
  await reload().catch(error => fill(message, alert('bad', error.text ?? String(error))));
}
