// The SignalR hub /hubs/orders: one connection per login; pages subscribe while they are shown. On a reconnect every
// subscriber of 'resync' refetches what it shows, since pushes sent while disconnected are lost.
import { session } from './api.js';

const handlers = new Map();
let connection = null;

export function on(name, handler) {
  if (!handlers.has(name)) handlers.set(name, new Set());
  handlers.get(name).add(handler);
  return () => handlers.get(name)?.delete(handler);
}

function emit(name, payload) {
  for (const handler of handlers.get(name) ?? []) {
    try { handler(payload); } catch (error) { console.warn('live handler failed', name, error); }
  }
}

function showState(state) {
  const badge = document.getElementById('live-state');
  if (!badge) return;
  badge.hidden = false;
  badge.className = `live-state ${state === 'on' ? 'on' : state === 'off' ? 'off' : ''}`;
  badge.textContent = state === 'on' ? '실시간 연결됨' : state === 'off' ? '실시간 연결 끊김' : '실시간 연결 중…';
  document.body.dataset.live = state;
}

// Reconnects quickly at first, then every 15 s for as long as the page is open (a gateway restart or a long network
// outage must not leave the page silently stale).
const reconnectForever = { nextRetryDelayInMilliseconds: ({ previousRetryCount }) => [0, 1000, 2000, 5000, 10000][previousRetryCount] ?? 15000 };

const events = ['orderChanged', 'collectionFinished', 'pointsChanged', 'settingsChanged', 'supplierOrderChanged'];

export async function connect() {
  await disconnect();
  const signalR = window.signalR;
  if (!signalR) { showState('off'); return; }
  connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/orders', { accessTokenFactory: () => session()?.accessToken ?? '' })
    .withAutomaticReconnect(reconnectForever)
    .configureLogging(signalR.LogLevel.None)
    .build();
  for (const name of events) connection.on(name, payload => emit(name, payload));
  connection.onreconnecting(() => showState('connecting'));
  connection.onreconnected(() => { showState('on'); emit('resync'); });
  connection.onclose(() => showState('off'));
  showState('connecting');
  const current = connection;
  for (let attempt = 0; current === connection; attempt++) {
    try {
      await current.start();
      showState('on');
      emit('resync');
      return;
    } catch {
      showState('off');
      await new Promise(resolve => setTimeout(resolve, Math.min(1000 * (attempt + 1), 10000)));
    }
  }
}

export async function disconnect() {
  const current = connection;
  connection = null;
  if (current) await current.stop().catch(() => {});
  const badge = document.getElementById('live-state');
  if (badge) badge.hidden = true;
}
