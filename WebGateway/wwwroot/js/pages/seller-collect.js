// 스마트스토어 주문수집: 주문 가져오기 with progress and summary; the waiting and failed orders; select-all selects
// only 발주 가능 rows; 발주하기 with its cost and a result per order; 삭제하기; 옵션 수정; 전체 판매신청.
import { get, getAll, post, put, del } from '../api.js';
import { h, fill, alert, won, points, num, busy, toast, debounce, thumb, dateTime } from '../ui.js';
import { idCell, statusCell, productCell, nameChosenOptions } from './orders-common.js';

const placeBatch = 200;

export async function render(main, ctx) {
  let orders = [];
  let balance = null;
  const selected = new Set();
  const products = new Map();

  const collectButton = h('button', { type: 'button', class: 'button primary', id: 'collect' }, '주문 가져오기');
  const optionButton = h('button', { type: 'button', class: 'button', id: 'edit-options', 'aria-expanded': 'false', 'aria-controls': 'option-editor' }, '옵션 수정');
  const applyAllButton = h('button', { type: 'button', class: 'button', id: 'apply-all', hidden: true }, '전체 판매신청');
  const placeButton = h('button', { type: 'button', class: 'button primary', id: 'place', disabled: true }, '발주하기');
  const cost = h('span', { id: 'place-cost', class: 'nowrap', 'aria-live': 'polite' });
  const balanceText = h('span', { id: 'balance', class: 'nowrap' });
  const progress = h('div', { id: 'collect-progress', hidden: true },
    h('div', { class: 'progress', role: 'progressbar', 'aria-label': '주문 수집 중' }), h('span', { class: 'small muted' }, '스마트스토어에서 주문을 가져오는 중이에요…'));
  const summary = h('div', { id: 'collect-summary', 'aria-live': 'polite' });
  const results = h('div', { id: 'place-results', 'aria-live': 'polite' });
  const editor = h('section', { id: 'option-editor', class: 'card', hidden: true, 'aria-label': '옵션 수정' });
  const selectAll = h('input', { type: 'checkbox', id: 'select-all', 'aria-label': '발주 가능 주문 모두 선택' });
  const body = h('tbody', {});
  const table = h('div', { class: 'table-wrap' }, h('table', { id: 'orders' },
    h('caption', { class: 'hidden' }, '수집한 주문'),
    h('thead', {}, h('tr', {},
      h('th', {}, selectAll), h('th', {}, '주문번호/날짜'), h('th', {}, '상품이미지'), h('th', {}, '상품코드'),
      h('th', {}, '상품명'), h('th', { class: 'num' }, '수량'), h('th', { class: 'num' }, '금액'), h('th', {}, '주문상태'), h('th', {}, '관리'))),
    body));
  const empty = h('p', { class: 'muted', hidden: true }, '발주를 기다리는 주문이 없어요. [주문 가져오기]를 눌러 최근 주문을 수집해 주세요.');

  fill(main,
    h('h1', {}, '스마트스토어 주문수집'),
    h('div', { class: 'alert info small' },
      '스마트스토어에서 \'신규주문(발주 전)\' 상태이고 최근 6일 이내 주문 건만 수집돼요. 판매자 상품 코드에 온채널 상품 코드(예: CH0000000)가 기재된 상품만 가져올 수 있어요.'),
    h('div', { class: 'toolbar' }, collectButton, optionButton, applyAllButton, h('span', { class: 'spacer' }), balanceText, cost, placeButton),
    progress, summary, results, editor, table, empty);

  const orderable = () => orders.filter(o => o.status === 'Waiting' && o.orderable);

  function updateSelection() {
    for (const id of [...selected]) if (!orderable().some(o => o.productOrderId === id)) selected.delete(id);
    const chosen = orderable().filter(o => selected.has(o.productOrderId));
    const total = chosen.reduce((sum, o) => sum + (o.amount ?? 0), 0);
    placeButton.disabled = chosen.length === 0;
    fill(cost, chosen.length ? `선택 ${num(chosen.length)}건 · 필요 포인트 ${points(total)}` : '선택한 주문 없음');
    cost.classList.toggle('reason', balance !== null && total > balance);
    selectAll.checked = chosen.length > 0 && chosen.length === orderable().length;
    selectAll.indeterminate = chosen.length > 0 && chosen.length < orderable().length;
    for (const box of body.querySelectorAll('input[type=checkbox]')) box.checked = selected.has(box.value);
  }

  function row(order) {
    const canPlace = order.status === 'Waiting' && order.orderable;
    const box = h('input', { type: 'checkbox', value: order.productOrderId, disabled: !canPlace, 'aria-label': `${order.productOrderId} 선택` });
    box.addEventListener('change', () => { if (box.checked) selected.add(order.productOrderId); else selected.delete(order.productOrderId); updateSelection(); });
    const remove = h('button', { type: 'button', class: 'button small danger', 'aria-label': `${order.productOrderId} 삭제하기` }, '삭제하기');
    remove.addEventListener('click', () => {
      if (!window.confirm(`주문 ${order.productOrderId}을(를) 삭제할까요?`)) return;
      busy(remove, async () => { await del(`/api/seller/orders/${encodeURIComponent(order.productOrderId)}`); toast('주문을 삭제했어요.'); await reload(); });
    });
    const actions = [remove];
    if (order.errors.some(e => e.code === 'OptionMismatch')) {
      const fix = h('button', { type: 'button', class: 'button small', 'aria-label': `${order.productOrderId} 옵션 수정` }, '옵션 수정');
      fix.addEventListener('click', () => openEditor(order.productOrderId));
      actions.unshift(fix);
    }
    return h('tr', { dataset: { orderId: order.productOrderId, status: order.status } },
      h('td', {}, box), idCell(order), h('td', {}, thumb(order.productImageUrl, order.productName)), h('td', { class: 'nowrap' }, order.productCode),
      productCell(order), h('td', { class: 'num' }, num(order.quantity)), h('td', { class: 'num' }, won(order.amount)),
      statusCell(order, { fixes: true }), h('td', {}, h('div', { class: 'toolbar' }, actions)));
  }

  async function reload() {
    const [waiting, failed, wallet] = await Promise.all([
      getAll('/api/seller/orders', { status: 'Waiting', pageSize: 500 }),
      getAll('/api/seller/orders', { status: 'CollectionFailed', pageSize: 500 }),
      get('/api/seller/points?limit=1'),
    ]);
    orders = [...waiting, ...failed].sort((a, b) => (a.orderedAt < b.orderedAt ? 1 : -1));
    balance = wallet.balance;
    fill(balanceText, `보유 포인트 ${points(balance)}`);
    fill(body, orders.map(row));
    nameChosenOptions(body, orders, product);
    empty.hidden = orders.length > 0;
    applyAllButton.hidden = !orders.some(o => o.errors.some(e => e.code === 'SaleNotApplied'));
    updateSelection();
    if (!editor.hidden) await renderEditor();
  }
  const refresh = debounce(() => reload().catch(error => toast(error.text ?? String(error))));

  selectAll.addEventListener('change', () => {
    selected.clear();
    if (selectAll.checked) for (const o of orderable()) selected.add(o.productOrderId);
    updateSelection();
  });

  function showSummary(run, automatic) {
    const item = (label, value, id) => h('div', { dataset: { key: id } }, h('dt', {}, label), h('dd', {}, num(value)));
    fill(summary, h('div', { class: 'card' },
      h('strong', {}, automatic ? '자동 주문 수집 결과' : '주문 가져오기 결과', h('span', { class: 'muted small' }, ` · ${dateTime(new Date())}`)),
      h('dl', { class: 'summary' },
        item('수집', run.collected, 'collected'), item('발주 가능', run.orderable, 'orderable'), item('옵션 수정 필요', run.needsOption, 'needsOption'),
        item('수집실패', run.failed, 'failed'), item('건너뜀', run.skipped, 'skipped'), item('이미 수집됨', run.alreadyKnown, 'alreadyKnown')),
      run.succeeded === false ? alert('warn', `수집이 끝까지 진행되지 않았어요: ${run.errorMessage ?? run.errorCode ?? ''}`,
        run.traceId ? ` (네이버 추적 ID: ${run.traceId})` : '', ' 다음 수집 때 같은 기간을 다시 읽어요.') : null));
  }

  collectButton.addEventListener('click', () => busy(collectButton, async () => {
    progress.hidden = false;
    collectButton.textContent = '가져오는 중…';
    try {
      const run = await post('/api/seller/collect');
      showSummary(run, false);
      await reload();
    } catch (error) {
      const p = error.problem ?? {};
      fill(summary, alert('bad', `주문을 가져오지 못했어요: ${error.text}`,
        p.smartStoreTraceId ? ` (네이버 추적 ID: ${p.smartStoreTraceId})` : '',
        p.code === 'NotRegistered' ? h('div', {}, h('a', { href: '#/account' }, '스마트스토어 계정 등록하기')) : null));
    } finally {
      progress.hidden = true;
    }
  }, summary));

  applyAllButton.addEventListener('click', () => busy(applyAllButton, async () => {
    const answer = await post('/api/seller/sale-applications/apply-all');
    fill(results, alert('ok', `판매 신청했어요: ${answer.applied.length ? answer.applied.join(', ') : '새로 신청할 상품 없음'}`,
      answer.revalidated !== undefined ? ` · 다시 확인한 주문 ${num(answer.revalidated)}건` : '',
      answer.rejected?.length ? ` · 온채널에 없는 상품: ${answer.rejected.join(', ')}` : ''));
    await reload();
  }, results));

  placeButton.addEventListener('click', () => {
    const ids = orderable().filter(o => selected.has(o.productOrderId)).map(o => o.productOrderId);
    const total = orders.filter(o => ids.includes(o.productOrderId)).reduce((sum, o) => sum + (o.amount ?? 0), 0);
    if (!ids.length || !window.confirm(`${num(ids.length)}건을 발주할까요? 포인트 ${points(total)}가 결제돼요.`)) return;
    busy(placeButton, async () => {
      placeButton.textContent = '발주하는 중…';
      const answers = [];
      for (let i = 0; i < ids.length; i += placeBatch) {
        answers.push(...await post('/api/seller/orders/place', { productOrderIds: ids.slice(i, i + placeBatch) }));
      }
      const placed = answers.filter(a => a.placed);
      fill(results, h('div', { class: 'card' },
        h('strong', {}, `발주 결과: ${num(placed.length)}건 발주, ${num(answers.length - placed.length)}건 실패`),
        h('ul', { class: 'small' }, answers.map(a => h('li', { dataset: { orderId: a.productOrderId, placed: String(a.placed) } }, a.placed
          ? `✔ ${a.productOrderId} → 온채널 주문번호 ${a.onchOrderNo} (${won(a.amount)})`
          : h('span', { class: 'reason' }, `✖ ${a.productOrderId}: ${a.error?.message ?? '발주하지 못했어요'}`, a.pointsShort ? ` · 포인트 ${points(a.pointsShort)} 부족` : ''))))));
      selected.clear();
      await reload();
    }, results);
  });

  async function product(code) {
    if (!products.has(code)) products.set(code, get(`/api/seller/products/${encodeURIComponent(code)}`).catch(error => ({ error })));
    return products.get(code);
  }

  async function renderEditor(focusId) {
    // A live refresh re-renders the editor: keep open the option lists the seller had open.
    const open = new Set([...editor.querySelectorAll('[id^="options-"]:not([hidden])')].map(e => e.id.slice('options-'.length)));
    const candidates = orders.filter(o => o.status === 'Waiting' || o.errors.some(e => e.code === 'OptionMismatch'));
    candidates.sort((a, b) => Number(b.errors.some(e => e.code === 'OptionMismatch')) - Number(a.errors.some(e => e.code === 'OptionMismatch')));
    const items = candidates.map(order => {
      const wrong = order.errors.some(e => e.code === 'OptionMismatch');
      const choices = h('div', { hidden: true, id: `options-${order.productOrderId}` });
      const name = h('button', { type: 'button', class: 'button small', 'aria-expanded': 'false', 'aria-controls': choices.id }, order.optionText || '(옵션 없음)');
      if (order.optionId) product(order.productCode).then(info => { const chosen = info.options?.find(o => o.optionId === order.optionId); if (chosen) name.textContent = chosen.name; });
      name.addEventListener('click', async () => {
        const open = choices.hidden;
        choices.hidden = !open;
        name.setAttribute('aria-expanded', String(open));
        if (open) await renderChoices(order, choices);
      });
      const item = h('div', { class: `option-item${wrong ? ' option-error' : ''}`, dataset: { orderId: order.productOrderId } },
        h('div', {}, h('strong', {}, order.productName), h('span', { class: 'muted small' }, ` · ${order.productOrderId}`)),
        h('div', { class: 'small' }, '선택된 옵션: ', name, wrong ? h('span', { class: 'reason' }, ' 옵션을 다시 선택해 주세요') : null),
        choices);
      if (focusId === order.productOrderId) queueMicrotask(() => { name.focus(); name.click(); });
      else if (open.has(order.productOrderId)) queueMicrotask(() => name.click());
      return item;
    });
    fill(editor, h('h2', {}, '옵션 수정'),
      h('p', { class: 'hint' }, '옵션 명을 누르면 주문한 상품의 옵션을 모두 확인할 수 있어요. 고객님이 주문한 옵션을 선택해 주세요. 오류난 건은 빨간색 테두리로 표시돼요.'),
      items.length ? h('div', { class: 'option-list' }, items) : h('p', { class: 'muted' }, '옵션을 고칠 주문이 없어요.'));
  }

  async function renderChoices(order, target) {
    fill(target, h('span', { class: 'muted small' }, '옵션을 불러오는 중…'));
    const info = await product(order.productCode);
    if (info.error) { fill(target, alert('bad', info.error.text)); return; }
    const choose = (optionId, label, disabled) => {
      const button = h('button', { type: 'button', class: `button small${optionId === order.optionId ? ' primary' : ''}`, disabled }, label);
      button.addEventListener('click', () => busy(button, async () => {
        await put(`/api/seller/orders/${encodeURIComponent(order.productOrderId)}/option`, { optionId });
        toast(`옵션을 바꿨어요: ${label}`);
        await reload();
      }, target));
      return h('li', {}, button);
    };
    const list = info.options.length
      ? info.options.map(o => choose(o.optionId, `${o.name}${o.extraPrice ? ` (${o.extraPrice > 0 ? '+' : ''}${won(o.extraPrice)})` : ''} · 재고 ${num(o.stock)}`, o.status !== 'OnSale' || o.stock < 1))
      : [choose('', '옵션 없음 (상품 그대로)', false)];
    fill(target, h('ul', { 'aria-label': `${order.productName}의 옵션` }, list));
  }

  function openEditor(focusId) {
    editor.hidden = false;
    optionButton.setAttribute('aria-expanded', 'true');
    renderEditor(focusId);
    editor.scrollIntoView({ block: 'nearest' });
  }
  optionButton.addEventListener('click', () => {
    if (editor.hidden) openEditor();
    else { editor.hidden = true; optionButton.setAttribute('aria-expanded', 'false'); }
  });

  ctx.on('orderChanged', refresh);
  ctx.on('pointsChanged', p => { balance = p.balance; fill(balanceText, `보유 포인트 ${points(balance)}`); updateSelection(); });
  ctx.on('collectionFinished', run => { showSummary(run, collectButton.disabled === false); refresh(); });
  ctx.on('resync', refresh);
  await reload().catch(error => fill(summary, alert('bad', error.text ?? String(error))));
}
