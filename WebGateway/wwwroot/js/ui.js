// Small DOM and formatting helpers shared by the pages.

/** Creates an element: h('button', {class: 'button', onclick}, '텍스트', child...). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name in element && typeof value !== 'string') element[name] = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of element. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

const numbers = new Intl.NumberFormat('ko-KR');
export const num = value => (value === undefined || value === null ? '-' : numbers.format(value));
export const won = value => (value === undefined || value === null ? '-' : `${numbers.format(value)}원`);
export const points = value => (value === undefined || value === null ? '-' : `${numbers.format(value)} P`);

const times = new Intl.DateTimeFormat('ko-KR', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
export const dateTime = value => (value ? times.format(new Date(value)) : '-');

/** Seconds as 3초 / 5분 / 2시간 10분. */
export function duration(seconds) {
  if (seconds === undefined || seconds === null) return '-';
  if (seconds < 60) return `${seconds}초`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}분`;
  return `${Math.floor(seconds / 3600)}시간 ${Math.floor((seconds % 3600) / 60)}분`;
}

/** A short message in the corner, read by screen readers. */
export function toast(message) {
  const box = document.getElementById('toast');
  const item = h('div', {}, message);
  box.append(item);
  setTimeout(() => item.remove(), 4000);
}

export const alert = (kind, ...content) => h('div', { class: `alert ${kind}`, role: kind === 'bad' ? 'alert' : 'status' }, ...content);

/** A labelled input: the label's for points at the control. */
let nextId = 0;
export function field(text, control, hint) {
  if (!control.id) control.id = `f${++nextId}`;
  const parts = [h('label', { for: control.id }, text), control];
  if (hint) {
    const hintId = `${control.id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('div', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

export const input = attributes => h('input', { type: 'text', ...attributes });

export function select(options, value, attributes = {}) {
  return h('select', attributes, options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text)));
}

/** Disables the button while the action runs; shows the ApiError's text in target (or a toast). */
export async function busy(button, action, target) {
  const label = button?.textContent;
  if (button) { button.disabled = true; button.setAttribute('aria-busy', 'true'); }
  try {
    return await action();
  } catch (error) {
    const message = error?.text ?? String(error);
    if (target) fill(target, alert('bad', message)); else toast(message);
    return undefined;
  } finally {
    if (button) { button.disabled = false; button.removeAttribute('aria-busy'); button.textContent = label; }
  }
}

export const statusNames = {
  CollectionFailed: '수집실패',
  Waiting: '주문대기',
  Ordered: '주문발주',
  Delivered: '배송완료',
  Canceled: '취소',
  Deleted: '삭제됨',
};

export const carriers = [
  ['CJGLS', 'CJ대한통운'], ['HYUNDAI', '롯데택배'], ['HANJIN', '한진택배'], ['KGB', '로젠택배'], ['EPOST', '우체국택배'],
  ['KDEXP', '경동택배'], ['DAESIN', '대신택배'], ['ILYANG', '일양로지스'], ['HDEXP', '합동택배'], ['CHUNIL', '천일택배'],
  ['KUNYOUNG', '건영택배'], ['CUPARCEL', 'CU편의점택배'], ['CVSNET', 'GSPostbox택배'], ['REGISTPOST', '우편등기'],
  ['GENERALPOST', '일반우편'], ['CH1', '기타 택배'],
];
export const carrierName = code => carriers.find(([c]) => c === code)?.[1] ?? code;
export const trackingText = tracking => (tracking ? `${carrierName(tracking.deliveryCompanyCode)} ${tracking.trackingNumber}` : '-');

/** Runs fn at most once per delay (the last call wins): live pushes arrive in bursts. */
export function debounce(fn, delay = 120) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), delay); };
}

/** The product image, or an empty box when it does not load. */
export function thumb(url, name) {
  const image = h('img', { class: 'thumb', src: url, alt: `${name} 이미지`, loading: 'lazy', width: 56, height: 56 });
  image.addEventListener('error', () => image.replaceWith(h('span', { class: 'thumb empty', role: 'img', 'aria-label': `${name} 이미지 없음` }, '이미지 없음')), { once: true });
  return image;
}

/**
 * A live refresh that waits while the user types in a form inside container (a re-render would lose the input) and
 * runs once the focus leaves it. What the user changed in a form and has not submitted yet (a carrier picked, a number
 * typed) is put back into the re-rendered row, so a push arriving between two clicks never loses a choice.
 */
export function politeRefresh(container, reload, onError) {
  let waiting = false;
  const rowKey = control => {
    const row = control.closest('tr');
    return `${row?.dataset.onchOrderNo ?? row?.dataset.orderId ?? ''}|${control.name}`;
  };
  const markDirty = event => { if (event.target.form && event.target.name) event.target.form.dataset.dirty = ''; };
  container.addEventListener('input', markDirty);
  container.addEventListener('change', markDirty);
  container.addEventListener('submit', event => { delete event.target.dataset.dirty; });
  const run = debounce(() => {
    const focused = document.activeElement;
    if (focused && container.contains(focused) && /^(INPUT|SELECT|TEXTAREA)$/.test(focused.tagName)) { waiting = true; return; }
    waiting = false;
    const kept = new Map([...container.querySelectorAll('form[data-dirty] [name]')].map(control => [rowKey(control), control.value]));
    reload().then(() => {
      if (kept.size === 0) return;
      for (const control of container.querySelectorAll('form [name]')) {
        const key = rowKey(control);
        if (!kept.has(key)) continue;
        control.value = kept.get(key);
        control.form.dataset.dirty = '';
      }
    }).catch(onError);
  });
  container.addEventListener('focusout', () => { if (waiting) setTimeout(run, 0); });
  return run;
}

/**
 * Gives every cell of the tables under root the text of its column header (data-label), now and as rows arrive, so
 * that at phone width app.css can show each row as a card of labelled lines instead of a table scrolling sideways.
 */
export function labelTableCells(root) {
  const label = table => {
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map(th => th.dataset.label ?? th.textContent.trim());
    for (const row of table.tBodies[0]?.rows ?? []) {
      if ('labelled' in row.dataset) continue;
      row.dataset.labelled = '';
      [...row.cells].forEach((cell, index) => {
        if (!cell.hasAttribute('colspan') && headers[index]) cell.dataset.label = headers[index];
      });
    }
  };
  const labelAll = () => root.querySelectorAll('.table-wrap table').forEach(label);
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => { pending = false; labelAll(); });
  }).observe(root, { childList: true, subtree: true });
  labelAll();
}
