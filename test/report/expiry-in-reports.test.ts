/**
 * Time-bound access is visible wherever access is explained: `explain` of a role (members and tasks), of a
 * principal (the member's window intersected with the task's), and the Markdown report.
 */
import { resolveDefinition } from '../../lib/model';
import { explain } from '../../lib/report/explain';
import { renderMarkdownReport } from '../../lib/report/markdown';
import { formatExplanation } from '../../lib/report/text';
import { vendorAndAgent } from '../../examples/vendor-and-agent/definition';

const model = resolveDefinition(vendorAndAgent);
const text = (name: string): string => formatExplanation(explain(model, name));

test('explain of a role shows the time-bound member and the time-bound eligibility', () => {
  const t = text('ROLE_PAYMENTS_CONSULTANT');
  expect(t).toContain(
    '  members: dana@consulting.example (consultant) (user 0000c0de-0000-4000-8000-000000000002) [until 2027-06-30T23:59:59Z]\n',
  );
  expect(t).toContain(
    'TASK_PROD_DEPLOYMENT       via ROLE_PAYMENTS_CONSULTANT [from 2027-04-01T00:00:00Z until 2027-04-30T23:59:59Z]',
  );
});

test("explain of a principal bounds each task by the member's own end date", () => {
  expect(text('dana@consulting.example (consultant)')).toContain(
    'TASK_PROD_PAYMENTS_VIEWER  via ROLE_PAYMENTS_CONSULTANT [until 2027-06-30T23:59:59Z]',
  );
  expect(text('vendor@partner.example (guest)')).toContain(
    'TASK_PROD_VENDOR_READ  via ROLE_VENDOR_PARTNER [from 2027-03-01T00:00:00Z until 2027-03-14T23:59:59Z]',
  );
});

test('the Markdown report shows the end dates', () => {
  const md = renderMarkdownReport(model);
  expect(md).toContain('ROLE_VENDOR_PARTNER [from 2027-03-01T00:00:00Z until 2027-03-14T23:59:59Z]');
  expect(md).toContain(
    'dana@consulting.example (consultant) (user 0000c0de-0000-4000-8000-000000000002) [until 2027-06-30T23:59:59Z]',
  );
});
