import { describe, expect, it } from "vitest";
import { malformedActionBody } from "@/lib/api/server-action-body";

const post = (body: BodyInit, contentType?: string) =>
  new Request("http://claims.example/claims/new", {
    method: "POST",
    body,
    headers: contentType ? { "Content-Type": contentType } : {},
  });

describe("malformedActionBody", () => {
  it("accepts the shapes Next's client sends", async () => {
    const form = new FormData();
    form.set("1_statement", "Anything, even { not JSON");
    form.set("0", '[{"ok":false},"$K1"]');
    expect(await malformedActionBody(post(form))).toBeNull();
    expect(await malformedActionBody(post('["$K1"]', "text/plain;charset=UTF-8"))).toBeNull();
    expect(await malformedActionBody(post("", "text/plain"))).toBeNull();
  });

  it("refuses a torn multipart body", async () => {
    expect(await malformedActionBody(post("garbage", "multipart/form-data; boundary=zz"))).toBe(
      "The form data could not be read.",
    );
  });

  it("refuses argument parts that are not JSON, and a text body that is not", async () => {
    const form = new FormData();
    form.set("0", '[{"ok":');
    expect(await malformedActionBody(post(form))).toBe("The form's arguments could not be read.");
    expect(await malformedActionBody(post("[1,", "text/plain"))).toBe(
      "The request could not be read.",
    );
  });

  it("leaves the request's own body readable", async () => {
    const request = post('["$K1"]', "text/plain");
    await malformedActionBody(request);
    expect(await request.text()).toBe('["$K1"]');
  });
});
