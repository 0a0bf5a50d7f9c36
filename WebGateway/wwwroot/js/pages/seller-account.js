// 스마트스토어 계정 등록: solution mode (the platform's application, the shop's account id) or own (the seller's own
// application id and secret). The gateway verifies by getting a token; a refusal shows Naver's error as it came.
import { get, put } from '../api.js';
import { h, fill, field, input, alert, dateTime, busy } from '../ui.js';

export async function render(main) {
  const current = h('div', { id: 'current-account', 'aria-live': 'polite' });
  const result = h('div', { id: 'account-result', 'aria-live': 'polite' });
  const accountId = input({ name: 'accountId', autocomplete: 'off', maxlength: 200 });
  const clientId = input({ name: 'clientId', autocomplete: 'off', maxlength: 200 });
  const clientSecret = input({ name: 'clientSecret', type: 'password', autocomplete: 'off', maxlength: 200 });
  const solutionFields = h('div', {}, field('스마트스토어 판매자 계정 ID', accountId, '솔루션 연동: 스마트스토어센터에서 온채널 솔루션을 사용하도록 허용한 계정이에요.'));
  const ownFields = h('div', { hidden: true }, field('애플리케이션 ID (client_id)', clientId), field('애플리케이션 시크릿 (client_secret)', clientSecret, '저장된 시크릿은 다시 보여 주지 않아요.'));
  const modeSolution = h('input', { type: 'radio', name: 'mode', value: 'solution', checked: true, id: 'mode-solution' });
  const modeOwn = h('input', { type: 'radio', name: 'mode', value: 'own', id: 'mode-own' });
  const switchMode = () => { solutionFields.hidden = !modeSolution.checked; ownFields.hidden = !modeOwn.checked; };
  modeSolution.addEventListener('change', switchMode);
  modeOwn.addEventListener('change', switchMode);
  const submit = h('button', { type: 'submit', class: 'button primary' }, '등록하고 확인하기');
  const form = h('form', { class: 'card narrow' },
    h('fieldset', {}, h('legend', {}, '연동 방식'),
      h('label', { class: 'choice', for: 'mode-solution' }, modeSolution, '솔루션 연동 (추천)'),
      h('label', { class: 'choice', for: 'mode-own' }, modeOwn, '직접 연동 (내 애플리케이션)')),
    solutionFields, ownFields, result,
    h('div', { class: 'toolbar', style: 'margin-top:1rem' }, submit));

  async function load() {
    try {
      const saved = await get('/api/seller/smartstore-account');
      fill(current, alert('ok', h('strong', {}, '등록된 계정: '), describe(saved)));
    } catch (error) {
      fill(current, error.status === 404
        ? alert('warn', '스마트스토어 계정이 아직 등록되지 않았어요. 주문을 수집하려면 먼저 등록해 주세요.')
        : alert('bad', error.text));
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    const body = modeSolution.checked
      ? { mode: 'solution', accountId: accountId.value.trim() }
      : { mode: 'own', clientId: clientId.value.trim(), clientSecret: clientSecret.value };
    busy(submit, async () => {
      fill(result);
      try {
        const saved = await put('/api/seller/smartstore-account', body);
        fill(result, alert('ok', '확인 완료: 스마트스토어에서 토큰을 발급받았어요. ', describe(saved)));
        clientSecret.value = '';
        await load();
      } catch (error) {
        const p = error.problem;
        fill(result, alert('bad',
          h('strong', {}, '스마트스토어가 거절했어요: '), error.text,
          p.code ? h('div', { class: 'small' }, `오류 코드: ${p.code}`) : null,
          p.smartStoreTraceId ? h('div', { class: 'small' }, `네이버 추적 ID: ${p.smartStoreTraceId}`) : null,
          h('div', { class: 'small' }, '이전에 등록한 계정은 그대로 유지돼요.')));
      }
    });
  });

  fill(main, h('h1', {}, '스마트스토어 계정 등록'), current, form);
  await load();
}

function describe(saved) {
  const who = saved.mode === 'own' ? `직접 연동 · 애플리케이션 ${saved.clientId ?? ''}` : `솔루션 연동 · 계정 ${saved.accountId ?? ''}`;
  return h('span', {}, `${who} (확인 ${dateTime(saved.verifiedAt)})`);
}
