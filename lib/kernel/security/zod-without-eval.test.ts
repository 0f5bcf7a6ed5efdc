import { expect, it } from "vitest";

it("tells zod not to compile validators with eval, in the setting zod reads", async () => {
  await import("./zod-without-eval");
  const { config } = await import("zod");
  expect(config().jitless).toBe(true);
});
