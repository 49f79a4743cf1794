/** A problem with the input or the repository: printed as one line, exit code 2. */
export class SpecDiffError extends Error {
  override name = "SpecDiffError";
}
