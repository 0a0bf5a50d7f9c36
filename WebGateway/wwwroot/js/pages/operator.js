// 운영: sellers (create, balance, top-up, sync health), suppliers (create, disable), the catalog (products and options).
import { get, post, put, patch, query, requestId } from '../api.js';
import { h, fill, alert, field, input, select, points, num, won, dateTime, duration, busy, toast } from '../ui.js';

const statuses = [['OnSale', '판매중'], ['SoldOut', '품절'], ['Discontinued', '단종']];

function accountForm(kind, onCreated) {
  const id = input({ name: `${kind}Id`, required: true, pattern: '[a-z0-9_-]{3,32}', autocomplete: 'off' });
  const name = input({ name: 'name', required: true, maxlength: 100, autocomplete: 'off' });
  const password = input({ name: 'password', type: 'password', required: true, minlength: 8, autocomplete: 'new-password' });
  const result = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, kind === 'seller' ? '판매자 만들기' : '공급사 만들기');
  const form = h('form', { class: 'card' }, h('h2', {}, kind === 'seller' ? '판매자 계정 만들기' : '공급사 계정 만들기'),
    h('div', { class: 'row' }, field('아이디 (영문 소문자, 숫자, _, - 3~32자)', id), field('이름', name), field('비밀번호 (8자 이상)', password)),
    result, h('div', { class: 'toolbar', style: 'margin-top:.5rem' }, submit));
  form.addEventListener('submit', event => {
    event.preventDefault();
    busy(submit, async () => {
      await post(`/api/operator/${kind}s`, { [`${kind}Id`]: id.value.trim(), name: name.value.trim(), password: password.value });
      fill(result, alert('ok', `${id.value.trim()} 계정을 만들었어요.`));
      form.reset();
      await onCreated();
    }, result);
  });
  return form;
}

function disableButton(loginId, disabled, reload) {
  const button = h('button', { type: 'button', class: `button small${disabled ? '' : ' danger'}` }, disabled ? '사용하기' : '사용 중지');
  button.addEventListener('click', () => busy(button, async () => { await patch(`/api/operator/accounts/${encodeURIComponent(loginId)}`, { disabled: !disabled }); await reload(); }));
  return button;
}

export async function renderSellers(main) {
  const body = h('tbody', {});
  const message = h('div', { 'aria-live': 'polite' });
  const topUp = seller => {
    const amount = input({ type: 'number', min: 1, name: 'amount', 'aria-label': `${seller.sellerId} 충전 금액`, placeholder: '금액' });
    const memo = input({ name: 'memo', maxlength: 200, 'aria-label': `${seller.sellerId} 충전 메모`, placeholder: '메모' });
    const submit = h('button', { type: 'submit', class: 'button small primary' }, '충전');
    let request = requestId('op');
    amount.addEventListener('input', () => { request = requestId('op'); });
    const form = h('form', { class: 'toolbar' }, amount, memo, submit);
    form.addEventListener('submit', event => {
      event.preventDefault();
      busy(submit, async () => {
        const answer = await post(`/api/operator/sellers/${encodeURIComponent(seller.sellerId)}/points`, { amount: Number(amount.value), memo: memo.value.trim() || null, requestId: request });
        toast(`${seller.sellerId}: 충전 후 잔액 ${points(answer.balance)}`);
        request = requestId('op');
        await reload();
      }, message);
    });
    return form;
  };
  const health = s => {
    if (s.sync.failing) return h('div', {}, h('span', { class: 'badge bad' }, '오류'), h('div', { class: 'reason' }, `${s.sync.lastErrorCode} ${s.sync.lastErrorMessage ?? ''}`),
      s.sync.lastErrorTraceId ? h('div', { class: 'hint' }, `네이버 추적 ID ${s.sync.lastErrorTraceId}`) : null);
    if (s.sync.lastSucceededAt) return h('div', {}, h('span', { class: 'badge ok' }, '정상'), h('div', { class: 'hint' }, `${duration(s.sync.lagSeconds)} 전 수집`));
    return h('span', { class: 'badge warn' }, s.smartStore ? '수집 전' : '계정 미등록');
  };
  const row = s => h('tr', { dataset: { sellerId: s.sellerId } },
    h('td', {}, h('div', {}, s.sellerId), h('div', { class: 'muted small' }, s.name)),
    h('td', { class: 'num', dataset: { balance: s.sellerId } }, points(s.balance)),
    h('td', { class: 'small' }, s.smartStore ? `${s.smartStore.mode === 'own' ? '직접' : '솔루션'} ${s.smartStore.accountId ?? ''}` : '-'),
    h('td', { class: 'small' }, `수집 ${s.settings.autoCollect ? 'ON' : 'OFF'} · 발주 ${s.settings.autoOrder ? 'ON' : 'OFF'}`),
    h('td', {}, health(s)), h('td', {}, topUp(s)), h('td', {}, disableButton(s.sellerId, s.disabled, reload)));
  async function reload() {
    const data = await get(`/api/operator/sellers${query({ limit: 500 })}`);
    fill(body, data.sellers.length ? data.sellers.map(row) : h('tr', {}, h('td', { colspan: 7, class: 'muted' }, '판매자가 없어요.')));
  }
  fill(main, h('h1', {}, '판매자'), accountForm('seller', reload), message,
    h('div', { class: 'table-wrap' }, h('table', { id: 'sellers' },
      h('thead', {}, h('tr', {}, h('th', {}, '판매자'), h('th', { class: 'num' }, '포인트'), h('th', {}, '스마트스토어'), h('th', {}, '자동 설정'), h('th', {}, '동기화'), h('th', {}, '포인트 충전'), h('th', {}, '계정'))),
      body)));
  await reload().catch(error => fill(message, alert('bad', error.text ?? String(error))));
}

export async function renderSuppliers(main) {
  const body = h('tbody', {});
  const message = h('div', {});
  async function reload() {
    const data = await get(`/api/operator/suppliers${query({ limit: 500 })}`);
    fill(body, data.suppliers.map(s => h('tr', { dataset: { supplierId: s.supplierId } },
      h('td', {}, s.supplierId), h('td', {}, s.name), h('td', {}, dateTime(s.createdAt)),
      h('td', {}, s.disabled ? h('span', { class: 'badge bad' }, '중지됨') : h('span', { class: 'badge ok' }, '사용 중')),
      h('td', {}, disableButton(s.supplierId, s.disabled, reload)))));
  }
  fill(main, h('h1', {}, '공급사'), accountForm('supplier', reload), message,
    h('div', { class: 'table-wrap' }, h('table', { id: 'suppliers' },
      h('thead', {}, h('tr', {}, h('th', {}, '아이디'), h('th', {}, '이름'), h('th', {}, '만든 날'), h('th', {}, '상태'), h('th', {}, ''))), body)));
  await reload().catch(error => fill(message, alert('bad', error.text ?? String(error))));
}

export async function renderCatalog(main) {
  const body = h('tbody', {});
  const message = h('div', { 'aria-live': 'polite' });
  const search = input({ type: 'search', name: 'q', maxlength: 100, 'aria-label': '상품 검색 (코드 또는 이름)', placeholder: '코드 또는 이름' });
  const editor = h('section', { class: 'card', id: 'product-editor' });
  let after = null;
  const more = h('button', { type: 'button', class: 'button', hidden: true }, '더 보기');

  function catalogRow(p) {
    const open = h('button', { type: 'button', class: 'button small' }, '수정');
    open.addEventListener('click', () => busy(open, async () => showEditor(await get(`/api/operator/products/${p.code}`))));
    return h('tr', { dataset: { code: p.code } }, h('td', {}, p.code), h('td', {}, p.name), h('td', {}, p.supplierId),
      h('td', {}, statuses.find(([s]) => s === p.status)?.[1] ?? p.status), h('td', { class: 'num' }, num(p.optionCount)),
      h('td', { class: 'num' }, num(p.totalStock)), h('td', {}, open));
  }

  /** The list is read from catalog_read, which follows a save within a moment: show the saved product at once. */
  function showSaved(saved) {
    const entry = { ...saved, optionCount: saved.options.length, totalStock: saved.options.reduce((sum, o) => sum + o.stock, 0) };
    const rowElement = catalogRow(entry);
    const existing = body.querySelector(`tr[data-code="${saved.code}"]`);
    if (existing) existing.replaceWith(rowElement); else body.prepend(rowElement);
  }

  async function reload(append = false) {
    const data = await get(`/api/operator/products${query({ q: search.value.trim(), limit: 100, after: append ? after : null })}`);
    const rows = data.products.map(catalogRow);
    if (append) body.append(...rows); else fill(body, rows.length ? rows : h('tr', {}, h('td', { colspan: 7, class: 'muted' }, '상품이 없어요.')));
    after = data.nextAfter ?? null;
    more.hidden = !after;
  }

  function optionRow(option = { optionId: '', name: '', extraPrice: 0, stock: 0, status: 'OnSale' }) {
    const remove = h('button', { type: 'button', class: 'button small danger' }, '옵션 삭제');
    const rowElement = h('div', { class: 'row option-row' },
      field('옵션 ID', input({ name: 'optionId', value: option.optionId, required: true, maxlength: 64 })),
      field('옵션명', input({ name: 'optionName', value: option.name, required: true, maxlength: 200 })),
      field('추가 금액', input({ type: 'number', name: 'extraPrice', value: option.extraPrice })),
      field('재고', input({ type: 'number', name: 'stock', min: 0, value: option.stock })),
      field('상태', select(statuses, option.status, { name: 'optionStatus' })),
      h('div', { style: 'align-self:end' }, remove));
    remove.addEventListener('click', () => rowElement.remove());
    return rowElement;
  }

  function showEditor(product) {
    const isNew = !product;
    product ??= { code: '', name: '', imageUrl: 'https://placehold.co/240x240/png', supplierId: '', supplyPrice: 10000, shippingFee: 3000, minQuantity: 1, status: 'OnSale', options: [] };
    const code = input({ name: 'code', value: product.code, required: true, pattern: 'CH\\d{7}', readOnly: !isNew });
    const name = input({ name: 'name', value: product.name, required: true, maxlength: 200 });
    const image = input({ type: 'url', name: 'imageUrl', value: product.imageUrl, required: true });
    const supplier = input({ name: 'supplierId', value: product.supplierId, required: true });
    const supply = input({ type: 'number', name: 'supplyPrice', value: product.supplyPrice, min: 1, required: true });
    const shipping = input({ type: 'number', name: 'shippingFee', value: product.shippingFee, min: 0, required: true });
    const minimum = input({ type: 'number', name: 'minQuantity', value: product.minQuantity, min: 1, required: true });
    const status = select(statuses, product.status, { name: 'status' });
    const options = h('div', { class: 'option-list' }, product.options.map(optionRow));
    const addOption = h('button', { type: 'button', class: 'button small' }, '옵션 추가');
    addOption.addEventListener('click', () => options.append(optionRow()));
    const result = h('div', { 'aria-live': 'polite' });
    const submit = h('button', { type: 'submit', class: 'button primary' }, '상품 저장');
    const form = h('form', {}, h('h2', {}, isNew ? '새 상품' : `상품 수정: ${product.code}`),
      h('div', { class: 'row' }, field('상품 코드', code), field('상품명', name), field('공급사 아이디', supplier)),
      field('이미지 주소', image),
      h('div', { class: 'row' }, field('공급가 (원)', supply), field('배송비 (원)', shipping), field('최소 구매 수량', minimum), field('상태 (품절/단종)', status)),
      h('h2', {}, '옵션'), options, h('div', { class: 'toolbar', style: 'margin-top:.5rem' }, addOption), result,
      h('div', { class: 'toolbar', style: 'margin-top:.75rem' }, submit));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const value = (rowElement, fieldName) => rowElement.querySelector(`[name=${fieldName}]`).value;
      const body = {
        name: name.value.trim(), imageUrl: image.value.trim(), supplierId: supplier.value.trim(), supplyPrice: Number(supply.value),
        shippingFee: Number(shipping.value), minQuantity: Number(minimum.value), status: status.value,
        options: [...options.querySelectorAll('.option-row')].map(r => ({
          optionId: value(r, 'optionId').trim(), name: value(r, 'optionName').trim(), extraPrice: Number(value(r, 'extraPrice')),
          stock: Number(value(r, 'stock')), status: value(r, 'optionStatus') })),
      };
      busy(submit, async () => {
        const saved = await put(`/api/operator/products/${code.value.trim()}`, body);
        fill(result, alert('ok', `${saved.code} 상품을 저장했어요 (공급가 ${won(saved.supplyPrice)}).`));
        await reload();
        showSaved(saved);
      }, result);
    });
    fill(editor, form);
    editor.scrollIntoView({ block: 'nearest' });
  }

  const newButton = h('button', { type: 'button', class: 'button primary' }, '새 상품');
  newButton.addEventListener('click', () => showEditor(null));
  search.addEventListener('input', () => reload().catch(error => fill(message, alert('bad', error.text))));
  more.addEventListener('click', () => busy(more, () => reload(true), message));
  fill(main, h('h1', {}, '상품 카탈로그'), h('div', { class: 'toolbar' }, search, newButton), message, editor,
    h('div', { class: 'table-wrap' }, h('table', { id: 'catalog' },
      h('thead', {}, h('tr', {}, h('th', {}, '코드'), h('th', {}, '상품명'), h('th', {}, '공급사'), h('th', {}, '상태'), h('th', { class: 'num' }, '옵션'), h('th', { class: 'num' }, '재고'), h('th', {}, ''))),
      body)),
    h('div', { class: 'toolbar', style: 'margin-top:.5rem' }, more));
  await reload().catch(error => fill(message, alert('bad', error.text ?? String(error))));
}
