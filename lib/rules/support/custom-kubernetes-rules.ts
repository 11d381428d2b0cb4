/** Walking the custom Kubernetes rules of a model's baselines, for the rules about what those rules allow. */
import type { KubernetesRule } from '../../model/grants';
import type { ResolvedBaseline, ResolvedKubernetesGrant, ResolvedModel } from '../../model/resolved';
import { baselinePath } from '../paths';

/** One custom rule, with the baseline and grant that hold it and its path in the definition. */
export interface CustomKubernetesRule {
  /** The baseline granting the rule. */
  readonly baseline: ResolvedBaseline;
  /** The grant holding the rule. */
  readonly grant: ResolvedKubernetesGrant;
  /** The rule. */
  readonly rule: KubernetesRule;
  /** `baselines.<name>.grants[i].rules[j]`. */
  readonly path: string;
}

/** Every custom Kubernetes rule of the model's baselines, and how many custom grants hold them. */
export function customKubernetesRules(model: Pick<ResolvedModel, 'baselines'>): {
  /** The rules, in definition order. */
  readonly rules: readonly CustomKubernetesRule[];
  /** How many grants of custom rules there are (0: the rules about them don't apply). */
  readonly grants: number;
} {
  const rules: CustomKubernetesRule[] = [];
  let grants = 0;
  for (const baseline of model.baselines) {
    baseline.grants.forEach((grant, i) => {
      if (grant.kind !== 'kubernetes' || !grant.custom) return;
      grants++;
      grant.rules.forEach((rule, j) =>
        rules.push({ baseline, grant, rule, path: `${baselinePath(baseline.name)}.grants[${i}].rules[${j}]` }),
      );
    });
  }
  return { rules, grants };
}
