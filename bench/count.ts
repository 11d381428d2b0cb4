/** Counts what a synthesized cdktf output directory holds, per stack. */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';

/** Resources and data sources of one synthesized stack. */
export interface StackCount {
  readonly stack: string;
  /** Entries under `resource` (managed resources, `terraform_data` included). */
  readonly resources: number;
  /** Entries under `data`, without cdktf's `terraform_remote_state` reads. */
  readonly dataSources: number;
  /** `terraform_remote_state` reads (cross-stack references). */
  readonly remoteStates: number;
}

/** Counts every stack of `outdir/stacks/*`/cdk.tf.json, sorted by stack name. */
export function countOutput(outdir: string): StackCount[] {
  const dir = join(outdir, 'stacks');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((stack) => {
      const json = JSON.parse(readFileSync(join(dir, stack, 'cdk.tf.json'), 'utf8')) as {
        resource?: Record<string, Record<string, unknown>>;
        data?: Record<string, Record<string, unknown>>;
      };
      const size = (o?: Record<string, Record<string, unknown>>, skip?: string): number =>
        Object.entries(o ?? {}).reduce((n, [type, byName]) => n + (type === skip ? 0 : Object.keys(byName).length), 0);
      return {
        stack,
        resources: size(json.resource),
        dataSources: size(json.data, 'terraform_remote_state'),
        remoteStates: Object.keys(json.data?.terraform_remote_state ?? {}).length,
      };
    });
}

/** Totals over stacks. */
export function totalCount(stacks: readonly StackCount[]): { resources: number; dataSources: number } {
  return stacks.reduce(
    (t, s) => ({ resources: t.resources + s.resources, dataSources: t.dataSources + s.dataSources }),
    { resources: 0, dataSources: 0 },
  );
}
