import { byId } from '../dom.ts';
import { currentSession, signOut } from '../session.ts';

// Signed-in pages have an account area: who is signed in, and a way out.
const email = document.getElementById('account-email');
if (email) {
  email.textContent = currentSession()?.email ?? '';
  byId('sign-out', HTMLButtonElement).addEventListener('click', signOut);
}
