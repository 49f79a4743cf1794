/** An AList error answer: HTTP 200 with this `code` and `message` in the body. */
export class Fail extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export const permissionDenied = () => new Fail(403, "permission denied");
export const objectNotFound = () => new Fail(500, "object not found");
