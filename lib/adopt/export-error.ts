/** An export that can't be read: a missing directory or file, a file that is no Graph, ARM or Kubernetes list. */
export class TenantExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantExportError';
  }

  /** True for a TenantExportError, also across copies of the library. */
  public static isTenantExportError(e: unknown): e is TenantExportError {
    return e instanceof Error && e.name === 'TenantExportError';
  }
}
