import { anonymousApi } from '../session.ts';
import { logIn, runAuthForm } from './auth-form.ts';

const api = anonymousApi();
runAuthForm(async (values) => logIn(api, values['email'] ?? '', values['password'] ?? ''));
