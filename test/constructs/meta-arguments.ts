/**
 * Terraform reads its meta-arguments `depends_on`, `provider` and `lifecycle` (`replace_triggered_by`,
 * `ignore_changes`, `prevent_destroy`, `create_before_destroy`), and an `import` block's `to` and `provider`, statically: in JSON syntax they are bare
 * references (`"terraform_data.x"`), and an interpolation (`"${terraform_data.x}"`) fails `terraform init` with
 * "Invalid character" (https://developer.hashicorp.com/terraform/language/syntax/json#lifecycle).
 * {@link metaArgumentProblems} lists every `${` in them; the synthesis helper fails every test on one.
 */

type Blocks = Record<string, Record<string, Record<string, unknown>>> | undefined;

/** `<where>: <value>` for every meta-argument of a stack's resources and data sources holding `${`. */
export function metaArgumentProblems(json: {
  resource?: Blocks;
  data?: Blocks;
  import?: readonly { to?: unknown; provider?: unknown }[];
}): string[] {
  const problems: string[] = [];
  const check = (where: string, value: unknown): void => {
    const text = JSON.stringify(value ?? null);
    if (text.includes('${')) problems.push(`${where}: ${text}`);
  };
  for (const [kind, blocks] of [
    ['resource', json.resource],
    ['data', json.data],
  ] as const) {
    for (const [type, byName] of Object.entries(blocks ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        const at = `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
        check(`${at}.depends_on`, body.depends_on);
        check(`${at}.provider`, body.provider);
        check(`${at}.lifecycle`, body.lifecycle);
      }
    }
  }
  for (const [i, block] of (json.import ?? []).entries()) {
    check(`import[${i}].to`, block.to);
    check(`import[${i}].provider`, block.provider);
  }
  return problems;
}
