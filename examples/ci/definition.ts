/**
 * The definition the CI app synthesizes: in this repository, the reference organisation. In your repository this
 * file is `access/definition.ts` and exports your own definition as `definition`.
 */
export { referenceOrganisation as definition } from '../reference-org/definition';
