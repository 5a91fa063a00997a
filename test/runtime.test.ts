import { unsupportedRuntime } from '../src/runtime';

describe('runtime check', () => {
  it('serves on Node.js 26 and later', () => {
    expect(unsupportedRuntime('v26.12.1')).toBeUndefined();
    expect(unsupportedRuntime('v27.0.0')).toBeUndefined();
  });

  it('refuses Node.js 20 and 24 with one line that names the version and what to do', () => {
    for (const version of ['v20.20.2', 'v24.1.0']) {
      const refusal = unsupportedRuntime(version)!;
      expect(refusal).toContain(`Node.js ${version} is not supported`);
      expect(refusal).toContain('Node.js 26');
      expect(refusal).not.toContain('\n');
    }
  });

  it('runs this test suite on a supported Node.js', () => {
    expect(unsupportedRuntime()).toBeUndefined();
  });
});
