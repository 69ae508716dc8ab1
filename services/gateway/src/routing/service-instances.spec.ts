import {
  classifyFailure,
  INSTANCE_COOL_DOWN_MS,
  parseInstanceUrls,
  ServiceInstances,
} from './service-instances';

describe('ServiceInstances', () => {
  let clock = 1_000_000;
  const urls = ['http://127.0.0.1:3004', 'http://127.0.0.1:3104', 'http://127.0.0.1:3204'];
  let instances: ServiceInstances;
  const first = () => instances.order()[0].url;

  beforeEach(() => {
    clock = 1_000_000;
    instances = new ServiceInstances(urls, () => clock);
  });
  afterEach(() => instances.close());

  it('takes the instances in turn', () => {
    expect([first(), first(), first(), first()]).toEqual([urls[0], urls[1], urls[2], urls[0]]);
  });

  it('leaves a failed instance out for the cool-down, then takes it again', () => {
    const [failed] = instances.order();
    instances.leaveOut(failed);
    expect([first(), first(), first()]).toEqual([urls[1], urls[2], urls[1]]);
    expect(instances.order().map((i) => i.url)).toEqual([urls[1], urls[2], urls[0]]);

    clock += INSTANCE_COOL_DOWN_MS;
    expect(instances.order().map((i) => i.url)).toEqual([urls[2], urls[0], urls[1]]);
  });

  it('still offers every instance, longest out first, when all are out', () => {
    const [a, b, c] = instances.order();
    instances.leaveOut(b);
    clock += 10;
    instances.leaveOut(c);
    clock += 10;
    instances.leaveOut(a);
    expect(instances.order().map((i) => i.url)).toEqual([b.url, c.url, a.url]);
  });

  it('parses a comma-separated list of URLs', () => {
    expect(parseInstanceUrls(' http://a:1 ,http://b:2,')).toEqual(['http://a:1', 'http://b:2']);
    expect(() => new ServiceInstances([])).toThrow('at least one instance URL');
  });
});

describe('classifyFailure', () => {
  it('tells a connection never made from one lost after sending', () => {
    expect(classifyFailure(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(
      'not-delivered',
    );
    expect(classifyFailure({ cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } })).toBe('not-delivered');
    expect(classifyFailure(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }))).toBe(
      'connection-lost',
    );
    expect(classifyFailure(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(
      'connection-lost',
    );
    expect(classifyFailure(Object.assign(new Error('slow'), { code: 'UND_ERR_HEADERS_TIMEOUT' }))).toBe(
      'other',
    );
  });
});
