import { userEnvelopeSchema } from '../../lib/api/resources.ts';
import { anonymousApi } from '../session.ts';
import { logIn, runAuthForm } from './auth-form.ts';

const api = anonymousApi();
runAuthForm(async (values) => {
  const email = values['email'] ?? '';
  const password = values['password'] ?? '';
  const name = values['name']?.trim();
  await api.post('/api/v1/auth/signup', { email, password, ...(name ? { name } : {}) }, userEnvelopeSchema);
  await logIn(api, email, password);
});
