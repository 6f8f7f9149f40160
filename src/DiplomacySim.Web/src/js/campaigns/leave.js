// "Leave campaign", from the campaigns page and from a campaign's header: asked first, then
// DELETE .../members/{me}. The server keeps the last game master in (409 LAST_GAME_MASTER), which
// reaches the user as the problem it is.
import { api } from '../api.js';
import { currentSession } from '../session.js';

/**
 * Asks, then leaves `game` ({ slug, title }). Resolves true once the user is out; false when they
 * changed their mind or the server refused, in which case `failed(error)` was called.
 */
export async function leaveCampaign(game, button, failed) {
  const me = currentSession()?.userName;
  if (!me) return false;
  if (!window.confirm(`Leave the campaign "${game.title}"? The ministries you hold in it fall vacant, and you lose what they let you read.`)) return false;
  if (button) button.disabled = true;
  try {
    await api.removeMember(game.slug, me);
    return true;
  } catch (error) {
    failed(error);
    return false;
  } finally {
    if (button) button.disabled = false;
  }
}
