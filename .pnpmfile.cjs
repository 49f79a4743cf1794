// The OpenList web UI is used only for its prebuilt dist/ (every library it needs is bundled in
// it); its declared dependencies include git repositories, so they are not installed.
module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === "@openlist-frontend/openlist-frontend") pkg.dependencies = {};
      return pkg;
    },
  },
};
