// What the seller's order pages share: error names and what to do, the id cell, the status cell.
import { h, dateTime, statusNames } from '../ui.js';

export const errorNames = {
  OptionMismatch: '오류 확인 옵션을 다시 선택해 주세요',
  SaleNotApplied: '판매 신청 미 등록 오류',
  MinQuantity: '최소수량 오류',
  Duplicate: '주문 건 중복 오류',
  SoldOutOrDiscontinued: '상품 OR 옵션 품절 / 단종',
  InsufficientPoints: '포인트 부족',
  SmartStoreRejected: '스마트스토어 거절',
  CancelRequested: '취소 요청',
  CanceledAfterPlacing: '발주 후 취소',
  AddressChangedAfterPlacing: '발주 후 배송지 변경',
};

/** What the seller does about an error (the help page's advice). */
export const errorFixes = {
  OptionMismatch: '[옵션 수정]에서 고객님이 주문한 옵션을 선택해 주세요.',
  SaleNotApplied: '[스마트스토어 주문수집]의 [전체 판매신청]으로 처리할 수 있어요.',
  MinQuantity: '재수집할 수 없어요. 개별 주문으로 진행해 주세요.',
  Duplicate: '재수집할 수 없어요. 동일한 주문이 있는지 확인하고, 필요하면 개별 주문으로 진행해 주세요.',
  SoldOutOrDiscontinued: '재수집할 수 없어요. 개별 주문으로 진행해 주세요.',
  InsufficientPoints: '포인트를 충전한 뒤 다시 발주해 주세요.',
  SmartStoreRejected: '스마트스토어의 메시지를 확인해 주세요.',
};

// 주문 건 중복 is left out: it means a 개별 주문 was already made from this order.
export const needsManualOrder = order => !order.errors.some(e => e.code === 'Duplicate') && order.errors.some(e => ['MinQuantity', 'SoldOutOrDiscontinued'].includes(e.code));

export function idCell(order) {
  return h('td', { class: 'ids' },
    h('div', { title: '스마트스토어 상품주문번호' }, order.manual ? '개별 주문' : order.productOrderId),
    !order.manual && order.orderId && order.orderId !== order.productOrderId
      ? h('div', { class: 'muted small', title: '스마트스토어 주문번호 (한 주문의 상품들이 같은 번호)' }, `주문 ${order.orderId}`) : null,
    h('div', { class: 'muted small', title: '온채널 주문번호' }, order.onchOrderNo ?? '온채널 번호 없음'),
    h('div', { class: 'muted small', title: '주문 시간' }, h('time', { datetime: order.orderedAt }, dateTime(order.orderedAt))));
}

export function statusCell(order, { fixes = false, manualLink = false } = {}) {
  const badge = order.status === 'Waiting' && order.orderable
    ? h('span', { class: 'badge ok' }, '발주 가능')
    : h('span', { class: `badge ${order.status === 'CollectionFailed' ? 'bad' : order.status === 'Waiting' ? 'warn' : 'info'}` }, statusNames[order.status] ?? order.status);
  const reasons = order.errors.map(e => h('div', { class: 'reason', dataset: { code: e.code } },
    `[${errorNames[e.code] ?? e.code}] ${e.message && e.message !== errorNames[e.code] ? e.message : ''}`,
    fixes && errorFixes[e.code] ? h('div', { class: 'hint' }, errorFixes[e.code]) : null));
  const sync = order.smartStore?.lastErrorMessage
    ? h('div', { class: 'reason' }, `스마트스토어: ${order.smartStore.lastErrorMessage}`) : null;
  const late = order.shippingLate ? h('div', {}, h('span', { class: 'badge warn' }, '발송 지연 위험')) : null;
  const manual = manualLink && needsManualOrder(order)
    ? h('div', {}, h('a', { href: `#/manual?from=${encodeURIComponent(order.productOrderId)}`, class: 'button small' }, '개별 주문')) : null;
  return h('td', {}, badge, reasons, sync, late, manual);
}

export const productCell = order => h('td', {}, h('div', {}, order.productName), h('div', { class: 'muted small' }, order.optionText || '(옵션 없음)'),
  order.optionId ? h('div', { class: 'small', dataset: { chosenOption: order.productOrderId } }, `선택한 옵션: ${order.optionId}`) : null);

/** Replaces each chosen option's id with its name once the product is known (product(code) answers SellerProduct). */
export function nameChosenOptions(container, orders, product) {
  for (const order of orders.filter(o => o.optionId)) {
    product(order.productCode).then(info => {
      const option = info.options?.find(o => o.optionId === order.optionId);
      const target = container.querySelector(`[data-chosen-option="${CSS.escape(order.productOrderId)}"]`);
      if (option && target) target.textContent = `선택한 옵션: ${option.name}`;
    });
  }
}
