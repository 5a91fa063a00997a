import { checkActivity, isLoopbackServiceUrl, MAX_ID_LENGTH } from '../../src/edge/activityRequest';
import { unvouchedServiceUrl } from '../../src/edge/vouchedAuthentication';

const claims = (values: Record<string, string>) => ({ getClaimValue: (type: string) => values[type] ?? null });
const activity = (extra: Record<string, unknown> = {}) => ({ type: 'message', text: 'hoi', conversation: { id: 'c' }, from: { id: 'u' }, serviceUrl: 'http://localhost:5000', ...extra });

describe('serviceUrls the bot may reply to', () => {
  it('without an app id: a loopback origin only, the Emulator on this machine', () => {
    for (const url of ['http://localhost:52683', 'http://127.0.0.1:9', 'https://[::1]:443/', 'http://localhost:1/']) expect([url, isLoopbackServiceUrl(url)]).toEqual([url, true]);
    for (const url of ['http://0.0.0.0:80', 'http://10.0.0.1', 'http://127.0.0.1:9/admin', 'http://localhost:1/?a=b', 'http://a:b@localhost:1', 'http://localhost.evil.example', 'ftp://127.0.0.1', 'not a url']) {
      expect([url, isLoopbackServiceUrl(url)]).toEqual([url, false]);
    }
    expect(checkActivity(activity({ serviceUrl: 'http://169.254.169.254' }), { appIdSet: false })).toMatchObject({ status: 403 });
    expect(checkActivity(activity(), { appIdSet: false })).toBeUndefined();
  });

  it('with a token: only the serviceUrl its serviceurl claim names; a token without one, loopback only', () => {
    expect(unvouchedServiceUrl(claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }), 'https://smba.trafficmanager.net/emea/')).toBeUndefined();
    expect(unvouchedServiceUrl(claims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }), 'http://10.0.0.1/')).toMatch(/not the one the token was issued for/);
    expect(unvouchedServiceUrl(claims({}), 'https://evil.example/')).toMatch(/only name a serviceUrl on this machine/);
    expect(unvouchedServiceUrl(claims({}), 'http://localhost:5000')).toBeUndefined();
    expect(unvouchedServiceUrl(claims({}), undefined)).toBeUndefined();
  });
});

describe('activity checks', () => {
  it('refuse ids and fields past their bound, and long member lists, with a reason', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    expect(checkActivity(activity({ conversation: { id: long } }), { appIdSet: true })).toMatchObject({ status: 400, reason: expect.stringMatching(/conversation/) });
    expect(checkActivity(activity({ from: { id: long } }), { appIdSet: true })).toMatchObject({ status: 400 });
    expect(checkActivity(activity({ locale: long }), { appIdSet: true })).toMatchObject({ status: 400, reason: expect.stringMatching(/locale/) });
    expect(checkActivity(activity({ membersAdded: Array.from({ length: 51 }, (_, i) => ({ id: `m${i}` })) }), { appIdSet: true })).toMatchObject({ status: 400 });
    expect(checkActivity(activity({ membersAdded: [{ id: 'm' }] }), { appIdSet: true })).toBeUndefined();
  });
});
