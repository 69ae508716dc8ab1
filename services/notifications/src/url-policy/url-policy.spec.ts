import { DomainError } from '@sinergi/platform';
import { assertWebhookUrl, isPublicAddress } from './url-policy';

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('webhook.url-not-allowed');
    return (error as Error).message;
  }
  throw new Error('the URL was accepted');
};

describe('webhook URL policy', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.20.0.1', false],
    ['192.168.1.10', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:10.0.0.1', false],
    ['8.8.8.8', true],
    ['203.0.114.1', true],
    ['2606:4700:4700::1111', true],
    ['::ffff:8.8.8.8', true],
    ['not-an-address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('accepts an https URL whose host resolves to public addresses only', async () => {
    const url = await assertWebhookUrl('https://hooks.example.id/sinergi', false, resolvesTo('203.0.114.7'));
    expect(url.href).toBe('https://hooks.example.id/sinergi');
  });

  it('refuses loopback, private and mixed resolutions, literal addresses, http, credentials', async () => {
    expect(
      await refusal(assertWebhookUrl('https://internal.example.id/', false, resolvesTo('10.0.0.5'))),
    ).toBe(
      'the host internal.example.id resolves to a loopback, private or reserved address (10.0.0.5); webhooks go to public addresses only',
    );
    expect(
      await refusal(
        assertWebhookUrl('https://mixed.example.id/', false, resolvesTo('203.0.114.7', '127.0.0.1')),
      ),
    ).toContain('(127.0.0.1)');
    expect(await refusal(assertWebhookUrl('https://127.0.0.1:8443/hook', false))).toContain('(127.0.0.1)');
    expect(await refusal(assertWebhookUrl('https://[::1]/hook', false))).toContain('(::1)');
    expect(
      await refusal(assertWebhookUrl('http://hooks.example.id/', false, resolvesTo('203.0.114.7'))),
    ).toBe('url must use https (it uses http)');
    expect(
      await refusal(assertWebhookUrl('https://user:pw@hooks.example.id/', false, resolvesTo('203.0.114.7'))),
    ).toBe('url must not carry a user name or password');
    expect(
      await refusal(
        assertWebhookUrl('https://nowhere.example.id/', false, async () => {
          throw new Error('ENOTFOUND');
        }),
      ),
    ).toBe('the host nowhere.example.id does not resolve');
  });

  it('allows loopback and http only when configured for local tests', async () => {
    const url = await assertWebhookUrl('http://127.0.0.1:4000/hook', true);
    expect(url.port).toBe('4000');
  });
});
