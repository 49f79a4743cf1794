/** The scene of the mock: fixed paths, since the mock answers the named example whatever is asked. */
import type { Scene } from "./operation-table.js";

export const mockScene: Scene = {
  dir: "/local/Movies",
  file: "/local/Movies/Big Buck Bunny.mkv",
  freshFile: async () => "/local/Backups/report 2024.pdf",
  freshDir: async () => "/local/Downloads",
  newName: () => "renamed.mkv",
  otherStorage: "/115",
  taskId: async () => ({ type: "copy", id: "Tq4wE8rY2uI6oP0aS5dF1" }),
  offlineUrl: "https://example.com/files/ubuntu-24.04-desktop-amd64.iso",
  credentials: { username: "admin", password: "correct horse battery staple" },
};
