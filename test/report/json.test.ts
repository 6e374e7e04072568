import { reportJson } from '../../src/report/json';

describe('reportJson', () => {
  const value = {
    stack: 'net', empty: [], none: {}, skipped: undefined,
    simulation: {
      scenarios: [{ id: 'site:Amsterdam', gateways: [{ gateway: 'gw', pathsAfter: 1 }] }, undefined],
      summary: { scenarios: 1, gateways: [{ gateway: 'gw', disconnectedBy: [] }] },
    },
  };

  test('parses back to what JSON.stringify writes', () => {
    expect(JSON.parse(reportJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(JSON.parse(reportJson([1, 'a', null, { b: [2] }]))).toEqual([1, 'a', null, { b: [2] }]);
  });

  test('indents objects and writes every item of a list on one line', () => {
    expect(reportJson(value)).toBe([
      '{',
      '  "stack": "net",',
      '  "empty": [],',
      '  "none": {},',
      '  "simulation": {',
      '    "scenarios": [',
      '      {"id":"site:Amsterdam","gateways":[{"gateway":"gw","pathsAfter":1}]},',
      '      null',
      '    ],',
      '    "summary": {',
      '      "scenarios": 1,',
      '      "gateways": [',
      '        {"gateway":"gw","disconnectedBy":[]}',
      '      ]',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'));
  });
});
