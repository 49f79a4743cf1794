/** The salt every AList line (alist, AlistGo, OpenList) appends before hashing a password. */
export const PASSWORD_SALT = "https://github.com/alist-org/alist";
