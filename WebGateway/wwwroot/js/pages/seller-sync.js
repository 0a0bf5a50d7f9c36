// 동기화 상태: the last collection run, the lag, the last error with Naver's trace id, owed and quarantined orders.
import { get } from '../api.js';
import { h, fill, alert, dateTime, duration, num, debounce } from '../ui.js';

export async function render(main, ctx) {
  const content = h('div', { id: 'sync-status', 'aria-live': 'polite' });
  fill(main, h('h1', {}, '동기화 상태'), content);

  async function reload() {
    const s = await get('/api/seller/sync');
    const fact = (label, value) => [h('dt', {}, label), h('dd', {}, value)];
    const summary = s.lastSummary
      ? `수집 ${num(s.lastSummary.collected)} · 발주 가능 ${num(s.lastSummary.orderable)} · 옵션 수정 필요 ${num(s.lastSummary.needsOption)} · 수집실패 ${num(s.lastSummary.failed)} · 건너뜀 ${num(s.lastSummary.skipped)} · 이미 수집됨 ${num(s.lastSummary.alreadyKnown)}`
      : '-';
    fill(content,
      !s.registered ? alert('warn', '스마트스토어 계정이 등록되지 않았어요. ', h('a', { href: '#/account' }, '스마트스토어 계정 등록하기')) : null,
      s.failing ? alert('bad', '마지막 수집이 실패했어요. 아래 오류를 확인해 주세요.') : s.lastSucceededAt ? alert('ok', '정상적으로 동기화되고 있어요.') : null,
      h('section', { class: 'card' }, h('dl', { class: 'facts' },
        fact('자동 주문 수집', s.autoCollect ? 'ON' : 'OFF'),
        fact('마지막 수집', `${dateTime(s.lastRunAt)}${s.lastRunAt ? (s.lastRunAutomatic ? ' (자동)' : ' (주문 가져오기)') : ''}`),
        fact('마지막 성공', dateTime(s.lastSucceededAt)),
        fact('지연', s.lag === undefined || s.lag === null ? '-' : `${duration(s.lag)} 전`),
        fact('마지막 결과', summary),
        s.lastNote ? fact('메모', s.lastNote) : [],
        fact('다시 물어볼 주문', `${num(s.owed)}건`),
        fact('수집 기준 시각', dateTime(s.checkpoint)))),
      s.lastError ? h('section', { class: 'card', id: 'last-error' }, h('h2', {}, '마지막 오류'), h('dl', { class: 'facts' },
        fact('시각', dateTime(s.lastError.at)), fact('코드', s.lastError.code ?? '-'), fact('내용', s.lastError.message ?? '-'),
        fact('네이버 추적 ID', s.lastError.traceId ?? '-'))) : null,
      s.quarantined.length ? h('section', { class: 'card' }, h('h2', {}, '수집을 포기한 주문'),
        h('ul', {}, s.quarantined.map(q => h('li', {}, `${q.productOrderId}: ${q.reason} (${dateTime(q.at)})`)))) : null);
  }
  const refresh = debounce(() => reload().catch(error => fill(content, alert('bad', error.text ?? String(error)))));
  ctx.on('collectionFinished', refresh);
  ctx.on('resync', refresh);
  const timer = setInterval(refresh, 15000);
  ctx.onLeave(() => clearInterval(timer));
  await reload().catch(error => fill(content, alert('bad', error.text ?? String(error))));
}
