import { expect } from '@open-wc/testing';
import { validateRegister, validateSummary } from '../../src/data/validate.js';
import { ParisCallDataError } from '../../src/data/errors.js';

async function published(file: string) {
  return (await (await fetch(`/dist/data/${file}`)).text());
}

describe('dataset validation', () => {
  it('never lets __proto__ or constructor keys reach a prototype', async () => {
    const text = (await published('summary.json')).replace(
      '"counts": {',
      '"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "counts": {"__proto__": {"polluted": 1},',
    );
    const data = JSON.parse(text);
    const s = validateSummary(data, 'test');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(s)).to.equal(Object.prototype);
    expect(Object.keys(s)).not.to.include('__proto__');
    expect(Object.keys(s.counts)).to.deep.equal(['total', 'byCategory']);
  });

  it('drops non-http(s) URLs from supporters', async () => {
    const data = JSON.parse(await published('register.json'));
    data.supporters[0].website = 'JaVaScRiPt:alert(1)';
    data.supporters[1].website = 'data:text/html,<script>alert(1)</script>';
    const r = validateRegister(data, 'test');
    expect(r.supporters[0].website).to.equal(null);
    expect(r.supporters[1].website).to.equal(null);
  });

  it('rejects duplicate ids in the register', async () => {
    const data = JSON.parse(await published('register.json'));
    data.supporters.push({ ...data.supporters[0] });
    expect(() => validateRegister(data, 'test')).to.throw(ParisCallDataError, /duplicate id/);
  });

  it('rejects wrong types with a schema error that names the path', async () => {
    const data = JSON.parse(await published('summary.json'));
    data.counts.byCategory.state = '81';
    try {
      validateSummary(data, 'test');
      expect.fail('should throw');
    } catch (e) {
      expect((e as ParisCallDataError).code).to.equal('schema');
      expect((e as Error).message).to.contain('$.counts.byCategory.state');
    }
  });
});
