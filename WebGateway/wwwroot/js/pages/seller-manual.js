// 개별 주문: an order placed by hand (for orders that cannot be collected: 최소수량, 중복, 품절/단종), prefilled from a
// failed order (#/manual?from=<productOrderId>). The request id is chosen once per form, so sending again never orders twice.
import { get, post, requestId } from '../api.js';
import { h, fill, alert, field, input, select, won, points, busy, num } from '../ui.js';

export async function render(main, ctx) {
  const from = ctx.params.get('from');
  let request = requestId('m');
  let product = null;
  const code = input({ name: 'productCode', required: true, maxlength: 9, pattern: 'CH\\d{7}', placeholder: 'CH0000000', autocomplete: 'off' });
  const option = select([['', '상품 코드를 먼저 입력해 주세요']], '', { name: 'optionId' });
  const quantity = input({ type: 'number', name: 'quantity', min: 1, max: 9999, value: 1, required: true });
  const name = input({ name: 'name', required: true, maxlength: 50, autocomplete: 'off' });
  const phone = input({ name: 'phone', required: true, maxlength: 20, inputmode: 'tel', placeholder: '010-1234-5678', autocomplete: 'off' });
  const zip = input({ name: 'zipCode', required: true, maxlength: 5, pattern: '\\d{5}', inputmode: 'numeric', autocomplete: 'off' });
  const address = input({ name: 'address', required: true, maxlength: 300, autocomplete: 'off' });
  const memo = input({ name: 'memo', maxlength: 300 });
  const productInfo = h('div', { class: 'hint', 'aria-live': 'polite' });
  const estimate = h('div', { class: 'small', 'aria-live': 'polite' });
  const result = h('div', { id: 'manual-result', 'aria-live': 'polite' });
  const source = h('div', {});
  const submit = h('button', { type: 'submit', class: 'button primary' }, '개별 주문하기');

  async function loadProduct(chosenOption) {
    product = null;
    fill(productInfo);
    if (!/^CH\d{7}$/.test(code.value.trim())) { fill(option, h('option', { value: '' }, '상품 코드를 먼저 입력해 주세요')); showEstimate(); return; }
    try {
      product = await get(`/api/seller/products/${code.value.trim()}`);
      fill(productInfo, `${product.name} · 공급가 ${won(product.supplyPrice)} · 배송비 ${won(product.shippingFee)} · 최소 ${num(product.minQuantity)}개${product.saleApplied ? '' : ' · 판매 신청 전'}`);
      fill(option, product.options.length
        ? product.options.map(o => h('option', { value: o.optionId, selected: o.optionId === chosenOption, disabled: o.status !== 'OnSale' },
          `${o.name}${o.extraPrice ? ` (+${won(o.extraPrice)})` : ''} · 재고 ${num(o.stock)}${o.status !== 'OnSale' ? ' · 품절/단종' : ''}`))
        : h('option', { value: '' }, '옵션 없음'));
    } catch (error) {
      fill(productInfo, h('span', { class: 'reason' }, error.text));
    }
    showEstimate();
  }

  function showEstimate() {
    if (!product) { fill(estimate); return; }
    const extra = product.options.find(o => o.optionId === option.value)?.extraPrice ?? 0;
    const count = Math.max(1, Number(quantity.value) || 1);
    fill(estimate, `예상 결제 포인트: ${points((product.supplyPrice + extra) * count + product.shippingFee)}`);
  }

  code.addEventListener('change', () => loadProduct());
  option.addEventListener('change', showEstimate);
  quantity.addEventListener('input', showEstimate);
  for (const control of [code, option, quantity, name, phone, zip, address, memo]) control.addEventListener('input', () => { request = requestId('m'); });

  const form = h('form', { class: 'card' },
    source,
    h('div', { class: 'row' }, field('상품 코드', code), field('옵션', option), field('수량', quantity)),
    productInfo,
    h('fieldset', {}, h('legend', {}, '받는 분'),
      h('div', { class: 'row' }, field('이름', name), field('연락처', phone), field('우편번호', zip)),
      field('주소', address), field('배송 메모', memo)),
    estimate, result,
    h('div', { class: 'toolbar', style: 'margin-top:.75rem' }, submit));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const body = {
      requestId: request, productCode: code.value.trim(), optionId: option.value || null, quantity: Number(quantity.value),
      recipient: { name: name.value.trim(), phone: phone.value.trim(), zipCode: zip.value.trim(), address: address.value.trim() },
      memo: memo.value.trim() || null, fromProductOrderId: from || null,
    };
    busy(submit, async () => {
      try {
        const answer = await post('/api/seller/manual-orders', body);
        fill(result, alert('ok', `개별 주문했어요: 온채널 주문번호 ${answer.onchOrderNo} · 결제 ${points(answer.amount)} · 남은 포인트 ${points(answer.balance)}`));
      } catch (error) {
        const p = error.problem ?? {};
        fill(result, alert('bad', error.text, p.pointsShort ? ` (포인트 ${points(p.pointsShort)} 부족: 충전 후 같은 내용으로 다시 보내면 한 번만 주문돼요)` : ''));
      }
    });
  });

  fill(main, h('h1', {}, '개별 주문'),
    h('p', { class: 'hint' }, '스마트스토어에서 수집할 수 없는 주문(최소수량 오류, 주문 건 중복, 품절/단종, 신규주문이 아닌 주문)은 여기서 직접 주문해 주세요.'),
    form);

  if (from) {
    try {
      const order = await get(`/api/seller/orders/${encodeURIComponent(from)}`);
      code.value = order.productCode;
      quantity.value = order.quantity;
      name.value = order.recipient.name;
      phone.value = order.recipient.phone;
      zip.value = order.recipient.zipCode;
      address.value = order.recipient.address;
      fill(source, alert('info', `수집실패 주문 ${order.productOrderId}의 내용으로 채웠어요 (${order.productName} / ${order.optionText || '옵션 없음'}). `,
        order.errors.map(e => e.message).join(', ')));
      await loadProduct(order.optionId);
    } catch (error) {
      fill(source, alert('bad', error.text));
    }
  }
}
