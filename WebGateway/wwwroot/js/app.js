// The dashboard shell: hash routes per role, the menu, the login state and the live connection.
import { session, clearSession, whenUnauthorized, post } from './api.js';
import * as live from './live.js';
import { h, fill, labelTableCells } from './ui.js';
import * as login from './pages/login.js';
import * as account from './pages/seller-account.js';
import * as collect from './pages/seller-collect.js';
import * as confirm from './pages/seller-confirm.js';
import * as settings from './pages/seller-settings.js';
import * as pointsPage from './pages/seller-points.js';
import * as manual from './pages/seller-manual.js';
import * as sync from './pages/seller-sync.js';
import * as supplier from './pages/supplier.js';
import * as operator from './pages/operator.js';

const routes = {
  seller: [
    ['account', '스마트스토어 계정 등록', account.render],
    ['collect', '스마트스토어 주문수집', collect.render],
    ['confirm', '스마트스토어 발주확인', confirm.render],
    ['settings', '자동 주문 수집/발주 설정', settings.render],
    ['points', '포인트', pointsPage.render],
    ['manual', '개별 주문', manual.render],
    ['sync', '동기화 상태', sync.render],
  ],
  supplier: [['supplier', '공급사 주문 관리', supplier.render]],
  operator: [
    ['sellers', '판매자', operator.renderSellers],
    ['suppliers', '공급사', operator.renderSuppliers],
    ['catalog', '상품 카탈로그', operator.renderCatalog],
  ],
};
const home = { seller: 'collect', supplier: 'supplier', operator: 'sellers' };
const leaveWarning = '저장하지 않은 변경 사항이 있어요. 이 페이지를 나가면 변경 사항이 저장되지 않아요. 나갈까요?';

let cleanups = [];
let guard = null;
let currentHash = '';
let connectedFor = null;

function parse(hash) {
  const [path, search] = hash.replace(/^#\/?/, '').split('?');
  return { name: path || '', params: new URLSearchParams(search ?? '') };
}

function renderNav(role, active) {
  const nav = document.getElementById('nav');
  if (!role) { fill(nav); nav.hidden = true; return; }
  nav.hidden = false;
  const title = { seller: 'API 관리', supplier: '공급사', operator: '운영' }[role];
  const links = routes[role].map(([name, text]) =>
    h('a', { href: `#/${name}`, 'aria-current': name === active ? 'page' : undefined }, text));
  const extra = role === 'operator'
    ? [h('h2', {}, '운영 도구'), h('a', { href: '/api-reference', target: '_blank', rel: 'noopener' }, 'API 문서 (api-reference)'),
      h('a', { href: '/orleans-dashboard/', target: '_blank', rel: 'noopener' }, 'Orleans Dashboard')]
    : [];
  fill(nav, h('h2', {}, title), links, extra);
}

async function route() {
  const hash = location.hash || '#/';
  if (guard && guard() && hash !== currentHash) {
    if (!window.confirm(leaveWarning)) {
      history.replaceState(null, '', currentHash);
      return;
    }
  }
  currentHash = hash;
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  guard = null;

  const me = session();
  const { name, params } = parse(hash);
  const header = document.getElementById('who');
  document.getElementById('logout').hidden = !me;
  const main = document.getElementById('main');
  if (!me) {
    fill(header);
    renderNav(null);
    if (connectedFor) { connectedFor = null; await live.disconnect(); }
    document.title = '로그인 · 온채널';
    login.render(main, { onLogin: () => { location.hash = `#/${home[session().role]}`; route(); } });
    return;
  }

  const page = routes[me.role]?.find(([routeName]) => routeName === name);
  if (!page) { location.replace(`#/${home[me.role] ?? ''}`); return; }
  fill(header, `${me.name} (${{ seller: '판매자', supplier: '공급사', operator: '운영자' }[me.role]})`);
  renderNav(me.role, name);
  if (connectedFor !== me.accessToken && me.role !== 'operator') {
    connectedFor = me.accessToken;
    live.connect();
  }
  document.title = `${page[1]} · 온채널`;
  const ctx = {
    session: me,
    params,
    /** Subscribes to a hub event while this page is shown. */
    on: (event, handler) => cleanups.push(live.on(event, handler)),
    onLeave: cleanup => cleanups.push(cleanup),
    /** While fn() is true, leaving asks first. */
    guard: fn => { guard = fn; },
  };
  fill(main);
  const rendering = page[2](main, ctx);
  // The page's content takes the focus (a screen reader reads the new heading; Tab goes on from there).
  main.focus({ preventScroll: true });
  await rendering;
}

labelTableCells(document.getElementById('main'));
window.addEventListener('hashchange', route);
window.addEventListener('beforeunload', event => {
  if (guard && guard()) { event.preventDefault(); event.returnValue = leaveWarning; }
});
document.getElementById('logout').addEventListener('click', async () => {
  if (guard && guard() && !window.confirm(leaveWarning)) return;
  guard = null;
  await post('/api/auth/logout').catch(() => {});
  clearSession();
  location.hash = '#/';
  route();
});
whenUnauthorized(() => { clearSession(); guard = null; route(); });
route();
