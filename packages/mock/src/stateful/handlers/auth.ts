/** Login (plain and hash), logout, me, me/update and two-factor set-up. */
import { type Handlers, ok } from "../context.js";
import { Fail } from "../fail.js";
import { TINY_PNG } from "../seed.js";
import { checkTotp, hashPassword, newTotpSecret, ROLE_GUEST, type User } from "../users.js";

function me(user: User) {
  return {
    id: user.id,
    username: user.username,
    password: "",
    base_path: user.basePath,
    role: user.role as 0 | 1 | 2,
    disabled: user.disabled,
    permission: user.permission,
    sso_id: "",
    otp: user.otpSecret !== undefined,
  };
}

export const authHandlers: Handlers = {
  login: ({ body, client, state }) => {
    const hash = body.password ? hashPassword(body.password) : "";
    return ok({ token: state.users.login(client, body.username, hash, body.otp_code) });
  },
  loginHash: ({ body, client, state }) =>
    ok({ token: state.users.login(client, body.username, body.password ?? "", body.otp_code) }),
  logout: ({ token, state }) => {
    if (token) state.users.logout(token);
    return ok(null);
  },
  me: ({ user }) => ok(me(user)),
  meUpdate: ({ body, user, state }) => {
    if (user.role === ROLE_GUEST) throw new Fail(403, "Guest user can not update profile");
    // The servers bind the body with a required user name: an empty one is the validator's 400.
    if (!body.username) {
      throw new Fail(400, "Key: 'User.Username' Error:Field validation for 'Username' failed on the 'required' tag");
    }
    state.users.update(user, { username: body.username, password: body.password });
    return ok(null);
  },
  twoFactorGenerate: ({ user }) => {
    if (user.role === ROLE_GUEST) throw new Fail(403, "Guest user can not generate 2FA code");
    // The picture stands in for the QR code; the secret is real.
    return ok({ qr: `data:image/png;base64,${TINY_PNG.toString("base64")}`, secret: newTotpSecret() });
  },
  twoFactorVerify: ({ body, user }) => {
    if (!checkTotp(body.secret, body.code)) throw new Fail(400, "Invalid 2FA code");
    user.otpSecret = body.secret;
    return ok(null);
  },
};
