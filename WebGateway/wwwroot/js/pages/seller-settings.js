// 자동 주문 수집/발주 설정: [ON]/[OFF] for both, [저장]; the saved values are shown dark; leaving with unsaved changes
// asks first; 자동 발주 goes off with 자동 주문 수집. Below, the 자동 발주 policy.
import { get, put } from '../api.js';
import { h, fill, alert, busy, toast, field, input, num } from '../ui.js';

export async function render(main, ctx) {
  let saved = { autoCollect: false, autoOrder: false };
  let chosen = { ...saved };
  let registered = true;
  const notRegistered = h('div', { id: 'not-registered', class: 'alert warn', hidden: true, role: 'status' },
    '스마트스토어 계정을 먼저 등록해 주세요. 등록한 뒤에 자동 주문 수집을 켤 수 있어요. ', h('a', { href: '#/account' }, '스마트스토어 계정 등록하기'));
  const message = h('div', { id: 'settings-result', 'aria-live': 'polite' });
  const dirtyNote = h('div', { id: 'unsaved', class: 'alert warn', hidden: true, role: 'status' },
    '저장하지 않은 변경 사항이 있어요. [저장] 버튼을 누르지 않고 페이지를 나가면 설정이 저장되지 않아요.');
  const saveButton = h('button', { type: 'button', class: 'button primary', id: 'save-settings' }, '저장');
  const dirty = () => chosen.autoCollect !== saved.autoCollect || chosen.autoOrder !== saved.autoOrder;

  function toggle(key, label, description) {
    const on = h('button', { type: 'button', dataset: { value: 'on' } }, 'ON');
    const off = h('button', { type: 'button', dataset: { value: 'off' } }, 'OFF');
    const savedText = h('span', { class: 'hint', dataset: { saved: key } });
    on.addEventListener('click', () => choose(key, true));
    off.addEventListener('click', () => choose(key, false));
    const group = h('div', { class: 'toggle', role: 'group', 'aria-label': label, id: `toggle-${key}` }, on, off);
    const element = h('div', { class: 'setting' },
      h('div', {}, h('strong', {}, label), h('div', { class: 'hint' }, description), savedText), group);
    return { element, update: () => {
      on.setAttribute('aria-pressed', String(chosen[key]));
      off.setAttribute('aria-pressed', String(!chosen[key]));
      on.disabled = (!registered && !chosen[key]) || (key === 'autoOrder' && !chosen.autoCollect);
      fill(savedText, `현재 저장된 설정: ${saved[key] ? 'ON' : 'OFF'}${chosen[key] !== saved[key] ? ' (변경됨, 저장 전)' : ''}`);
    } };
  }

  const collect = toggle('autoCollect', '자동 주문 수집', '스마트스토어의 신규주문을 주기적으로 자동 수집해요.');
  const order = toggle('autoOrder', '자동 발주', '자동 주문 수집된 건 중 발주 가능한 주문을 자동으로 발주해요. 자동 주문 수집을 OFF 하면 자동 발주도 같이 OFF 돼요.');

  function update() {
    notRegistered.hidden = registered;
    collect.update();
    order.update();
    dirtyNote.hidden = !dirty();
  }

  function choose(key, value) {
    chosen = { ...chosen, [key]: value };
    if (key === 'autoCollect' && !value) chosen.autoOrder = false;
    fill(message);
    update();
  }

  saveButton.addEventListener('click', () => busy(saveButton, async () => {
    saved = await put('/api/seller/settings', chosen);
    chosen = { ...saved };
    update();
    fill(message, alert('ok', '설정을 저장했어요.'));
  }, message));

  ctx.guard(dirty);
  ctx.on('settingsChanged', settings => {
    const wasDirty = dirty();
    saved = { autoCollect: settings.autoCollect, autoOrder: settings.autoOrder };
    if (!wasDirty) chosen = { ...saved };
    update();
  });
  const load = async () => {
    const [settings, account] = await Promise.all([
      get('/api/seller/settings'),
      get('/api/seller/smartstore-account').then(() => true, error => (error.status === 404 ? false : true)),
    ]);
    saved = settings;
    registered = account;
    if (!dirty()) chosen = { ...saved };
    update();
  };
  ctx.on('resync', () => load().catch(() => {}));

  const policy = policyForm();
  fill(main, h('h1', {}, '자동 주문 수집/발주 설정'),
    h('p', { class: 'hint' }, '스마트스토어 계정 등록 완료 후 설정할 수 있어요. ', h('a', { href: '#/account' }, '스마트스토어 계정 등록하기')),
    h('section', { class: 'card', 'aria-label': '자동 주문 수집/발주' }, notRegistered, collect.element, order.element, dirtyNote, message,
      h('div', { class: 'toolbar', style: 'margin-top:.75rem' }, saveButton)),
    policy.element);
  try { await load(); } catch (error) { fill(message, alert('bad', error.text ?? String(error))); }
  await policy.load();
}

function policyForm() {
  const buffer = input({ type: 'number', min: 0, max: 1440, name: 'cancellationBufferMinutes', required: true });
  const maxCost = input({ type: 'number', min: 1, name: 'maxCostPerOrder', placeholder: '제한 없음' });
  const excluded = h('textarea', { name: 'excludedProducts', rows: 2, placeholder: 'CH0000101, CH0000102' });
  const result = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, '정책 저장');
  const element = h('form', { class: 'card', 'aria-labelledby': 'policy-title' },
    h('h2', { id: 'policy-title' }, '자동 발주 정책'),
    h('div', { class: 'row' },
      field('결제 후 대기 시간 (분)', buffer, '구매자가 바로 취소할 수 있도록 결제 후 이만큼 기다린 뒤 자동 발주해요 (0~1,440분).'),
      field('주문당 최대 금액 (원)', maxCost, '이 금액보다 비싼 주문은 자동 발주하지 않아요. 비우면 제한 없음.')),
    field('자동 발주에서 뺄 상품 코드', excluded, '쉼표나 줄바꿈으로 구분해 주세요.'),
    result, h('div', { class: 'toolbar', style: 'margin-top:.75rem' }, submit));
  const show = saved => {
    buffer.value = saved.cancellationBufferMinutes;
    maxCost.value = saved.maxCostPerOrder ?? '';
    excluded.value = (saved.excludedProducts ?? []).join(', ');
  };
  element.addEventListener('submit', event => {
    event.preventDefault();
    const body = {
      cancellationBufferMinutes: Number(buffer.value),
      maxCostPerOrder: maxCost.value === '' ? null : Number(maxCost.value),
      excludedProducts: excluded.value.split(/[\s,]+/).map(code => code.trim().toUpperCase()).filter(Boolean),
    };
    busy(submit, async () => {
      show(await put('/api/seller/auto-order-policy', body));
      fill(result, alert('ok', `자동 발주 정책을 저장했어요 (대기 ${num(body.cancellationBufferMinutes)}분).`));
      toast('자동 발주 정책을 저장했어요.');
    }, result);
  });
  return { element, load: async () => { try { show(await get('/api/seller/auto-order-policy')); } catch (error) { fill(result, alert('bad', error.text ?? String(error))); } } };
}
