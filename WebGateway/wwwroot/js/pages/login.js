// 로그인: the token is kept in sessionStorage (this tab only).
import { call, saveSession, ApiError } from '../api.js';
import { h, fill, field, input, alert } from '../ui.js';

export function render(main, { onLogin }) {
  const loginId = input({ name: 'loginId', autocomplete: 'username', required: true, autofocus: true });
  const password = input({ name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const message = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button primary' }, '로그인');
  const form = h('form', { class: 'card narrow', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, '온채널 로그인'),
    h('p', { class: 'muted' }, '판매자, 공급사, 운영자 계정으로 로그인해 주세요.'),
    field('아이디', loginId), field('비밀번호', password), message,
    h('div', { class: 'toolbar', style: 'margin-top:1rem' }, submit));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const { data } = await call('POST', '/api/auth/token', { loginId: loginId.value.trim(), password: password.value });
      saveSession(data);
      onLogin();
    } catch (error) {
      const text = error instanceof ApiError && error.status === 401 ? '아이디 또는 비밀번호가 맞지 않아요.' : error.text ?? String(error);
      fill(message, alert('bad', text));
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
  fill(main, form);
  loginId.focus();
}
