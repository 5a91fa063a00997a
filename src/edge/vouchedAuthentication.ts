// Bot Framework authentication that lets replies go only where the caller's token vouches for.
//
// What botbuilder 4.23 already checks (ParameterizedBotFrameworkAuthentication): a channel token
// (issuer api.botframework.com) must carry a `serviceurl` claim equal to the activity's serviceUrl.
// What it does not: Emulator tokens and anonymous (no app id) requests carry no such claim, and
// the serviceUrl of their activity is taken as given. Here such requests may name a loopback
// serviceUrl only (the Emulator on this machine), or none (deliveryMode expectReplies).

import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity } from 'botframework-connector';
import { isLoopbackServiceUrl } from './activityRequest';

/** Why a serviceUrl is not vouched for by these claims, or undefined when it is. */
export function unvouchedServiceUrl(identity: Pick<ClaimsIdentity, 'getClaimValue'>, serviceUrl: string | undefined): string | undefined {
  if (!serviceUrl) return undefined;
  const claim = identity.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
  if (claim) return claim === serviceUrl ? undefined : 'the serviceUrl is not the one the token was issued for';
  return isLoopbackServiceUrl(serviceUrl) ? undefined : 'a token without a serviceurl claim may only name a serviceUrl on this machine';
}

/** ConfigurationBotFrameworkAuthentication plus the serviceUrl check above, before any reply is sent. */
export class VouchedBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    const problem = unvouchedServiceUrl(result.claimsIdentity, activity.serviceUrl);
    if (problem) throw new AuthenticationError(`Unauthorized: ${problem}`, 401);
    return result;
  }
}
