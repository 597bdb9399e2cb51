import { describe, expect, it } from "vitest";
import { notFound, redirect } from "next/navigation";
import { keepInputOnFailure } from "@/components/sources/use-kept-input-action";
import { initialFormState, type FormState } from "@/lib/actions/form-state-shape";

const form = () => {
  const data = new FormData();
  data.set("title", "A pasted article");
  data.set("url", "https://news.example/a");
  return data;
};

const failing = (error: unknown) =>
  keepInputOnFailure(() => {
    throw error;
  });

describe("keepInputOnFailure", () => {
  it("passes the action's own answer through", async () => {
    const answer: FormState = { ok: false, message: "Title is required" };
    const wrapped = keepInputOnFailure(() => Promise.resolve(answer));
    expect(await wrapped(initialFormState, form())).toBe(answer);
  });

  it("keeps everything typed when the request fails", async () => {
    const state = await failing(new TypeError("Failed to fetch"))(initialFormState, form());
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/could not be sent.*your input is kept/);
    expect(state.values).toEqual({ title: "A pasted article", url: "https://news.example/a" });
    expect(state.submission).toBeTruthy();
  });

  it("lets Next's redirect and not-found pass on to the router", async () => {
    const thrown = (run: () => never) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      throw new Error("did not throw");
    };
    const toClaim = thrown(() => redirect("/sources/abc"));
    const missing = thrown(() => notFound());
    await expect(failing(toClaim)(initialFormState, form())).rejects.toBe(toClaim);
    await expect(failing(missing)(initialFormState, form())).rejects.toBe(missing);
  });
});
